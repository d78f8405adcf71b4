/// Token index to a non-negative index (a mention's), used as a `[Int: Int]` would be, but
/// held in an array: on an article of millions of tokens a look-up is one load instead of a
/// hash into a table that no longer fits in the cache.
struct TokenMap: ExpressibleByDictionaryLiteral {
    /// Per token, the value, or -1 for none; grown as tokens are set.
    private var values: [Int] = []

    init(dictionaryLiteral elements: (Int, Int)...) {
        for (token, value) in elements { self[token] = value }
    }

    /// The value for `token`, nil when none was set (or `token` is out of range).
    subscript(token: Int) -> Int? {
        get { token >= 0 && token < values.count && values[token] >= 0 ? values[token] : nil }
        set {
            precondition(token >= 0 && (newValue ?? 0) >= 0, "TokenMap holds non-negative tokens and values")
            if token >= values.count {
                guard newValue != nil else { return }
                values.append(contentsOf: repeatElement(-1, count: token - values.count + 1))
            }
            values[token] = newValue ?? -1
        }
    }
}
