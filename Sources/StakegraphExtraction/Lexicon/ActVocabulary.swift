/// The lexicon's `acts` section: the nouns for what a stakeholder makes or does that others can
/// praise or attack ("the report", "the freeze", "the move"), and the verbs that make them
/// someone's ("X announced a freeze"). Used by `ActOwners`.
public struct ActVocabulary: Sendable {
    /// Documents a body publishes ("report", "review", "guidance").
    public var documentNouns: WordSet = []
    /// Acts and decisions ("freeze", "ban", "cuts", "ruling").
    public var actNouns: WordSet = []
    /// Nouns that stand for whatever act was named last ("the move", "the decision").
    public var genericNouns: WordSet = []
    /// Nouns that stand for the last report's content ("its findings", "the figures").
    public var findingNouns: WordSet = []
    /// Verbs whose object becomes the subject's act ("announced", "unveiled", "imposed").
    public var makingVerbs: WordSet = []
    /// A verb that names its own act ("invited" makes an invitation).
    public var verbActs: WordMap<String> = [:]

    static let keys: Set<String> = ["document_nouns", "act_nouns", "generic_nouns", "finding_nouns", "making_verbs", "verb_acts"]

    public init() {}

    /// Nouns a stakeholder makes their own (documents and acts), built once when the section is read.
    public private(set) var madeNouns: WordSet = []
    /// Every noun an owner can be looked up by: the made ones, generic nouns and findings.
    public private(set) var ownedNouns: WordSet = []

    /// Reads the section; an unknown key or a verb mapped to no noun is an error with its line.
    init(section: LexiconSection) throws {
        try section.expect(Self.keys)
        documentNouns = try section.words("document_nouns")
        actNouns = try section.words("act_nouns")
        genericNouns = try section.words("generic_nouns")
        findingNouns = try section.words("finding_nouns")
        makingVerbs = try section.words("making_verbs")
        verbActs = try section.words(mapping: "verb_acts")
        madeNouns = documentNouns.union(actNouns)
        ownedNouns = madeNouns.union(genericNouns).union(findingNouns)
    }
}
