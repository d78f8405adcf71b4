/// The lexicon's `acts` section: the nouns for what a stakeholder makes or does that others can
/// praise or attack ("the report", "the freeze", "the move"), and the verbs that make them
/// someone's ("X announced a freeze"). Used by `ActOwners`.
public struct ActVocabulary: Sendable {
    /// Documents a body publishes ("report", "review", "guidance").
    public var documentNouns: Set<String> = []
    /// Acts and decisions ("freeze", "ban", "cuts", "ruling").
    public var actNouns: Set<String> = []
    /// Nouns that stand for whatever act was named last ("the move", "the decision").
    public var genericNouns: Set<String> = []
    /// Nouns that stand for the last report's content ("its findings", "the figures").
    public var findingNouns: Set<String> = []
    /// Verbs whose object becomes the subject's act ("announced", "unveiled", "imposed").
    public var makingVerbs: Set<String> = []
    /// A verb that names its own act ("invited" makes an invitation).
    public var verbActs: [String: String] = [:]

    static let keys: Set<String> = ["document_nouns", "act_nouns", "generic_nouns", "finding_nouns", "making_verbs", "verb_acts"]

    public init() {}

    /// Every noun an owner can be looked up by.
    public var ownedNouns: Set<String> { documentNouns.union(actNouns).union(genericNouns).union(findingNouns) }

    /// Reads the section; an unknown key or a verb mapped to no noun is an error.
    init(section: [String: Any], list: (Any?) -> Set<String>) throws {
        if let unknown = section.keys.sorted().first(where: { !Self.keys.contains($0) }) {
            throw LexiconError.unknownKey(section: "acts", key: unknown)
        }
        documentNouns = list(section["document_nouns"])
        actNouns = list(section["act_nouns"])
        genericNouns = list(section["generic_nouns"])
        findingNouns = list(section["finding_nouns"])
        makingVerbs = list(section["making_verbs"])
        for (verb, noun) in section["verb_acts"] as? [String: Any] ?? [:] {
            guard let noun = noun as? String, !noun.isEmpty else { throw LexiconError.badEntry(section: "acts.verb_acts", entry: verb) }
            verbActs[verb.lowercased()] = noun.lowercased()
        }
    }
}
