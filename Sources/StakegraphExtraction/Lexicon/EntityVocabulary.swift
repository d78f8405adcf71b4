/// Words the entity recogniser uses beyond the lexicon's shared lists, read from the
/// `entity_vocabulary` section of lexicon.yaml (kept apart from the cue sections): head and
/// kind words, given names, and the function words its rules look for.
public struct EntityVocabulary: Sendable {
    /// The lists sit behind one reference that is never written after reading, so that this
    /// value is one word wide. A debug build copies the lexicon into every stack frame that
    /// reads it; with some eighty sets held inline, the recogniser's frames grew past a
    /// worker thread's stack.
    private final class Storage: Sendable {
        let lists: Lists
        init(_ lists: Lists) { self.lists = lists }
    }

    private let storage: Storage

    /// The lists themselves.
    struct Lists: Sendable {
        var mediaHeads: WordSet = []
        var lowercaseOrgHeads: WordSet = []
        var creditWords: WordSet = []
        var loneCommonNouns: WordSet = []
        var trailingKindNouns: WordSet = []
        var nationWords: WordSet = []
        var placeQualifiers: WordSet = []
        var leadingFunctionWords: WordSet = []
        var orgHeads: WordSet = []
        var nationInitials: [String] = []
        var givenNames: WordSet = []
        var determiners: WordSet = []
        var rankWords: WordSet = []
        var counterpartRanks: WordSet = []
        var portfolioTitles: WordSet = []
        var lowercasePortfolioTitles: WordSet = []
        var notPortfolios: WordSet = []
        var acronymFunctionWords: WordSet = []
        var acronymSkippedWords: WordSet = []
        var reportingPrepositions: WordSet = []
        var mediaOutputWords: WordSet = []
        var nameConnectors: WordSet = []
        var bodyPrepositions: WordSet = []
        var coordinators: WordSet = []
        var nameCoordinators: WordSet = []
        var runBreakingConnectors: WordSet = []
        var obliquePrepositions: WordSet = []
        var nonOfficeWords: WordSet = []
        var articles: WordSet = []
        var indefiniteDeterminers: WordSet = []
        var titleSmallWords: WordSet = []
        var leadingDeterminers: WordSet = []
        var genericBodyNouns: WordSet = []
        var clubHeads: WordSet = []
        var roleModifiers: WordSet = []
        var kinshipRoles: WordSet = []
        var surnameParticles: WordSet = []
        var possessiveDeterminers: WordSet = []
        var nonPersonNameWords: WordSet = []
        var personAppositionDeterminers: WordSet = []
        var indefiniteArticles: WordSet = []
        var placePrepositions: WordSet = []
        var commonNounEndings: WordSet = []
        var bylineLabels: WordSet = []
        var rolePlacePrepositions: WordSet = []
        var spokespersonNouns: WordSet = []
        var bodySpeakerNouns: WordSet = []
        var irregularSpeechVerbs: WordSet = []
        var placeMarkers: WordSet = []
        var streetWords: WordSet = []
        var continuingSpeechVerbs: WordSet = []
        var expletiveItVerbs: WordSet = []
        var datelineMarks: WordSet = []
        var roleAppositionDeterminers: WordSet = []
        var rolePrepositions: WordSet = []
        var affiliationPrepositions: WordSet = []
        var bodyPossessives: WordSet = []
        var descriptionModifiers: WordSet = []
        var openKinds: WordSet = []
        var pluralDescriptionOpeners: WordSet = []
        var oversightDescriptions: WordSet = []
        var oversightKinds: WordSet = []
        var memberDescriptions: WordSet = []
        var memberKinds: WordSet = []
        var leaderWords: WordSet = []
        var leadingRoles: WordSet = []
        var ministerWords: WordSet = []
        var objectItFollowers: WordSet = []
        var pluralBodyPronouns: WordSet = []
        var auxiliaries: WordSet = []
        var clauseWords: WordSet = []
        var placeContextWords: WordSet = []
        var appositiveBreaks: WordSet = []
        var peerageTitles: WordSet = []
        var assemblyNouns: WordSet = []
        var assemblyMembers: WordSet = []
        var corporateSuffixes: WordSet = []
        var constituencyRoles: WordSet = []
        var mediaReportWords: WordSet = []
        var namingVerbs: WordSet = []
        var kindSpeakerNouns: WordSet = []
        var clauseOpeners: WordSet = []
        var objectPronouns: WordSet = []
        var objectPronounFollowers: WordSet = []
        var kindAppositionDeterminers: WordSet = []
        var descriptionOpeners: WordSet = []
        var abbreviatedWords: WordMap<String> = [:]
    }

