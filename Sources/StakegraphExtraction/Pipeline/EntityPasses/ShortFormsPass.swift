/// Later short forms of names found: surnames, first names, titles with surnames, acronyms.
struct ShortFormsPass: EntityPass {
    let id = "entities.short-forms"

    func run(_ state: inout RecognitionState) {
        state.resolveShortForms()
    }
}
