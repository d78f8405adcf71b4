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

    static let keys: Set<String> = ["media_heads", "lowercase_org_heads", "credit_words", "lone_common_nouns", "given_names",
                                    "org_heads", "nation_initials", "trailing_kind_nouns", "nation_words", "place_qualifiers",
                                    "leading_function_words"]

    init(section: LexiconSection) throws {
        try section.expect(Self.keys)
        mediaHeads = try section.words("media_heads")
        lowercaseOrgHeads = try section.words("lowercase_org_heads")
        creditWords = try section.words("credit_words")
        loneCommonNouns = try section.words("lone_common_nouns")
        givenNames = try section.words("given_names")
        orgHeads = try section.words("org_heads")
        nationInitials = try section.words("nation_initials").map { $0.uppercased() }.sorted()
        trailingKindNouns = try section.words("trailing_kind_nouns")
        nationWords = try section.words("nation_words")
        placeQualifiers = try section.words("place_qualifiers")
        leadingFunctionWords = try section.words("leading_function_words")
    }
}
