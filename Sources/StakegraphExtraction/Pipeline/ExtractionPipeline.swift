/// The passes of extraction, in order. The entity passes find the stakeholders and every
/// mention of them; the interaction passes read those mentions with the text and find who
/// engaged whom. Each pass is in its own file under `EntityPasses/` or `InteractionPasses/`.
enum ExtractionPipeline {
    /// Mentions: dictionary names, then names the text marks, then every later reference.
    static func entityPasses(surfaceForms: SurfaceForms) -> [any EntityPass] {
        [
            DictionaryNamesPass(surfaceForms: surfaceForms),
            NameRunsPass(),
            ShortFormsPass(),
            StatedRolesPass(),
            ReferencesPass(),
            DelegatesPass(),
            AcronymMergePass(),
            ReportingMediaPass(),
        ]
    }

    /// Time, descriptions, speech, act owners, acts, stance, then answers to what came before.
    static let interactionPasses: [any InteractionPass] = [
        TimePass(),
        DescribedBodiesPass(),
        SpeechPass(),
        ActOwnersPass(),
        ActsPass(),
        StancePass(),
        AnswersPass(),
    ]

    /// The ids of every pass, in order (printed by `extract --explain`).
    static var passIDs: [String] {
        entityPasses(surfaceForms: SurfaceForms(dictionary: StakeholderDictionary())).map(\.id) + interactionPasses.map(\.id)
    }
}
