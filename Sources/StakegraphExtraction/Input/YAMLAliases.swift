/// Finds YAML aliases (`*name`) before a document goes to Yams. Neither the dictionary format
/// nor front matter needs them, and Yams checks mapping keys for duplicates by hashing them
/// whole: a few aliases nested a few levels deep (the "billion laughs") make that take
/// forever. The fuzzer found it; refusing aliases is the simple cure.
enum YAMLAliases {
    /// Line and column (1-based) of the first alias, or nil. Conservative: a `*` that starts a
    /// word after a space, a line's indentation or `[`, `{`, `,` counts, even inside quotes.
    static func first(in text: String) -> (line: Int, column: Int)? {
        var line = 1
        var column = 0
        var previous: UInt8 = 0x0A
        var inComment = false
        let bytes = Array(text.utf8)
        for (i, byte) in bytes.enumerated() {
            column += 1
            defer { previous = byte }
            if byte == 0x0A {
                line += 1
                column = 0
                inComment = false
                continue
            }
            if inComment { continue }
            let afterBreak = previous == 0x0A || previous == 0x20 || previous == 0x09
            if byte == UInt8(ascii: "#"), afterBreak { inComment = true; continue }
            guard byte == UInt8(ascii: "*"), afterBreak || [UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ",")].contains(previous),
                  i + 1 < bytes.count else { continue }
            let next = bytes[i + 1]
            let isNameCharacter = next > 0x20 && ![UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                                                   UInt8(ascii: ","), UInt8(ascii: "*")].contains(next)
            if isNameCharacter { return (line, column) }
        }
        return nil
    }
}
