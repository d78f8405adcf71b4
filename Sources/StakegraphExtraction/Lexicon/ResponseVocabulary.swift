/// The lexicon's `responses` section: the words that make an act an answer to another's
/// statement or act (used by `InteractionFinder.findResponses`).
public struct ResponseVocabulary: Sendable {
    /// "responded to", "hit back at", "in response to": the object is the one answered or their statement.
    public var objectTriggers = PhraseSet([])
    /// "rejected", "dismissed", "denied": an answer only when a statement noun follows.
    public var statementTriggers = PhraseSet([])
    /// "in response", "responding": an answer to what was said or done just before.
    public var bareTriggers = PhraseSet([])
    /// Nouns for what someone said or did that another can answer ("comments", "claims").
    public var statementNouns: Set<String> = []
    /// Nouns that make "in a ... response to X" or "in a ... reply," an answer.
    public var responseNouns: Set<String> = []
    /// Words that introduce a statement's owner ("criticism from X", "comments by X").
    public var ownerPrepositions: Set<String> = []
    /// Determiners by which an answer points back at a statement ("these claims", "the criticism").
    public var deicticDeterminers: Set<String> = []

    static let keys: Set<String> = ["object_triggers", "statement_triggers", "bare_triggers", "statement_nouns", "owner_prepositions", "response_nouns", "deictic_determiners"]

    public init() {}

    /// Reads the section; an unknown key is an error, so a misspelt list is not silently ignored.
    init(section: [String: Any], list: (Any?) -> Set<String>) throws {
        if let unknown = section.keys.sorted().first(where: { !Self.keys.contains($0) }) {
            throw LexiconError.unknownKey(section: "responses", key: unknown)
        }
        objectTriggers = PhraseSet(list(section["object_triggers"]))
        statementTriggers = PhraseSet(list(section["statement_triggers"]))
        bareTriggers = PhraseSet(list(section["bare_triggers"]))
        statementNouns = list(section["statement_nouns"])
        ownerPrepositions = list(section["owner_prepositions"])
        responseNouns = list(section["response_nouns"])
        deicticDeterminers = list(section["deictic_determiners"])
    }
}

/// A lexicon file that does not say what the extractor can use.
public enum LexiconError: Error, Sendable, CustomStringConvertible {
    case unknownKey(section: String, key: String)
    case badEntry(section: String, entry: String)

    public var description: String {
        switch self {
        case .unknownKey(let section, let key): "lexicon: unknown key '\(key)' in section '\(section)'"
        case .badEntry(let section, let entry): "lexicon: '\(entry)' in '\(section)' is not a lower-case phrase of one to four words"
        }
    }
}
