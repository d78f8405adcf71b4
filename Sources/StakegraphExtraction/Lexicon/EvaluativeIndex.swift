/// The sentiment lists (negative, positive, positive states, negative states) indexed by first
/// word, so that finding the evaluative phrase at a token costs one look-up instead of a
/// string built and hashed for every length and list.
struct EvaluativeIndex: Sendable {
    /// Longest phrase, in words, that is looked for.
    static let longest = 4

    struct Entry: Sendable {
        var words: [String]
        var positive: Bool
        var state: Bool
        /// 1 (mild) to 3 (strong); the lexicon.yaml lists count as 2.
        var strength: Int
        /// A standard that judges only when denied ("not ... properly"); positive, so that the
        /// negation before it makes it criticism.
        var standard = false
    }

    /// By first word: longest phrases first; for one phrase in several lists, the list order above.
    private var byFirstWord: WordMap<[Entry]> = [:]

    init(negative: WordSet, positive: WordSet, positiveStates: WordSet, negativeStates: WordSet,
         graded: EvaluativeVocabulary = EvaluativeVocabulary()) {
        var entries: [Entry] = []
        var seen = Set<[String]>()
        func add(_ list: [String], _ isPositive: Bool, _ isState: Bool, _ strength: Int, standard: Bool = false) {
            for phrase in list.sorted() {
                // A phrase matches tokens joined by single spaces; others could never match.
                let words = phrase.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
                guard (1...Self.longest).contains(words.count), !words.contains(""), seen.insert(words).inserted else { continue }
                entries.append(Entry(words: words, positive: isPositive, state: isState, strength: strength, standard: standard))
            }
        }
        for (list, isPositive, isState) in [(negative, false, false), (positive, true, false), (positiveStates, true, true), (negativeStates, false, true)] {
            add(Array(list), isPositive, isState, 2)
        }
        for (strength, phrases) in graded.negative.sorted(by: { $0.key > $1.key }) { add(Array(phrases), false, false, strength) }
        for (strength, phrases) in graded.positive.sorted(by: { $0.key > $1.key }) { add(Array(phrases), true, false, strength) }
        add(Array(graded.negativeStates), false, true, 2)
        add(Array(graded.positiveStates), true, true, 2)
        add(Array(graded.negatedStandards), true, false, 1, standard: true)
        let ordered = entries.enumerated().sorted { ($0.element.words.count, -$0.offset) > ($1.element.words.count, -$1.offset) }
        for entry in ordered.map(\.element) { byFirstWord[entry.words[0], default: []].append(entry) }
    }

    /// The longest phrase starting at token `i` and ending before `limit`: its length, polarity and whether it is a state.
    @inline(__always)
    func longestMatch(at i: Int, limit: Int, _ lower: (Int) -> String) -> (Int, Bool, Bool)? {
        entry(at: i, limit: limit, lower).flatMap { $0.standard ? nil : ($0.words.count, $0.positive, $0.state) }
    }

    /// Like `longestMatch`, with whether the phrase is a standard that judges only when denied.
    func match(at i: Int, limit: Int, _ lower: (Int) -> String) -> (length: Int, positive: Bool, state: Bool, standard: Bool)? {
        entry(at: i, limit: limit, lower).map { ($0.words.count, $0.positive, $0.state, $0.standard) }
    }

    /// Like `match`, with tokens for which `skip` holds passed over inside the phrase: the press
    /// quotes from the middle of a phrase ("said X was 'right to' act", "had 'ridden roughshod'
    /// over ..."), and the quotation marks are no words. The length counts the tokens passed over.
    func match(at i: Int, limit: Int, _ lower: (Int) -> String, skipping skip: (Int) -> Bool) -> (length: Int, positive: Bool, state: Bool, standard: Bool)? {
        guard let candidates = byFirstWord[lower(i)] else { return nil }
        for entry in candidates {
            var k = i + 1
            var matches = true
            for word in entry.words.dropFirst() {
                while k < limit, skip(k) { k += 1 }
                guard k < limit, lower(k) == word else { matches = false; break }
                k += 1
            }
            if matches { return (k - i, entry.positive, entry.state, entry.standard) }
        }
        return nil
    }

    /// The longest entry starting at token `i` and ending before `limit`.
    @inline(__always)
    func entry(at i: Int, limit: Int, _ lower: (Int) -> String) -> Entry? {
        guard let candidates = byFirstWord[lower(i)] else { return nil }
        for entry in candidates where i + entry.words.count <= limit {
            if entry.words.indices.dropFirst().allSatisfy({ entry.words[$0] == lower(i + $0) }) { return entry }
        }
        return nil
    }
}
