/// Descriptions ("the union", "the chief inspector", "the two councils") and pronouns, resolved
/// to the stakeholders named before them.
struct ReferencesPass: EntityPass {
    let id = "entities.references"

    func run(_ state: inout RecognitionState) {
        state.resolveDescriptionsAndPronouns()
    }
}
