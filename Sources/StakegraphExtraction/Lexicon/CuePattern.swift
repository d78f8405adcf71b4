/// One cue phrase for an interaction type, compiled from the lexicon's pattern syntax:
/// words, `~verb` for regular verb forms, `a|b` alternatives, `X` for the target slot
/// and `*` for up to three skipped words.
public struct CuePattern: Sendable, Hashable {
    public enum Element: Sendable, Hashable {
        case word(WordSet)
        case target
        case gap
    }

    public var type: InteractionType
    public var text: String
    public var elements: [Element]
    /// True when the actor follows the phrase and the target is the subject ("came under fire from").
    public var isReversed: Bool

    public var hasTargetSlot: Bool { elements.contains(.target) }

    public init(type: InteractionType, text: String, reversed: Bool = false, verbs: VerbForms) {
        self.type = type
        self.text = text
        isReversed = reversed
        elements = text.split(separator: " ").map { raw in
            let token = String(raw)
            if token == "X" { return .target }
            if token == "*" { return .gap }
            if token.hasPrefix("~") { return .word(WordSet(verbs.forms(of: String(token.dropFirst())))) }
            return .word(WordSet(token.split(separator: "|").map { String($0) }))
        }
    }

    /// Why the pattern as written can never match, or nil when it can: the matcher looks a cue
    /// up by its first word, fills X up to the word after it, and matches words in lower case.
    public var problem: String? {
        guard let first = elements.first else { return "is empty" }
        guard case .word = first else { return "must start with a word" }
        if elements.filter({ $0 == .target }).count > 1 { return "has more than one X" }
        for (k, element) in elements.enumerated() {
            switch element {
            case .target:
                if k + 1 < elements.count, case .word = elements[k + 1] { continue }
                if k + 1 < elements.count { return "must have a word after X (or end with X)" }
            case .gap:
                guard k + 1 < elements.count, elements[k + 1] != .gap else { return "must have a word or X after '*'" }
            case .word:
                break
            }
        }
        for raw in text.split(separator: " ") where raw != "X" && raw != "*" {
            if raw == "~" || raw.hasPrefix("~") && raw.contains("|") || raw.dropFirst().contains("~") { return "has '~' without one verb after it" }
            if raw.hasPrefix("|") || raw.hasSuffix("|") || raw.contains("||") { return "has an empty alternative" }
            if raw.contains(where: \.isUppercase) { return "has capitals in '\(raw)' (only the X slot is upper case)" }
        }
        if text.contains("  ") || text.first == " " || text.last == " " { return "has stray spaces" }
        return nil
    }
}
