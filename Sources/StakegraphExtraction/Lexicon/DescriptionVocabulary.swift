/// The lexicon's `descriptions` section: words by which an article speaks of a body's people
/// without naming them ("the head of X", "the X chief", "members of X"). Used by
/// `InteractionFinder.resolveBodyDescriptions`.
public struct DescriptionVocabulary: Sendable {
    /// Nouns for whoever leads a body ("head", "chief", "boss").
    public var leaderNouns: WordSet = []
    /// Words in a role that make its holder the body's leader ("chief", "general secretary").
    public var leadingRoleWords: WordSet = []
    /// Nouns for a body's people acting together ("members", "delegates", "staff").
    public var memberNouns: WordSet = []
    /// Prepositions joining such a noun to its body ("members of X", "delegates at X").
    public var memberPrepositions: WordSet = []
    /// Possessives that stand for the organisation named last ("its figures").
    public var possessivePronouns: WordSet = []
    /// "A joined B in condemning X": verbs by which one stakeholder joins another's act.
    public var joiningVerbs: WordSet = []

    static let keys: Set<String> = ["leader_nouns", "leading_role_words", "member_nouns", "member_prepositions", "possessive_pronouns", "joining_verbs"]

    public init() {}

    init(section: LexiconSection) throws {
        try section.expect(Self.keys)
        leaderNouns = try section.words("leader_nouns")
        leadingRoleWords = try section.words("leading_role_words")
        memberNouns = try section.words("member_nouns")
        memberPrepositions = try section.words("member_prepositions")
        possessivePronouns = try section.words("possessive_pronouns")
        joiningVerbs = try section.words("joining_verbs")
    }

    /// Whether a role ("chief executive", "general secretary") makes its holder the body's leader.
    public func isLeading(_ role: String) -> Bool {
        let r = role.lowercased()
        return leadingRoleWords.contains { r == $0 || r.hasPrefix($0 + " ") || r.hasSuffix(" " + $0) || r.contains(" " + $0 + " ") }
    }
}