    /// Last words that make an organisation a newspaper or broadcaster ("Gazette", "Radio").
    public var mediaHeads: WordSet { storage.lists.mediaHeads }
    /// Lower-case head nouns that turn a name before them into a body: "Eastvale council",
    /// "the St Anne's hospital" (one or two words: "city council").
    public var lowercaseOrgHeads: WordSet { storage.lists.lowercaseOrgHeads }
    /// Words of captions and credits before a name that is no stakeholder ("Image copyright X").
    public var creditWords: WordSet { storage.lists.creditWords }
    /// Capitalised words that are common nouns when they stand alone ("Board", "State").
    public var loneCommonNouns: WordSet { storage.lists.loneCommonNouns }
    /// Lower-case kind nouns after a name that make it a body ("the Northgate think tank").
    public var trailingKindNouns: WordSet { storage.lists.trailingKindNouns }
    /// Nations that end some bodies' names ("Sport England", "Renewal UK").
    public var nationWords: WordSet { storage.lists.nationWords }
    /// Words that qualify a place ("North", "Greater"): with places only, a run is a place.
    public var placeQualifiers: WordSet { storage.lists.placeQualifiers }
    /// Capitalised function words that open a sentence before a body's name ("Then", "But").
    public var leadingFunctionWords: WordSet { storage.lists.leadingFunctionWords }
    /// Last words of bodies' names beyond the lexicon's `org_heads` ("Aid", "Action").
    public var orgHeads: WordSet { storage.lists.orgHeads }
    /// Initials of nations that may close a body's acronym ("EW" for "of England and Wales"), upper case.
    public var nationInitials: [String] { storage.lists.nationInitials }
    /// General given names, beyond the gendered `first_names`, for recognising people.
    public var givenNames: WordSet { storage.lists.givenNames }
    /// Determiners and modifiers that open no portfolio or body's name ("the", "his", "former").
    public var determiners: WordSet { storage.lists.determiners }
    /// Rank words that extend a role after them ("regional secretary", "deputy chief executive").
    public var rankWords: WordSet { storage.lists.rankWords }
    /// Ranks that make a role another's counterpart, not the office itself ("shadow health
    /// secretary" is not "the health secretary").
    public var counterpartRanks: WordSet { storage.lists.counterpartRanks }
    /// Title nouns after a capitalised portfolio ("Environment Secretary", "Shadow Health Minister").
    public var portfolioTitles: WordSet { storage.lists.portfolioTitles }
    /// Title nouns after a lower-case portfolio ("the transport minister").
    public var lowercasePortfolioTitles: WordSet { storage.lists.lowercasePortfolioTitles }
    /// Words before those titles that name no portfolio ("former minister", "prime minister").
    public var notPortfolios: WordSet { storage.lists.notPortfolios }
    /// Words an acronym may skip or keep ("Federation of Small Ferries" is FSF or FOSF).
    public var acronymFunctionWords: WordSet { storage.lists.acronymFunctionWords }
    /// Words an acronym may skip while it keeps the other function words ("Institute for Fiscal Studies" is IFS).
    public var acronymSkippedWords: WordSet { storage.lists.acronymSkippedWords }
    /// Words before a newspaper or broadcaster that only cites it ("speaking on Radio Northmoor", "in the Gazette").
    public var reportingPrepositions: WordSet { storage.lists.reportingPrepositions }
    /// Capitalised words after a newspaper or broadcaster that name its output ("Northmoor FM Radio").
    public var mediaOutputWords: WordSet { storage.lists.mediaOutputWords }
    /// Lower-case words that may join the capitalised words of one name ("Office of ...", "Anne de Vere").
    public var nameConnectors: WordSet { storage.lists.nameConnectors }
    /// Words between a body's opening word or a role and its field or body ("Office of", "Department for", "chief executive of").
    public var bodyPrepositions: WordSet { storage.lists.bodyPrepositions }
    /// Words that join a name to a body named just before ("the General Medical Council and Healthwatch Northam").
    public var coordinators: WordSet { storage.lists.coordinators }
    /// Words that may join two fields inside one body's name ("Association of School and College Leaders").
    public var nameCoordinators: WordSet { storage.lists.nameCoordinators }
    /// Connectors that never continue a capitalised run ("Tom Reyes in London").
    public var runBreakingConnectors: WordSet { storage.lists.runBreakingConnectors }
    /// Prepositions before a mention that make it no subject of its sentence ("spoke with X", "a letter to X").
    public var obliquePrepositions: WordSet { storage.lists.obliquePrepositions }
    /// Words that make a role no public office with one holder ("general secretary", "press secretary"), found inside the role.
    public var nonOfficeWords: WordSet { storage.lists.nonOfficeWords }
    /// Articles that end a run of lower-case words before a name ("an east Northam school").
    public var articles: WordSet { storage.lists.articles }
    /// Words that make "X school" one of many, not a body's name ("an east Northam school", "every Northam school").
    public var indefiniteDeterminers: WordSet { storage.lists.indefiniteDeterminers }
    /// Small words that a headline in title case capitalises too ("Union Slams Minister Over Pay").
    public var titleSmallWords: WordSet { storage.lists.titleSmallWords }
    /// Determiners that lead a body's run without being part of its name ("The Regional Transport Authority").
    public var leadingDeterminers: WordSet { storage.lists.leadingDeterminers }
    /// Nouns for any body that name what follows as one ("the organisation Northam Kids Aid").
    public var genericBodyNouns: WordSet { storage.lists.genericBodyNouns }
    public var clubHeads: WordSet { storage.lists.clubHeads }
    /// Words between an owner and a role ("Ofsted's new chief inspector", "the former chief executive").
    public var roleModifiers: WordSet { storage.lists.roleModifiers }
    /// Roles of kin: "Tom's sister" makes Tom a person, not a body with a post.
    public var kinshipRoles: WordSet { storage.lists.kinshipRoles }
    /// Lower-case particles inside surnames ("Anne de Vere", "Jan van Hal").
    public var surnameParticles: WordSet { storage.lists.surnameParticles }
    /// Possessives before capitalised common nouns ("her Primary School", "their Parish Council").
    public var possessiveDeterminers: WordSet { storage.lists.possessiveDeterminers }
    /// Words never inside a person's name.
    public var nonPersonNameWords: WordSet { storage.lists.nonPersonNameWords }
    /// Determiners after a name and a comma before a role ("Ann Berg, the chair"), when deciding whether it is a person.
    public var personAppositionDeterminers: WordSet { storage.lists.personAppositionDeterminers }
    /// Articles that open an appositive describing a person ("Ann Berg, a retired nurse").
    public var indefiniteArticles: WordSet { storage.lists.indefiniteArticles }
    /// Prepositions of place: capitalised words after them are most often a place ("Pensioners in Higher Combe").
    public var placePrepositions: WordSet { storage.lists.placePrepositions }
    /// Endings of plural common nouns that end no name a given name does not open ("Post Incident Procedures").
    public var commonNounEndings: WordSet { storage.lists.commonNounEndings }
    /// Labels before a colon and a name that is the writer or photographer ("Photo: Jane Smith").
    public var bylineLabels: WordSet { storage.lists.bylineLabels }
    /// Words between a role and the body it names ("chief executive of Brightwater", "head at Northam").
    public var rolePlacePrepositions: WordSet { storage.lists.rolePlacePrepositions }
    /// Nouns for one who speaks for a body ("a spokesperson for X", "the spokeswoman").
    public var spokespersonNouns: WordSet { storage.lists.spokespersonNouns }
    /// Nouns after a body's name for those who speak for it ("an Ofsted spokesperson").
    public var bodySpeakerNouns: WordSet { storage.lists.bodySpeakerNouns }
    /// Speech verbs in the past without -ed, after which one capitalised word is a body ("Northcom said").
    public var irregularSpeechVerbs: WordSet { storage.lists.irregularSpeechVerbs }
    /// Words after which a lone word is a place for the whole article ("residents in Eastgate").
    public var placeMarkers: WordSet { storage.lists.placeMarkers }
    /// "Eighth Street", "Elm Drive": last words of addresses, which are no people.
    public var streetWords: WordSet { storage.lists.streetWords }
    /// "..., he added": verbs of speech that goes on, whose pronoun is the last speaker.
    public var continuingSpeechVerbs: WordSet { storage.lists.continuingSpeechVerbs }
    /// "It is", "It emerged", "It comes after": verbs after which a sentence's opening "it" refers to nothing.
    public var expletiveItVerbs: WordSet { storage.lists.expletiveItVerbs }
    /// "MADRID —", "LONDON (Reuters) -": marks after a dateline's place in capitals.
    public var datelineMarks: WordSet { storage.lists.datelineMarks }
    /// Determiners after a person's name and a comma before their role ("X, the general secretary of Y").
    public var roleAppositionDeterminers: WordSet { storage.lists.roleAppositionDeterminers }
    /// Words between a role and its body ("secretary of the NEU", "head at", "director for").
    public var rolePrepositions: WordSet { storage.lists.rolePrepositions }
    /// Words between a person's name and their body when no role is given ("Neil Carrow of the ASCL").
    public var affiliationPrepositions: WordSet { storage.lists.affiliationPrepositions }
    /// Possessives that make a role the last named body's ("Its chief executive, David Black").
    public var bodyPossessives: WordSet { storage.lists.bodyPossessives }
    /// Words that may stand between "the" and a kind noun or role in a description ("the new schools watchdog").
    public var descriptionModifiers: WordSet { storage.lists.descriptionModifiers }
    /// Kinds a description may give a body whose kind the article has not said ("the company" for "Moorland Transit").
    public var openKinds: WordSet { storage.lists.openKinds }
    /// Words before a plural kind noun that mean every body of that kind named ("the unions", "both councils").
    public var pluralDescriptionOpeners: WordSet { storage.lists.pluralDescriptionOpeners }
    /// Kinds of description that fit any oversight body ("the regulator").
    public var oversightDescriptions: WordSet { storage.lists.oversightDescriptions }
    /// Kinds of body that "the regulator" or "the inspectorate" may describe.
    public var oversightKinds: WordSet { storage.lists.oversightKinds }
    /// Kinds of description that fit any body of members ("the group", "the organisation").
    public var memberDescriptions: WordSet { storage.lists.memberDescriptions }
    /// Kinds of body those descriptions fit.
    public var memberKinds: WordSet { storage.lists.memberKinds }

