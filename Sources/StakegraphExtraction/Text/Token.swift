/// A word, number or punctuation mark of an article, located by Unicode-scalar offsets.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case word, number, punctuation, openQuote, closeQuote
    }

    /// The text as written.
    public let text: String
    /// Lower-cased, with typographic apostrophes made plain, for matching.
    public let lower: String
    public let kind: Kind
    /// Offsets in Unicode scalars; `end` is exclusive.
    public var start: Int
    public var end: Int
    /// True when a line break stands between this token and the one before.
    public var newlineBefore: Bool

    /// First letter upper case ("Ofsted", "NEU", "McDonald"); worked out once, when the token is made.
    public let isCapitalised: Bool

    /// Two or more letters, all upper case, optionally with digits or `&` ("NEU", "A&E", "G7").
    public let isAcronym: Bool

    public init(text: String, lower: String, kind: Kind, start: Int, end: Int, newlineBefore: Bool) {
        self.text = text
        self.lower = lower
        self.kind = kind
        self.start = start
        self.end = end
        self.newlineBefore = newlineBefore
        isCapitalised = kind == .word && (text.unicodeScalars.first.map(Self.isUppercase) ?? false)
        isAcronym = kind == .word && Self.isAcronym(text)
    }

    private static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? s.value >= 0x41 && s.value <= 0x5A : s.properties.isUppercase
    }

    private static func isAcronym(_ text: String) -> Bool {
        guard text.count >= 2 else { return false }
        var letters = 0
        for s in text.unicodeScalars {
            if s.value < 0x80 {
                if s.value >= 0x61 && s.value <= 0x7A { return false }
                if s.value >= 0x41 && s.value <= 0x5A { letters += 1 }
                continue
            }
            if s.properties.isLowercase { return false }
            if s.properties.isAlphabetic { letters += 1 }
        }
        return letters >= 2
    }

    public var isWord: Bool { kind == .word }
}
