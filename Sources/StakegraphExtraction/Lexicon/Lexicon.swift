import Foundation

/// General English word lists the recogniser and interaction finder use, loaded from the
/// module's `lexicon.yaml`: honorifics, organisation head words, roles, stop lists, cues.
public struct Lexicon: Sendable {
    public var maleHonorifics: WordSet = [] { didSet { indexHonorifics() } }
    public var femaleHonorifics: WordSet = [] { didSet { indexHonorifics() } }
    public var neutralHonorifics: WordSet = [] { didSet { indexHonorifics() } }
    /// All honorifics with the gender each implies (male, then female, then neutral wins).
    private var honorifics: WordMap<Gender> = [:]
    public var postNominals: WordSet = []
    public var orgHeads: WordSet = []
    public var orgStarts: WordSet = []
    /// Last words that make a body a company ("Southmoor Water").
    public var companyHeads: WordSet = []
    /// Kind noun ("union", "watchdog") to the kind it names ("union", "inspectorate").
    public var orgKindNouns: WordMap<String> = [:]
    public var roles: WordSet = [] { didSet { rolePrefixes = Self.prefixes(of: roles); roleEndings = Self.endings(of: roles) } }
    /// Every leading run of words of a role ("deputy", "deputy general", ...), to stop a phrase
    /// look-up as soon as no role can start with it.
    private(set) var rolePrefixes: WordSet = []
    /// The last word of every role ("state" of "secretary of state").
    private(set) var roleEndings: WordSet = []
    /// Longest role, in words, for phrase matching.
    public var longestRole = 1
    public var pronouns: [String: WordSet] = [:] { didSet { indexPronouns() } }
    /// Pronouns beyond the male and female ones that may refer back to a stakeholder ("it", "they").
    public var otherReferringPronouns: WordSet = [] { didSet { indexPronouns() } }
    /// The pronouns that can refer back to a stakeholder: male and female ones and
    /// `otherReferringPronouns` (a word outside it is turned away with one look-up).
    private(set) var referringPronouns: WordSet = []
    /// The male and female pronouns ("he", "her"): a person is meant.
    private(set) var personalPronouns: WordSet = []
    public var stopCapitals: WordSet = []
    public var months: WordSet = []
    public var weekdays: WordSet = []
    /// Month names and short forms to the month's number ("sept": 9).
    public var monthNumbers: WordMap<Int> = [:] { didSet { months = WordSet(monthNumbers.keys) } }
    /// Weekday names to their number, Monday 1 to Sunday 7.
    public var weekdayNumbers: WordMap<Int> = [:] { didSet { weekdays = WordSet(weekdayNumbers.keys) } }
    /// Words of time expressions (the `dates` section).
    public var dates = DateVocabulary()
    public var places: WordSet = []
    /// "Palestinian", "Scottish": words of a nation or people, never a stakeholder on their own
    /// nor the short form of a body whose name opens with one ("Arab League" is not "Arab").
    public var nationalities: WordSet = []
    public var socialNetworks: WordSet = []
    public var qualifications: WordSet = []
    public var nonEntityHeads: WordSet = []
    public var stopAcronyms: WordSet = []
    public var speechVerbs: WordSet = []
    public var positiveStates: WordSet = [] { didSet { indexEvaluative() } }
    public var negativeStates: WordSet = [] { didSet { indexEvaluative() } }
    public var positive: WordSet = [] { didSet { indexEvaluative() } }
    public var negative: WordSet = [] { didSet { indexEvaluative() } }
    /// The graded vocabulary of `evaluative.yaml`, beside the four lists above.
    public var graded = EvaluativeVocabulary() { didSet { indexEvaluative() } }
    /// The four sentiment lists indexed for matching at a token.
    private(set) var evaluative = EvaluativeIndex(negative: [], positive: [], positiveStates: [], negativeStates: [])
    public var negations: WordSet = [] { didSet { negationPhrases = PhraseSet(negations) } }
    public var hedges: WordSet = [] { didSet { hedgePhrases = PhraseSet(hedges) } }
    /// `negations` and `hedges` indexed for matching in token windows.
    private(set) var negationPhrases = PhraseSet([])
    private(set) var hedgePhrases = PhraseSet([])
    /// Length of the longest honorific, to turn away longer words without lower-casing them.
    private var longestHonorific = 0
    public var clauseBreaks: WordSet = []
    /// Last words of roles that are public offices with one holder ("home secretary", "mayor").
    public var officeHeads: WordSet = []
    /// Words after which a capitalised word names a portfolio, not a body ("Environment minister").
    public var portfolioHeads: WordSet = []
    /// Cue words that are nouns: whoever owns them ("X's criticism of Y") is the actor.
    public var nounCues: WordSet = []
    /// Words by which a speaker addresses someone ("wrote to", "told", "a letter to").
    public var addressWords: WordSet = []
    /// Triggers and statement nouns of responses.
    public var responses = ResponseVocabulary()
    /// Acts and documents a stakeholder makes ("the freeze", "the report").
    public var acts = ActVocabulary()
    /// How a body's people are spoken of unnamed ("the head of X", "members of X").
    public var descriptions = DescriptionVocabulary()
    /// Words that shape whose opinion of whom a clause gives.
    public var stance = StanceVocabulary()
    /// Function words and small closed classes the interaction finder's rules read.
    public var interactionWords = InteractionVocabulary()
    public var firstNames: WordMap<Gender> = [:]
    /// The recogniser's own section. No observer on it: a property with one is read through
    /// its getter, which copies the whole struct at every use (a debug build's frames grow by
    /// hundreds of kilobytes and overflow a worker thread's stack).
    public var entityVocabulary = EntityVocabulary()
    public var cues: [CuePattern] = []
    /// Cues by the forms of their first word, longest pattern first, for matching in one look-up.
    public var cuesByFirstWord: WordMap<[CuePattern]> = [:]

