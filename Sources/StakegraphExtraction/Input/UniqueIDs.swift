/// Keeps article ids unique across a corpus, in reading order: the second article with id
/// `x` becomes `x#2`, the third `x#3`.
struct UniqueIDs {
    private var seen: [String: Int] = [:]

    mutating func unique(_ id: String) -> String {
        let n = seen[id, default: 0]
        seen[id] = n + 1
        return n > 0 ? "\(id)#\(n + 1)" : id
    }
}
