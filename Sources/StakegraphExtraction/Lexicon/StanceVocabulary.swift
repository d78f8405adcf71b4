/// The lexicon's `stance` section: words that shape whose opinion of whom a clause gives.
public struct StanceVocabulary: Sendable {
    /// Verbs by which a speaker passes judgement on what follows ("we found X to be ...",
    /// "I believe X is ..."): the speaker as their subject judges the one named after.
    public var judgingVerbs: WordSet = []
    /// Phrases that open a sentence with its topic ("commenting on X's plans, ...").
    public var topicOpeners = PhraseSet([])
    /// Subjects that stand for that topic in what is said ("this", "it").
    public var topicPronouns: WordSet = []
    /// Verbs by which a body grades another in the narrative ("the regulator rated the trust
    /// inadequate", "the school was judged outstanding by inspectors").
    public var ratingVerbs: WordSet = []
    /// Words between the one graded and the grade ("as", "to be").
    public var ratingLinks: WordSet = []
    /// Grades that judge only as a grade ("rated X poor"; "poor families" judges nobody).
    public var negativeGrades: WordSet = []

    static let keys: Set<String> = ["judging_verbs", "topic_openers", "topic_pronouns", "rating_verbs", "rating_links", "negative_grades"]

    public init() {}

    init(section: LexiconSection) throws {
        try section.expect(Self.keys)
        judgingVerbs = try section.words("judging_verbs")
        topicOpeners = PhraseSet(try section.words("topic_openers"))
        topicPronouns = try section.words("topic_pronouns")
        ratingVerbs = try section.words("rating_verbs")
        ratingLinks = try section.words("rating_links")
        negativeGrades = try section.words("negative_grades")
    }
}