    /// Whether a description's kind ("the regulator") fits an organisation's kind ("authority").
    public func kindsFit(_ described: String, _ actual: String?) -> Bool {
        guard let actual else { return false }
        return described == actual || oversightDescriptions.contains(described) && oversightKinds.contains(actual)
            || memberDescriptions.contains(described) && memberKinds.contains(actual)
    }
    /// Descriptions of whoever leads a body ("the boss", "the head").
    public var leaderWords: WordSet { storage.lists.leaderWords }
    /// Parts of roles that lead a body, which those descriptions fit.
    public var leadingRoles: WordSet { storage.lists.leadingRoles }
    /// Descriptions that fit any minister or secretary of state.
    public var ministerWords: WordSet { storage.lists.ministerWords }
    /// Words after "it" as the object of an act ("accused it of", "praised it for"); punctuation counts.
    public var objectItFollowers: WordSet { storage.lists.objectItFollowers }
    /// Pronouns by which a body named just before is meant ("they said").
    public var pluralBodyPronouns: WordSet { storage.lists.pluralBodyPronouns }
    /// Auxiliaries between a name and its verb ("X was criticised", "X has welcomed").
    public var auxiliaries: WordSet { storage.lists.auxiliaries }
    /// Words that may follow a body's name: prepositions, auxiliaries, relatives ("Eastvale council has").
    public var clauseWords: WordSet { storage.lists.clauseWords }
    /// Words before a name ending in a nation that make it a place, not a body ("across North East England").
    public var placeContextWords: WordSet { storage.lists.placeContextWords }
    /// Words after which an appositive goes on with where or who, not what ("a supply teacher from Eastvale").
    public var appositiveBreaks: WordSet { storage.lists.appositiveBreaks }
    /// "Lord Smith of Finsbury": titles whose holder may be named with "of" and a place.
    public var peerageTitles: WordSet { storage.lists.peerageTitles }
    /// "the union's annual conference": gatherings whose holder the delegates speak for.
    public var assemblyNouns: WordSet { storage.lists.assemblyNouns }
    /// "Delegates backed a motion": those who speak for the body whose conference the article reports.
    public var assemblyMembers: WordSet { storage.lists.assemblyMembers }
    /// "Moorland Transit Group": last words that name the same body in its corporate form.
    public var corporateSuffixes: WordSet { storage.lists.corporateSuffixes }
    /// "the MP for Ashdown": roles whose "for" names a constituency, a place.
    public var constituencyRoles: WordSet { storage.lists.constituencyRoles }
    /// "Said on the BBC", "an article in the Times": words before "on" or "in" that make a medium only the place of a report.
    public var mediaReportWords: WordSet { storage.lists.mediaReportWords }
    /// Verbs whose object is named, then judged ("described it as", "branded them"): a pronoun after one is its object, not the speaker.
    public var namingVerbs: WordSet { storage.lists.namingVerbs }
    /// "university bosses", "a trust spokesperson": after a kind of body in lower case, those who act or speak for the body of that kind named before.
    public var kindSpeakerNouns: WordSet { storage.lists.kindSpeakerNouns }
    /// Words that open a clause of its own between a subject and a later pronoun ("X said Y had attacked her").
    public var clauseOpeners: WordSet { storage.lists.clauseOpeners }
    /// Pronouns that are always objects ("him").
    public var objectPronouns: WordSet { storage.lists.objectPronouns }
    /// "described her as", "told her that": words after "her" that make it an object, not a possessive.
    public var objectPronounFollowers: WordSet { storage.lists.objectPronounFollowers }
    /// Determiners after a body's name and a comma before the kind of body it is ("Clearbrook, the water company,").
    public var kindAppositionDeterminers: WordSet { storage.lists.kindAppositionDeterminers }
    /// Words that open a description of someone named before ("the regulator", "this chief executive").
    public var descriptionOpeners: WordSet { storage.lists.descriptionOpeners }
    /// Short forms that stand for a body's last word ("co" for "company"), lower case.
    public var abbreviatedWords: WordMap<String> { storage.lists.abbreviatedWords }