    /// Abbreviations whose full stop ends no sentence ("mr", "e.g", "jan"), lower case without the stop.
    public var abbreviations: WordSet = []
    /// "the", "of", "and": a line of hard-wrapped text ending in one goes on in the next line.
    public var lineContinuers: WordSet = []
    /// Verb forms for `~verb` in cue patterns.
    public var verbForms = VerbForms()
    /// Past forms among the irregular verb forms ("met", "paid", "wrote").
    private(set) var irregularPastForms: WordSet = []

    /// The lexicon shipped with the module.
    public static let standard: Lexicon = {
        var lexicon: Lexicon
        do {
            lexicon = try Lexicon(yaml: bundled("lexicon"))
        } catch {
            fatalError("the bundled lexicon.yaml is malformed: \(error)")
        }
        do {
            lexicon.graded = try EvaluativeVocabulary(yaml: bundled("evaluative"))
        } catch {
            fatalError("the bundled evaluative.yaml is malformed: \(error)")
        }
        return lexicon
    }()

    private static func bundled(_ name: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: "yaml"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("the bundled \(name).yaml is missing")
        }
        return text
    }

    /// The top-level sections of lexicon.yaml.
    static let sections: Set<String> = [
        "honorifics", "post_nominals", "org_heads", "company_heads", "org_starts", "org_kinds", "roles", "pronouns",
        "referring_pronouns", "stop_capitals", "months", "weekdays", "places", "nationalities", "social_networks", "qualifications", "non_entity_heads",
        "stop_acronyms", "speech_verbs", "sentiment", "negations", "hedges", "clause_breaks", "first_names", "cues",
        "reverse_cues", "responses", "office_heads", "portfolio_heads", "address_words", "entity_vocabulary", "noun_cues", "verb_forms",
        "abbreviations", "line_continuers", "dates", "acts", "descriptions", "stance", "interaction_words",
    ]

    /// Reads lexicon.yaml text. Strict: an unknown key, a value of the wrong shape (a number or a
    /// word where a list is expected), an empty word and a cue of no interaction type or with a
    /// pattern that cannot match are `LexiconError`s naming the line.
    public init(yaml: String) throws {
        guard let root = try LexiconSection.root(yaml: yaml, path: "") else { return }
        try root.expect(Self.sections)
        let honorifics = try root.section("honorifics")
        try honorifics.expect(["male", "female", "neutral"])
        maleHonorifics = try honorifics.words("male")
        femaleHonorifics = try honorifics.words("female")
        neutralHonorifics = try honorifics.words("neutral")
        postNominals = try root.words("post_nominals")
        orgHeads = try root.words("org_heads")
        orgStarts = try root.words("org_starts")
        companyHeads = try root.words("company_heads")
        // Read the kinds in key order, so that a word listed under two resolves the same way on every run.
        let orgKinds = try root.section("org_kinds")
        for entry in orgKinds.sortedEntries() {
            for noun in try LexiconSection.strings(entry.value, path: orgKinds.child(entry.key)).map({ $0.text.lowercased() })
            where orgKindNouns[noun] == nil {
                orgKindNouns[noun] = entry.key
            }
        }
        roles = try root.words("roles")
        rolePrefixes = Self.prefixes(of: roles)
        roleEndings = Self.endings(of: roles)
        longestRole = roles.map { $0.split(separator: " ").count }.max() ?? 1
        let pronounGroups = try root.section("pronouns")
        try pronounGroups.expect(["male", "female", "neutral", "thing", "first_singular", "first_plural", "second"])
        for entry in pronounGroups.entries { pronouns[entry.key] = try pronounGroups.words(entry.key) }
        otherReferringPronouns = try root.words("referring_pronouns")
        indexPronouns()
        stopCapitals = try root.words("stop_capitals")
        monthNumbers = try root.numbers("months")
        months = WordSet(monthNumbers.keys)
        weekdayNumbers = try root.numbers("weekdays")
        weekdays = WordSet(weekdayNumbers.keys)
        dates = try DateVocabulary(section: root.section("dates"))
        places = try root.words("places")
        nationalities = try root.words("nationalities")
        socialNetworks = try root.words("social_networks")
        qualifications = try root.words("qualifications")
        nonEntityHeads = try root.words("non_entity_heads")
        stopAcronyms = try root.words("stop_acronyms")
        speechVerbs = try root.words("speech_verbs")
        let sentiment = try root.section("sentiment")
        try sentiment.expect(["positive_states", "negative_states", "positive", "negative"])
        positiveStates = try sentiment.words("positive_states")
        negativeStates = try sentiment.words("negative_states")
        positive = try sentiment.words("positive")
        negative = try sentiment.words("negative")
        indexEvaluative()
        negations = try root.words("negations")
        hedges = try root.words("hedges")
        negationPhrases = PhraseSet(negations)
        hedgePhrases = PhraseSet(hedges)
        indexHonorifics()
        clauseBreaks = try root.words("clause_breaks")
        officeHeads = try root.words("office_heads")
        portfolioHeads = try root.words("portfolio_heads")
        nounCues = try root.words("noun_cues")
        addressWords = try root.words("address_words")
        responses = try ResponseVocabulary(section: root.section("responses"))
        acts = try ActVocabulary(section: root.section("acts"))
        descriptions = try DescriptionVocabulary(section: root.section("descriptions"))
        stance = try StanceVocabulary(section: root.section("stance"))
        interactionWords = try InteractionVocabulary(section: root.section("interaction_words"))
        let names = try root.section("first_names")
        try names.expect(["male", "female", "neutral"])
        for name in try names.words("neutral") { firstNames[name] = .unknown }
        for name in try names.words("male") where firstNames[name] == nil { firstNames[name] = .male }
        for name in try names.words("female") where firstNames[name] == nil { firstNames[name] = .female }
        entityVocabulary = try EntityVocabulary(section: root.section("entity_vocabulary"))
        for name in entityVocabulary.givenNames where firstNames[name] == nil { firstNames[name] = .unknown }
        orgHeads.formUnion(entityVocabulary.orgHeads)
        verbForms = try VerbForms(section: root.section("verb_forms"))
        irregularPastForms = WordSet(verbForms.irregular.values.joined().filter { !$0.hasSuffix("ing") && !$0.hasSuffix("s") })
        abbreviations = try root.words("abbreviations")
        lineContinuers = try root.words("line_continuers")
        for (key, reversed) in [("cues", false), ("reverse_cues", true)] {
            let section = try root.section(key)
            for entry in section.sortedEntries() {
                guard let type = InteractionType(rawValue: entry.key) else {
                    throw LexiconError.unknownCueType(section: section.path, type: entry.key, line: entry.line)
                }
                for (text, line) in try LexiconSection.strings(entry.value, path: section.child(entry.key)) {
                    let cue = CuePattern(type: type, text: text, reversed: reversed, verbs: verbForms)
                    if let problem = cue.problem {
                        throw LexiconError.badCuePattern(section: section.child(entry.key), pattern: text, reason: problem, line: line)
                    }
                    cues.append(cue)
                }
            }
        }
        // Longer patterns first, so "hit out at" wins over "hit".
        cues.sort { ($0.elements.count, $0.text) > ($1.elements.count, $1.text) }
        for cue in cues {
            guard case .word(let forms)? = cue.elements.first else { continue }
            for form in forms { cuesByFirstWord[form, default: []].append(cue) }
        }
    }

    private mutating func indexPronouns() {
        personalPronouns = (pronouns["male"] ?? []).union(pronouns["female"] ?? [])
        referringPronouns = personalPronouns.union(otherReferringPronouns)
    }

    /// A lower-case word in the past tense: "-ed" (five letters or more) or an irregular form
    /// of `verb_forms` ("paid", "took").
    func isPastForm(_ word: String) -> Bool {
        word.count > 4 && word.hasSuffix("ed") || irregularPastForms.contains(word)
    }

    private mutating func indexHonorifics() {
        honorifics = [:]
        for w in neutralHonorifics { honorifics[w] = .unknown }
        for w in femaleHonorifics { honorifics[w] = .female }
        for w in maleHonorifics { honorifics[w] = .male }
        longestHonorific = honorifics.keys.map(\.unicodeScalars.count).max() ?? 0
    }

    private mutating func indexEvaluative() {
        evaluative = EvaluativeIndex(negative: negative, positive: positive, positiveStates: positiveStates, negativeStates: negativeStates, graded: graded)
    }

    static func endings(of phrases: WordSet) -> WordSet {
        WordSet(phrases.compactMap { $0.split(separator: " ").last.map(String.init) })
    }

    private static func prefixes(of phrases: WordSet) -> WordSet {
        var result = WordSet()
        for phrase in phrases {
            let words = phrase.split(separator: " ")
            for n in 1...max(1, words.count) { result.insert(words.prefix(n).joined(separator: " ")) }
        }
        return result
    }

    /// The gender an honorific implies, or nil when the word is not an honorific.
    public func honorificGender(_ word: String) -> Gender? {
        guard word.unicodeScalars.count <= longestHonorific || word.utf8.contains(UInt8(ascii: ".")) else { return nil }
        // Words already lower case without full stops (token.lower, the usual caller) are looked up as they are.
        let plain = !word.utf8.contains { $0 == UInt8(ascii: ".") || $0 >= 0x80 || ($0 >= 0x41 && $0 <= 0x5A) }
        let w = plain ? word : word.lowercased().trimming { $0 == "." }
        return honorifics[w]
    }

    public func isHonorific(_ word: String) -> Bool { honorificGender(word) != nil }

    /// True for words never a stakeholder on their own: places, months, days, networks, exams.
    public func isExcludedName(_ lowered: String) -> Bool {
        places.contains(lowered) || nationalities.contains(lowered) || months.contains(lowered) || weekdays.contains(lowered)
            || socialNetworks.contains(lowered) || qualifications.contains(lowered)
    }
}
