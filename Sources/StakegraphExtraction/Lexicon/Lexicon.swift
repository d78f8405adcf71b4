import Foundation
import Yams

/// General English word lists the recogniser and interaction finder use, loaded from the
/// module's `lexicon.yaml`: honorifics, organisation head words, roles, stop lists, cues.
public struct Lexicon: Sendable {
    public var maleHonorifics: Set<String> = [] { didSet { indexHonorifics() } }
    public var femaleHonorifics: Set<String> = [] { didSet { indexHonorifics() } }
    public var neutralHonorifics: Set<String> = [] { didSet { indexHonorifics() } }
    /// All honorifics with the gender each implies (male, then female, then neutral wins).
    private var honorifics: [String: Gender] = [:]
    public var postNominals: Set<String> = []
    public var orgHeads: Set<String> = []
    public var orgStarts: Set<String> = []
    /// Last words that make a body a company ("Southmoor Water").
    public var companyHeads: Set<String> = []
    /// Kind noun ("union", "watchdog") to the kind it names ("union", "inspectorate").
    public var orgKindNouns: [String: String] = [:]
    public var roles: Set<String> = [] { didSet { rolePrefixes = Self.prefixes(of: roles) } }
    /// Every leading run of words of a role ("deputy", "deputy general", ...), to stop a phrase
    /// look-up as soon as no role can start with it.
    private(set) var rolePrefixes: Set<String> = []
    /// Longest role, in words, for phrase matching.
    public var longestRole = 1
    public var pronouns: [String: Set<String>] = [:] { didSet { indexPronouns() } }
    /// The pronouns that can refer back to a stakeholder: male and female ones, "it", "they",
    /// "their", "them" (a word outside it is turned away with one look-up).
    private(set) var referringPronouns: Set<String> = []
    public var stopCapitals: Set<String> = []
    public var months: Set<String> = []
    public var weekdays: Set<String> = []
    public var places: Set<String> = []
    public var socialNetworks: Set<String> = []
    public var qualifications: Set<String> = []
    public var nonEntityHeads: Set<String> = []
    public var stopAcronyms: Set<String> = []
    public var speechVerbs: Set<String> = []
    public var positiveStates: Set<String> = [] { didSet { indexEvaluative() } }
    public var negativeStates: Set<String> = [] { didSet { indexEvaluative() } }
    public var positive: Set<String> = [] { didSet { indexEvaluative() } }
    public var negative: Set<String> = [] { didSet { indexEvaluative() } }
    /// The graded vocabulary of `evaluative.yaml`, beside the four lists above.
    public var graded = EvaluativeVocabulary() { didSet { indexEvaluative() } }
    /// The four sentiment lists indexed for matching at a token.
    private(set) var evaluative = EvaluativeIndex(negative: [], positive: [], positiveStates: [], negativeStates: [])
    public var negations: Set<String> = [] { didSet { negationPhrases = PhraseSet(negations) } }
    public var hedges: Set<String> = [] { didSet { hedgePhrases = PhraseSet(hedges) } }
    /// `negations` and `hedges` indexed for matching in token windows.
    private(set) var negationPhrases = PhraseSet([])
    private(set) var hedgePhrases = PhraseSet([])
    /// Length of the longest honorific, to turn away longer words without lower-casing them.
    private var longestHonorific = 0
    public var clauseBreaks: Set<String> = []
    /// Last words of roles that are public offices with one holder ("home secretary", "mayor").
    public var officeHeads: Set<String> = []
    /// Cue words that are nouns: whoever owns them ("X's criticism of Y") is the actor.
    public var nounCues: Set<String> = []
    /// Words by which a speaker addresses someone ("wrote to", "told", "a letter to").
    public var addressWords: Set<String> = []
    /// Triggers and statement nouns of responses.
    public var responses = ResponseVocabulary()
    /// Acts and documents a stakeholder makes ("the freeze", "the report").
    public var acts = ActVocabulary()
    /// How a body's people are spoken of unnamed ("the head of X", "members of X").
    public var descriptions = DescriptionVocabulary()
    /// Words that shape whose opinion of whom a clause gives.
    public var stance = StanceVocabulary()
    public var firstNames: [String: Gender] = [:]
    public var entityVocabulary = EntityVocabulary()
    public var cues: [CuePattern] = []
    /// Cues by the forms of their first word, longest pattern first, for matching in one look-up.
    public var cuesByFirstWord: [String: [CuePattern]] = [:]

    /// The lexicon shipped with the module.
    public static let standard: Lexicon = {
        guard let url = Bundle.module.url(forResource: "lexicon", withExtension: "yaml"),
              let text = try? String(contentsOf: url, encoding: .utf8),
              var lexicon = try? Lexicon(yaml: text) else {
            fatalError("the bundled lexicon.yaml is missing or malformed")
        }
        do {
            guard let url = Bundle.module.url(forResource: "evaluative", withExtension: "yaml") else { fatalError("the bundled evaluative.yaml is missing") }
            lexicon.graded = try EvaluativeVocabulary(yaml: String(contentsOf: url, encoding: .utf8))
        } catch {
            fatalError("the bundled evaluative.yaml is malformed: \(error)")
        }
        return lexicon
    }()