    public init() { storage = Storage(Lists()) }

    static let keys: Set<String> = ["media_heads", "lowercase_org_heads", "credit_words", "lone_common_nouns", "given_names",
                                    "org_heads", "nation_initials", "trailing_kind_nouns", "nation_words", "place_qualifiers",
                                    "leading_function_words", "abbreviated_words", "kind_apposition_determiners", "description_openers",
                                    "determiners", "rank_words", "counterpart_ranks", "portfolio_titles", "lowercase_portfolio_titles", "not_portfolios", "acronym_function_words", "acronym_skipped_words", "reporting_prepositions", "media_output_words", "name_connectors", "body_prepositions", "coordinators", "name_coordinators", "run_breaking_connectors", "oblique_prepositions", "non_office_words", "articles", "indefinite_determiners", "title_small_words", "leading_determiners", "generic_body_nouns", "club_heads", "role_modifiers", "kinship_roles", "surname_particles", "possessive_determiners", "non_person_name_words", "person_apposition_determiners", "indefinite_articles", "place_prepositions", "common_noun_endings", "byline_labels", "role_place_prepositions", "spokesperson_nouns", "body_speaker_nouns", "irregular_speech_verbs", "place_markers", "street_words", "continuing_speech_verbs", "expletive_it_verbs", "dateline_marks", "role_apposition_determiners", "role_prepositions", "affiliation_prepositions", "body_possessives", "description_modifiers", "open_kinds", "plural_description_openers", "oversight_descriptions", "oversight_kinds", "member_descriptions", "member_kinds", "leader_words", "leading_roles", "minister_words", "object_it_followers", "plural_body_pronouns", "auxiliaries", "clause_words", "place_context_words", "appositive_breaks", "peerage_titles", "assembly_nouns", "assembly_members", "corporate_suffixes", "constituency_roles", "media_report_words", "naming_verbs", "kind_speaker_nouns", "clause_openers", "object_pronouns", "object_pronoun_followers"]

