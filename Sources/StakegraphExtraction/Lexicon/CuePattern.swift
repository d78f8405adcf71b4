/// One cue phrase for an interaction type, compiled from the lexicon's pattern syntax:
/// words, `~verb` for regular verb forms, `a|b` alternatives, `X` for the target slot
/// and `*` for up to three skipped words.
public struct CuePattern: Sendable, Hashable {
    public enum Element: Sendable, Hashable {
        case word(Set<String>)
        case target
        case gap
    }

    public var type: InteractionType
    public var text: String
    public var elements: [Element]
    /// True when the actor follows the phrase and the target is the subject ("came under fire from").
    public var isReversed: Bool

    public var hasTargetSlot: Bool { elements.contains(.target) }

    public init(type: InteractionType, text: String, reversed: Bool = false) {
        self.type = type
        self.text = text
        isReversed = reversed
        elements = text.split(separator: " ").map { raw in
            let token = String(raw)
            if token == "X" { return .target }
            if token == "*" { return .gap }
            if token.hasPrefix("~") { return .word(CuePattern.verbForms(String(token.dropFirst()))) }
            return .word(Set(token.split(separator: "|").map { String($0) }))
        }
    }

    /// Base, -s, -ed and -ing forms of a regular verb (with British -ise/-ize spellings as written).
    static func verbForms(_ base: String) -> Set<String> {
        var forms: Set<String> = [base]
        if base.hasSuffix("e") {
            forms.formUnion([base + "s", base + "d", String(base.dropLast()) + "ing"])
        } else if base.hasSuffix("y"), let before = base.dropLast().last, !"aeiou".contains(before) {
            let stem = String(base.dropLast())
            forms.formUnion([stem + "ies", stem + "ied", base + "ing"])
        } else if base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("x") {
            forms.formUnion([base + "es", base + "ed", base + "ing"])
        } else {
            forms.formUnion([base + "s", base + "ed", base + "ing"])
            if let last = base.last, "bdgmnpt".contains(last), base.count <= 4,
               let vowel = base.dropLast().last, "aeiou".contains(vowel) {
                forms.formUnion([base + String(last) + "ed", base + String(last) + "ing"])
            }
        }
        switch base {
        case "meet": forms.formUnion(["met"])
        case "hold": forms.formUnion(["held"])
        case "have": forms.formUnion(["has", "had", "having"]); forms.remove("haved")
        case "come": forms.formUnion(["came"])
        case "take": forms.formUnion(["took", "taken"])
        case "give": forms.formUnion(["gave", "given"])
        case "throw": forms.formUnion(["threw", "thrown"])
        case "speak": forms.formUnion(["spoke", "spoken"])
        case "sit": forms.formUnion(["sat"])
        case "stand": forms.formUnion(["stood"])
        case "hit": forms.formUnion(["hits", "hitting"])
        case "fire": forms.formUnion(["fired"])
        case "sing": forms.formUnion(["sang", "sung"])
        case "pay": forms.formUnion(["paid"])
        case "lash": forms.formUnion(["lashed"])
        case "write": forms.formUnion(["wrote", "written"])
        default: break
        }
        return forms
    }
}
