/// Words the entity recogniser uses beyond the lexicon's shared lists, read from the
/// `entity_vocabulary` section of lexicon.yaml (kept apart from the cue sections).
public struct EntityVocabulary: Sendable {
    /// Last words that make an organisation a newspaper or broadcaster ("Gazette", "Radio").
    public var mediaHeads: Set<String> = []
    /// Lower-case head nouns that turn a name before them into a body: "Eastvale council",
    /// "the St Anne's hospital" (one or two words: "city council").
    public var lowercaseOrgHeads: Set<String> = []
    /// Words of captions and credits before a name that is no stakeholder ("Image copyright X").
    public var creditWords: Set<String> = []
    /// Capitalised words that are common nouns when they stand alone ("Board", "State").
    public var loneCommonNouns: Set<String> = []
    /// Lower-case kind nouns after a name that make it a body ("the Northgate think tank").
    public var trailingKindNouns: Set<String> = []
    /// Nations that end some bodies' names ("Sport England", "Renewal UK").
    public var nationWords: Set<String> = []
    /// Words that qualify a place ("North", "Greater"): with places only, a run is a place.
    public var placeQualifiers: Set<String> = []
    /// Capitalised function words that open a sentence before a body's name ("Then", "But").
    public var leadingFunctionWords: Set<String> = []
    /// Last words of bodies' names beyond the lexicon's `org_heads` ("Aid", "Action").
    public var orgHeads: Set<String> = []
    /// Initials of nations that may close a body's acronym ("EW" for "of England and Wales"), upper case.
    public var nationInitials: [String] = []
    /// General given names, beyond the gendered `first_names`, for recognising people.
    public var givenNames: Set<String> = []

    public init() {}

    init(section: [String: Any]) {
        func list(_ value: Any?) -> Set<String> {
            Set((value as? [Any] ?? []).map { "\($0)".lowercased() })
        }
        mediaHeads = list(section["media_heads"])
        lowercaseOrgHeads = list(section["lowercase_org_heads"])
        creditWords = list(section["credit_words"])
        loneCommonNouns = list(section["lone_common_nouns"])
        givenNames = list(section["given_names"])
        orgHeads = list(section["org_heads"])
        nationInitials = list(section["nation_initials"]).map { $0.uppercased() }.sorted()
        trailingKindNouns = list(section["trailing_kind_nouns"])
        nationWords = list(section["nation_words"])
        placeQualifiers = list(section["place_qualifiers"])
        leadingFunctionWords = list(section["leading_function_words"])
    }
}
