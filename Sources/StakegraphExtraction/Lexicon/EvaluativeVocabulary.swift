/// The graded evaluative vocabulary of general English (`evaluative.yaml`): words and phrases
/// that judge a stakeholder's conduct, with a polarity and a strength (1 mild, 2 moderate,
/// 3 strong), and the speaker's feelings ("appalled", "delighted") that aim at what follows.
public struct EvaluativeVocabulary: Sendable {
    /// Strength to phrases.
    public var negative: [Int: Set<String>] = [:]
    public var positive: [Int: Set<String>] = [:]
    public var negativeStates: Set<String> = []
    public var positiveStates: Set<String> = []
    /// Standards of conduct that judge only when denied ("not run properly", "has not acted
    /// effectively"): criticism under a negation, nothing otherwise.
    public var negatedStandards: Set<String> = []

    static let strengths = ["mild": 1, "moderate": 2, "strong": 3]

    public init() {}

    /// Reads the file; unknown keys, strengths, values of the wrong shape and entries that are
    /// not lower-case phrases of at most four words (with "n't" kept in its word, as the
    /// tokenizer keeps it) are errors naming the line.
    public init(yaml: String) throws {
        guard let root = try LexiconSection.root(yaml: yaml, path: "") else { return }
        try root.expect(["negative", "positive", "negative_states", "positive_states", "negated_standards"])
        func phrases(_ section: LexiconSection, _ key: String) throws -> Set<String> {
            var result = Set<String>()
            for (phrase, line) in try section.strings(key) {
                let words = phrase.split(separator: " ")
                guard phrase == phrase.lowercased() else {
                    throw LexiconError.badEntry(section: section.child(key), entry: phrase, reason: "is not lower case", line: line)
                }
                // The tokenizer keeps "n't" in its word ("can't"): a phrase with it apart never matches.
                guard !words.contains(where: { $0 == "n't" || $0.hasPrefix("'") && $0 != "'s" }) else {
                    throw LexiconError.badEntry(section: section.child(key), entry: phrase,
                                                reason: "splits a contraction off its word (write \"doesn't\", not \"does n't\")", line: line)
                }
                guard (1...EvaluativeIndex.longest).contains(words.count) else {
                    throw LexiconError.badEntry(section: section.child(key), entry: phrase,
                                                reason: "has more than \(EvaluativeIndex.longest) words", line: line)
                }
                result.insert(phrase)
            }
            return result
        }
        func graded(_ key: String) throws -> [Int: Set<String>] {
            let section = try root.section(key)
            try section.expect(Set(Self.strengths.keys))
            var result: [Int: Set<String>] = [:]
            for entry in section.entries { result[Self.strengths[entry.key]!] = try phrases(section, entry.key) }
            return result
        }
        negative = try graded("negative")
        positive = try graded("positive")
        negativeStates = try phrases(root, "negative_states")
        positiveStates = try phrases(root, "positive_states")
        negatedStandards = try phrases(root, "negated_standards")
    }
}