    public init(yaml: String) throws {
        guard let root = try Yams.load(yaml: yaml) as? [String: Any] else { return }
        func list(_ value: Any?) -> Set<String> {
            Set((value as? [Any] ?? []).map { "\($0)".lowercased() })
        }
        let honorifics = root["honorifics"] as? [String: Any] ?? [:]
        maleHonorifics = list(honorifics["male"])
        femaleHonorifics = list(honorifics["female"])
        neutralHonorifics = list(honorifics["neutral"])
        postNominals = list(root["post_nominals"])
        orgHeads = list(root["org_heads"])
        orgStarts = list(root["org_starts"])
        companyHeads = list(root["company_heads"])
        // YAML mappings come back as dictionaries: read them in key order, so that a word
        // listed twice resolves the same way on every run.
        for (kind, nouns) in (root["org_kinds"] as? [String: Any] ?? [:]).sorted(by: { $0.key < $1.key }) {
            for noun in list(nouns) where orgKindNouns[noun] == nil { orgKindNouns[noun] = kind }
        }
        roles = list(root["roles"])
        rolePrefixes = Self.prefixes(of: roles)
        longestRole = roles.map { $0.split(separator: " ").count }.max() ?? 1
        for (group, words) in root["pronouns"] as? [String: Any] ?? [:] { pronouns[group] = list(words) }
        indexPronouns()
        stopCapitals = list(root["stop_capitals"])
        months = list(root["months"])
        weekdays = list(root["weekdays"])
        places = list(root["places"])
        socialNetworks = list(root["social_networks"])
        qualifications = list(root["qualifications"])
        nonEntityHeads = list(root["non_entity_heads"])
        stopAcronyms = list(root["stop_acronyms"])
        speechVerbs = list(root["speech_verbs"])
        let sentiment = root["sentiment"] as? [String: Any] ?? [:]
        positiveStates = list(sentiment["positive_states"])
        negativeStates = list(sentiment["negative_states"])
        positive = list(sentiment["positive"])
        negative = list(sentiment["negative"])
        indexEvaluative()
        negations = list(root["negations"])
        hedges = list(root["hedges"])
        negationPhrases = PhraseSet(negations)
        hedgePhrases = PhraseSet(hedges)
        indexHonorifics()
        clauseBreaks = list(root["clause_breaks"])
        officeHeads = list(root["office_heads"])
        nounCues = list(root["noun_cues"])
        addressWords = list(root["address_words"])
        responses = try ResponseVocabulary(section: root["responses"] as? [String: Any] ?? [:], list: list)
        acts = try ActVocabulary(section: root["acts"] as? [String: Any] ?? [:], list: list)
        descriptions = try DescriptionVocabulary(section: root["descriptions"] as? [String: Any] ?? [:], list: list)
        stance = try StanceVocabulary(section: root["stance"] as? [String: Any] ?? [:], list: list)
        let names = root["first_names"] as? [String: Any] ?? [:]
        for name in list(names["neutral"]) { firstNames[name] = .unknown }
        for name in list(names["male"]) where firstNames[name] == nil { firstNames[name] = .male }
        for name in list(names["female"]) where firstNames[name] == nil { firstNames[name] = .female }
        entityVocabulary = EntityVocabulary(section: root["entity_vocabulary"] as? [String: Any] ?? [:])
        for name in entityVocabulary.givenNames where firstNames[name] == nil { firstNames[name] = .unknown }
        orgHeads.formUnion(entityVocabulary.orgHeads)
        for (typeName, patterns) in (root["cues"] as? [String: Any] ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let type = InteractionType(rawValue: typeName) else { continue }
            for pattern in patterns as? [Any] ?? [] { cues.append(CuePattern(type: type, text: "\(pattern)")) }
        }
        for (typeName, patterns) in (root["reverse_cues"] as? [String: Any] ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let type = InteractionType(rawValue: typeName) else { continue }
            for pattern in patterns as? [Any] ?? [] { cues.append(CuePattern(type: type, text: "\(pattern)", reversed: true)) }
        }
        // Longer patterns first, so "hit out at" wins over "hit".
        cues.sort { ($0.elements.count, $0.text) > ($1.elements.count, $1.text) }
        for cue in cues {
            guard case .word(let forms)? = cue.elements.first else { continue }
            for form in forms { cuesByFirstWord[form, default: []].append(cue) }
        }
    }

    private mutating func indexPronouns() {
        referringPronouns = (pronouns["male"] ?? []).union(pronouns["female"] ?? []).union(["it", "they", "their", "them"])
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

    private static func prefixes(of phrases: Set<String>) -> Set<String> {
        var result = Set<String>()
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
        places.contains(lowered) || months.contains(lowered) || weekdays.contains(lowered)
            || socialNetworks.contains(lowered) || qualifications.contains(lowered)
    }
}
