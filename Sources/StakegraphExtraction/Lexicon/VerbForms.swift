/// The forms a `~verb` of a cue pattern stands for: base, -s, -ed and -ing made by the
/// spelling rules below, with the irregular forms and the dropped non-words of the lexicon's
/// `verb_forms` section ("meet" also "met"; "have" not "haved").
public struct VerbForms: Sendable {
    /// Base to forms the rules do not make ("write": "wrote", "written").
    public var irregular: [String: Set<String>] = [:]
    /// Forms the rules make that are no English words ("haved").
    public var notWords: WordSet = []

    public init() {}

    init(section: LexiconSection) throws {
        try section.expect(["irregular", "not_words"])
        let irregular = try section.section("irregular")
        for entry in irregular.entries {
            try LexiconSection.checkWord(entry.key, path: irregular.path, line: entry.line)
            self.irregular[entry.key.lowercased(), default: []].formUnion(try LexiconSection.strings(entry.value, path: irregular.child(entry.key)).map { $0.text.lowercased() })
        }
        notWords = try section.words("not_words")
    }

    /// Base, -s, -ed and -ing forms of a verb (with British -ise/-ize spellings as written).
    /// The letters are spelling rules, not vocabulary: a final e is dropped before -ing, a
    /// consonant's y becomes -ies/-ied, a short verb doubles its last consonant ("stopped").
    func forms(of base: String) -> Set<String> {
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
        forms.formUnion(irregular[base] ?? [])
        forms.subtract(notWords)
        return forms
    }
}
