/// Names of the stakeholder dictionary, matched as token sequences: the stakeholders the user
/// (or the standard dictionary) already knows, with their aliases and acronyms.
struct DictionaryNamesPass: EntityPass {
    let id = "entities.dictionary"
    /// The dictionary's names as token sequences, built once per extractor.
    let surfaceForms: SurfaceForms

    func run(_ state: inout RecognitionState) {
        state.matchDictionary(surfaceForms)
    }
}