    init(section: LexiconSection) throws {
        try section.expect(Self.keys)
        var lists = Lists()
        lists.mediaHeads = try section.words("media_heads")
        lists.lowercaseOrgHeads = try section.words("lowercase_org_heads")
        lists.creditWords = try section.words("credit_words")
        lists.loneCommonNouns = try section.words("lone_common_nouns")
        lists.givenNames = try section.words("given_names")
        lists.orgHeads = try section.words("org_heads")
        lists.nationInitials = try section.words("nation_initials").map { $0.uppercased() }.sorted()
        lists.trailingKindNouns = try section.words("trailing_kind_nouns")
        lists.nationWords = try section.words("nation_words")
        lists.placeQualifiers = try section.words("place_qualifiers")
        lists.leadingFunctionWords = try section.words("leading_function_words")
        lists.determiners = try section.words("determiners")
        lists.rankWords = try section.words("rank_words")
        lists.counterpartRanks = try section.words("counterpart_ranks")
        lists.portfolioTitles = try section.words("portfolio_titles")
        lists.lowercasePortfolioTitles = try section.words("lowercase_portfolio_titles")
        lists.notPortfolios = try section.words("not_portfolios")
        lists.acronymFunctionWords = try section.words("acronym_function_words")
        lists.acronymSkippedWords = try section.words("acronym_skipped_words")
        lists.reportingPrepositions = try section.words("reporting_prepositions")
        lists.mediaOutputWords = try section.words("media_output_words")
        lists.nameConnectors = try section.words("name_connectors")
        lists.bodyPrepositions = try section.words("body_prepositions")
        lists.coordinators = try section.words("coordinators")
        lists.nameCoordinators = try section.words("name_coordinators")
        lists.runBreakingConnectors = try section.words("run_breaking_connectors")
        lists.obliquePrepositions = try section.words("oblique_prepositions")
        lists.nonOfficeWords = try section.words("non_office_words")
        lists.articles = try section.words("articles")
        lists.indefiniteDeterminers = try section.words("indefinite_determiners")
        lists.titleSmallWords = try section.words("title_small_words")
        lists.leadingDeterminers = try section.words("leading_determiners")
        lists.genericBodyNouns = try section.words("generic_body_nouns")
        lists.clubHeads = try section.words("club_heads")
        lists.roleModifiers = try section.words("role_modifiers")
        lists.kinshipRoles = try section.words("kinship_roles")
        lists.surnameParticles = try section.words("surname_particles")
        lists.possessiveDeterminers = try section.words("possessive_determiners")
        lists.nonPersonNameWords = try section.words("non_person_name_words")
        lists.personAppositionDeterminers = try section.words("person_apposition_determiners")
        lists.indefiniteArticles = try section.words("indefinite_articles")
        lists.placePrepositions = try section.words("place_prepositions")
        lists.commonNounEndings = try section.words("common_noun_endings")
        lists.bylineLabels = try section.words("byline_labels")
        lists.rolePlacePrepositions = try section.words("role_place_prepositions")
        lists.spokespersonNouns = try section.words("spokesperson_nouns")
        lists.bodySpeakerNouns = try section.words("body_speaker_nouns")
        lists.irregularSpeechVerbs = try section.words("irregular_speech_verbs")
        lists.placeMarkers = try section.words("place_markers")
        lists.streetWords = try section.words("street_words")
        lists.continuingSpeechVerbs = try section.words("continuing_speech_verbs")
        lists.expletiveItVerbs = try section.words("expletive_it_verbs")
        lists.datelineMarks = try section.words("dateline_marks")
        lists.roleAppositionDeterminers = try section.words("role_apposition_determiners")
        lists.rolePrepositions = try section.words("role_prepositions")
        lists.affiliationPrepositions = try section.words("affiliation_prepositions")
        lists.bodyPossessives = try section.words("body_possessives")
        lists.descriptionModifiers = try section.words("description_modifiers")
        lists.openKinds = try section.words("open_kinds")
        lists.pluralDescriptionOpeners = try section.words("plural_description_openers")
        lists.oversightDescriptions = try section.words("oversight_descriptions")
        lists.oversightKinds = try section.words("oversight_kinds")
        lists.memberDescriptions = try section.words("member_descriptions")
        lists.memberKinds = try section.words("member_kinds")
        lists.leaderWords = try section.words("leader_words")
        lists.leadingRoles = try section.words("leading_roles")
        lists.ministerWords = try section.words("minister_words")
        lists.objectItFollowers = try section.words("object_it_followers")
        lists.pluralBodyPronouns = try section.words("plural_body_pronouns")
        lists.auxiliaries = try section.words("auxiliaries")
        lists.clauseWords = try section.words("clause_words")
        lists.placeContextWords = try section.words("place_context_words")
        lists.appositiveBreaks = try section.words("appositive_breaks")
        lists.peerageTitles = try section.words("peerage_titles")
        lists.assemblyNouns = try section.words("assembly_nouns")
        lists.assemblyMembers = try section.words("assembly_members")
        lists.corporateSuffixes = try section.words("corporate_suffixes")
        lists.constituencyRoles = try section.words("constituency_roles")
        lists.mediaReportWords = try section.words("media_report_words")
        lists.namingVerbs = try section.words("naming_verbs")
        lists.kindSpeakerNouns = try section.words("kind_speaker_nouns")
        lists.clauseOpeners = try section.words("clause_openers")
        lists.objectPronouns = try section.words("object_pronouns")
        lists.objectPronounFollowers = try section.words("object_pronoun_followers")
        lists.abbreviatedWords = try section.words(mapping: "abbreviated_words")
        lists.kindAppositionDeterminers = try section.words("kind_apposition_determiners")
        lists.descriptionOpeners = try section.words("description_openers")
        storage = Storage(lists)
    }
}
