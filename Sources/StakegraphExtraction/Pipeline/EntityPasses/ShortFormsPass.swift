/// Later short forms of names found: surnames, first names, titles with surnames, acronyms,
/// and a place standing for the one body named after it ("fined Sussex").
struct ShortFormsPass: EntityPass {
    let id = "entities.short-forms"

    func run(_ state: inout RecognitionState) {
        state.resolveShortForms()
        state.resolvePlacesNamingBodies()
    }
}
