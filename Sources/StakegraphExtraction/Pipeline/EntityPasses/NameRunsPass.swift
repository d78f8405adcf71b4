/// Runs of capitalised words the text marks as names (honorifics, role titles, organisation head
/// words, defined acronyms), each classified as a person, an organisation or nothing; then the
/// bodies named only inside a role ("chief executive of the Harbour Board").
struct NameRunsPass: EntityPass {
    let id = "entities.runs"

    func run(_ state: inout RecognitionState) {
        state.findCapitalisedRuns()
        state.findRoleOrganisations()
    }
}
