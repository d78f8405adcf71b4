/// Splits text into tokens: words keep inner hyphens and apostrophes ("face-to-face", "O'Brien",
/// "didn't"), a possessive 's becomes its own token, quotation marks are told apart from apostrophes.
struct Tokenizer {
    /// Words after which a line break goes on with the sentence (the lexicon's `line_continuers`).
    var lineContinuers: WordSet = []

    func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        var newline = false
        let n = scalars.count
        // Hard-wrapped text: a break inside a paragraph is a space.
        let softBreaks = scalars.count > 200 ? HardWrap.softBreaks(in: scalars).union(HardWrap.continuedLines(in: scalars, continuers: lineContinuers)) : []
        var lastJunction = -1
        func isLetterOrDigit(_ k: Int) -> Bool {
            guard k < n else { return false }
            let v = scalars[k].value
            if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A || (v >= 0x30 && v <= 0x39) }
            return scalars[k].properties.isAlphabetic || scalars[k].properties.numericType != nil
        }
        func emit(_ from: Int, _ to: Int, _ kind: Token.Kind) {
            let (text, lower) = Self.texts(scalars[from..<to])
            tokens.append(Token(text: text, lower: lower, kind: kind, start: from, end: to, newlineBefore: newline))
            newline = false
        }
        while i < n {
            let s = scalars[i]
            if s == "\n" || s == "\u{2028}" || s == "\u{2029}" {
                if !softBreaks.contains(i) { newline = true }
                i += 1
                continue
            }
            if s.value < 0x80 ? (s == " " || s == "\t" || s == "\r" || s == "\u{0B}" || s == "\u{0C}") : s.properties.isWhitespace {
                i += 1
                continue
            }
            if isLetterOrDigit(i) {
                let start = i
                let numeric = s.value < 0x80 ? (s.value >= 0x30 && s.value <= 0x39) : s.properties.numericType != nil && !s.properties.isAlphabetic
                i += 1
                let junction = numeric ? nil : Self.camelJunction(in: scalars, wordStart: start, afterJoin: start == lastJunction)
                while i < n {
                    let c = scalars[i]
                    if i == junction { break }
                    if isLetterOrDigit(i) { i += 1; continue }
                    if (c == "-" || c == "\u{2011}") && isLetterOrDigit(i + 1) { i += 1; continue }
                    if numeric && (c == "." || c == ",") && isLetterOrDigit(i + 1) && scalars[i + 1].properties.numericType != nil { i += 1; continue }
                    if c == "&" && isLetterOrDigit(i + 1) && scalars[i - 1].properties.isUppercase && scalars[i + 1].properties.isUppercase { i += 1; continue }
                    if c == "'" || c == "\u{2019}" {
                        // Possessive 's ends the word; other inner apostrophes (n't, O'Brien) belong to it.
                        let isPossessive = i + 1 < n && (scalars[i + 1] == "s" || scalars[i + 1] == "S") && !isLetterOrDigit(i + 2)
                        if isPossessive || !isLetterOrDigit(i + 1) { break }
                        i += 1
                        continue
                    }
                    break
                }
                emit(start, i, numeric ? .number : .word)
                // "HomeNewsJane Doe", "captionJohn": words of a page's lost lines run together.
                if i == junction { newline = true; lastJunction = i; continue }
                // Possessive marker: 's, or a bare apostrophe after a plural s ("members' ").
                if i < n, scalars[i] == "'" || scalars[i] == "\u{2019}" {
                    if i + 1 < n, scalars[i + 1] == "s" || scalars[i + 1] == "S", !isLetterOrDigit(i + 2) {
                        emit(i, i + 2, .word)
                        i += 2
                    } else if scalars[i - 1] == "s" && !isLetterOrDigit(i + 1) && (i + 1 >= n || scalars[i + 1].properties.isWhitespace || ",.;:".unicodeScalars.contains(scalars[i + 1])) {
                        emit(i, i + 1, .word)
                        i += 1
                    }
                }
                continue
            }
            switch s {
            case "\u{201C}", "\u{00AB}", "\u{201E}":
                emit(i, i + 1, .openQuote)
            case "\u{201D}", "\u{00BB}":
                emit(i, i + 1, .closeQuote)
            case "\"":
                // A straight quote opens after a space, a line start or an opening bracket; else it closes.
                let opens = i == 0 || scalars[i - 1].properties.isWhitespace || "([{-\u{2014}\u{2013}:".unicodeScalars.contains(scalars[i - 1])
                emit(i, i + 1, opens ? .openQuote : .closeQuote)
            default:
                emit(i, i + 1, .punctuation)
            }
            i += 1
        }
        return tokens
    }

    /// Where a word glued from two lines of a scraped page splits: before an upper-case letter
    /// that follows a lower-case one, when the word starts lower case ("captionJohn") or has two
    /// such joins ("HomeNewsJane"), and the part before has at least three letters. One join in
    /// a capitalised word is a name's own ("McDonald", "YouGov", "PowerPoint").
    /// `afterJoin`: the word is the rest of one already split, where one more join splits too.
    static func camelJunction(in scalars: [Unicode.Scalar], wordStart: Int, afterJoin: Bool = false) -> Int? {
        func isLower(_ s: Unicode.Scalar) -> Bool { s.value < 0x80 ? s.value >= 0x61 && s.value <= 0x7A : s.properties.isLowercase }
        func isUpper(_ s: Unicode.Scalar) -> Bool { s.value < 0x80 ? s.value >= 0x41 && s.value <= 0x5A : s.properties.isUppercase }
        var k = wordStart + 1
        var joins: [Int] = []
        var segmentStart = wordStart
        while k + 1 < scalars.count, isLower(scalars[k]) || isUpper(scalars[k]) {
            if isLower(scalars[k - 1]) && isUpper(scalars[k]) && isLower(scalars[k + 1]) {
                if k - segmentStart >= 3 { joins.append(k) }
                segmentStart = k
            }
            k += 1
        }
        guard let first = joins.first else { return nil }
        return isLower(scalars[wordStart]) || joins.count >= 2 || afterJoin ? first : nil
    }

    /// A token's text as written, and lower-cased with typographic apostrophes made plain.
    /// ASCII (most news text) is lowered byte by byte; anything else goes through `lowercased()`.
    static func texts(_ scalars: ArraySlice<Unicode.Scalar>) -> (String, String) {
        var ascii = true
        var changes = false
        for s in scalars {
            if s.value >= 0x80 { ascii = false; break }
            if s.value >= 0x41 && s.value <= 0x5A { changes = true }
        }
        if ascii {
            let text = String(unsafeUninitializedCapacity: scalars.count) { buffer in
                for (i, s) in scalars.enumerated() { buffer[i] = UInt8(s.value) }
                return scalars.count
            }
            guard changes else { return (text, text) }
            let lower = String(unsafeUninitializedCapacity: scalars.count) { buffer in
                for (i, s) in scalars.enumerated() {
                    let v = UInt8(s.value)
                    buffer[i] = v >= 0x41 && v <= 0x5A ? v | 0x20 : v
                }
                return scalars.count
            }
            return (text, lower)
        }
        let text = Document.string(scalars)
        var lower = ""
        for scalar in text.lowercased().unicodeScalars {
            lower.unicodeScalars.append(scalar == "\u{2019}" || scalar == "\u{2018}" ? "'" : scalar)
        }
        return (text, lower)
    }
}
