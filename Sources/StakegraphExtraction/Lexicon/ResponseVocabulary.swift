/// The lexicon's `responses` section: the words that make an act an answer to another's
/// statement or act (used by `InteractionFinder.findResponses`).
public struct ResponseVocabulary: Sendable {
    /// "responded to", "hit back at", "in response to": the object is the one answered or their statement.
    public var objectTriggers = PhraseSet([])
    /// "disagree with", "take issue with": in a quote too, the object is the one answered.
    public var quotedObjectTriggers = PhraseSet([])
    /// "rejected", "dismissed", "denied": an answer only when a statement noun follows.
    public var statementTriggers = PhraseSet([])
    /// "in response", "responding": an answer to what was said or done just before.
    public var bareTriggers = PhraseSet([])
    /// Nouns for what someone said or did that another can answer ("comments", "claims").
    public var statementNouns: WordSet = []
    /// Nouns that make "in a ... response to X" or "in a ... reply," an answer.
    public var responseNouns: WordSet = []
    /// Words that introduce a statement's owner ("criticism from X", "comments by X").
    public var ownerPrepositions: WordSet = []
    /// Determiners by which an answer points back at a statement ("these claims", "the criticism").
    public var deicticDeterminers: WordSet = []
    /// "Asked if ..., X replied": a sentence opening so answers an unnamed questioner.
    public var questionOpeners = PhraseSet([])

    static let keys: Set<String> = ["object_triggers", "quoted_object_triggers", "statement_triggers", "bare_triggers", "statement_nouns", "owner_prepositions", "response_nouns", "deictic_determiners", "question_openers"]

    public init() {}

    /// Reads the section; an unknown key is an error, so a misspelt list is not silently ignored.
    init(section: LexiconSection) throws {
        try section.expect(Self.keys)
        objectTriggers = PhraseSet(try section.words("object_triggers"))
        let quoted: Set<String> = try section.words("quoted_object_triggers")
        let object: Set<String> = try section.words("object_triggers")
        quotedObjectTriggers = PhraseSet(quoted)
        objectTriggers = PhraseSet(object.union(quoted))
        statementTriggers = PhraseSet(try section.words("statement_triggers"))
        bareTriggers = PhraseSet(try section.words("bare_triggers"))
        statementNouns = try section.words("statement_nouns")
        ownerPrepositions = try section.words("owner_prepositions")
        responseNouns = try section.words("response_nouns")
        deicticDeterminers = try section.words("deictic_determiners")
        questionOpeners = PhraseSet(try section.words("question_openers"))
    }
}
