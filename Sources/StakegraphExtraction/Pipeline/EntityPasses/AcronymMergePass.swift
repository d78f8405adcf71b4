/// An acronym found as a body of its own joins the body whose initials it spells.
struct AcronymMergePass: EntityPass {
    let id = "entities.acronyms"

    func run(_ state: inout RecognitionState) {
        state.mergeAcronymsWithExpansions()
    }
}
