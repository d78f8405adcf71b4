extension StringProtocol {
    /// The string without leading and trailing characters that match `drop`. Pure Swift: the
    /// extractor runs on several threads, and Foundation's `CharacterSet` is not safe to share
    /// across threads on Linux.
    func trimming(_ drop: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !drop($0) }), let last = lastIndex(where: { !drop($0) }) else { return "" }
        return String(self[first...last])
    }

    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String { trimming { $0 == " " || $0 == "\t" } }
}
