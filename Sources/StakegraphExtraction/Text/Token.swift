/// A word, number or punctuation mark of an article, located by Unicode-scalar offsets.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case word, number, punctuation, openQuote, closeQuote
    }

    /// The text as written.
    public var text: String
    /// Lower-cased, with typographic apostrophes made plain, for matching.
    public var lower: String
    public var kind: Kind
    /// Offsets in Unicode scalars; `end` is exclusive.
    public var start: Int
    public var end: Int
    /// True when a line break stands between this token and the one before.
    public var newlineBefore: Bool

    /// First letter upper case ("Ofsted", "NEU", "McDonald").
    public var isCapitalised: Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// Two or more letters, all upper case, optionally with digits or `&` ("NEU", "A&E", "G7").
    public var isAcronym: Bool {
        guard kind == .word, text.count >= 2 else { return false }
        var letters = 0
        for s in text.unicodeScalars {
            if s.properties.isLowercase { return false }
            if s.properties.isAlphabetic { letters += 1 }
        }
        return letters >= 2
    }

    public var isWord: Bool { kind == .word }
}
