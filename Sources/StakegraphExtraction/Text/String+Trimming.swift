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

    /// Each run of spaces, tabs and line breaks as one space, trimmed: a name written over
    /// two lines of hard-wrapped text ("Samuel\nAchebe") as one would write it on one.
    var collapsingWhitespace: String {
        guard contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" }) || contains("  ") else { return trimmingSpaces }
        return split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" }).joined(separator: " ")
    }
}
