/// A set of token indexes, used as a `Set<Int>` would be, but held as one flag per token:
/// constant-time, hash-free membership on an article of any length.
struct TokenSet: ExpressibleByArrayLiteral {
    /// Per token, whether it is in the set; grown as tokens are inserted.
    private var members: [Bool] = []

    init(arrayLiteral elements: Int...) {
        for token in elements { insert(token) }
    }

    /// False for a token never inserted, including one out of range (negative or past the end).
    func contains(_ token: Int) -> Bool {
        token >= 0 && token < members.count && members[token]
    }

    mutating func insert(_ token: Int) {
        precondition(token >= 0, "TokenSet holds non-negative tokens")
        if token >= members.count { members.append(contentsOf: repeatElement(false, count: token - members.count + 1)) }
        members[token] = true
    }

    mutating func formUnion(_ tokens: Range<Int>) {
        for token in tokens { insert(token) }
    }
}
