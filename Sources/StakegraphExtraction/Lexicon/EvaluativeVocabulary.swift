import Yams

/// The graded evaluative vocabulary of general English (`evaluative.yaml`): words and phrases
/// that judge a stakeholder's conduct, with a polarity and a strength (1 mild, 2 moderate,
/// 3 strong), and the speaker's feelings ("appalled", "delighted") that aim at what follows.
public struct EvaluativeVocabulary: Sendable {
    /// Strength to phrases.
    public var negative: [Int: Set<String>] = [:]
    public var positive: [Int: Set<String>] = [:]
    public var negativeStates: Set<String> = []
    public var positiveStates: Set<String> = []

    static let strengths = ["mild": 1, "moderate": 2, "strong": 3]

    public init() {}

    /// Reads the file; unknown keys, strengths and entries that are not lower-case phrases of
    /// at most four words are errors naming the entry.
    public init(yaml: String) throws {
        guard let root = try Yams.load(yaml: yaml) as? [String: Any] else { return }
        let known: Set<String> = ["negative", "positive", "negative_states", "positive_states"]
        if let unknown = root.keys.sorted().first(where: { !known.contains($0) }) {
            throw LexiconError.unknownKey(section: "evaluative", key: unknown)
        }
        func phrases(_ value: Any?, _ section: String) throws -> Set<String> {
            var result = Set<String>()
            for item in value as? [Any] ?? [] {
                let phrase = "\(item)"
                let words = phrase.split(separator: " ")
                guard phrase == phrase.lowercased(), (1...EvaluativeIndex.longest).contains(words.count) else {
                    throw LexiconError.badEntry(section: section, entry: phrase)
                }
                result.insert(phrase)
            }
            return result
        }
        func graded(_ key: String) throws -> [Int: Set<String>] {
            var result: [Int: Set<String>] = [:]
            for (name, list) in root[key] as? [String: Any] ?? [:] {
                guard let strength = Self.strengths[name] else { throw LexiconError.unknownKey(section: key, key: name) }
                result[strength] = try phrases(list, "\(key).\(name)")
            }
            return result
        }
        negative = try graded("negative")
        positive = try graded("positive")
        negativeStates = try phrases(root["negative_states"], "negative_states")
        positiveStates = try phrases(root["positive_states"], "positive_states")
    }
}
