/// Word lists whose entries may be phrases ("appeared to"), indexed for matching against a
/// window of tokens without building strings: a phrase matches where its words stand in turn.
public struct PhraseSet: Sendable {
    private var byFirstWord: WordMap<[[String]]> = [:]

    public init<S: Sequence>(_ phrases: S) where S.Element == String {
        for phrase in phrases.sorted() {
            let words = phrase.split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            byFirstWord[first, default: []].append(words)
        }
    }

    /// True when some phrase lies wholly inside `range` of the lower-cased words `lower(i)`.
    @inline(__always)
    func occurs(in range: Range<Int>, _ lower: (Int) -> String) -> Bool {
        for start in range {
            guard let candidates = byFirstWord[lower(start)] else { continue }
            for words in candidates where start + words.count <= range.upperBound {
                if words.indices.dropFirst().allSatisfy({ words[$0] == lower(start + $0) }) { return true }
            }
        }
        return false
    }

    /// As `longestMatch(at:limit:_:)`, passing over the tokens `skip` marks inside a phrase
    /// (quotation marks: "'fundamentally disagrees' with"); the length counts them.
    func longestMatch(at start: Int, limit: Int, _ lower: (Int) -> String, skipping skip: (Int) -> Bool) -> Int? {
        guard let candidates = byFirstWord[lower(start)] else { return nil }
        var best: Int?
        for words in candidates {
            var k = start + 1
            var matches = true
            for word in words.dropFirst() {
                while k < limit, skip(k) { k += 1 }
                guard k < limit, lower(k) == word else { matches = false; break }
                k += 1
            }
            if matches, k - start > (best ?? 0) { best = k - start }
        }
        return best
    }

    /// The length in words of the longest phrase starting at `start` and ending by `limit`, if any.
    @inline(__always)
    func longestMatch(at start: Int, limit: Int, _ lower: (Int) -> String) -> Int? {
        guard let candidates = byFirstWord[lower(start)] else { return nil }
        var best: Int?
        for words in candidates where start + words.count <= limit && words.count > (best ?? 0) {
            if words.indices.dropFirst().allSatisfy({ words[$0] == lower(start + $0) }) { best = words.count }
        }
        return best
    }
}
