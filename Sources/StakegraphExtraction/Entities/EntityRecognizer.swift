/// Finds the stakeholders of one article: dictionary names, then names the text itself
/// marks (honorifics, role appositives, organisation head words, defined acronyms), then
/// every later mention (surname, first name, acronym, description, pronoun).
struct EntityRecognizer {
    let lexicon: Lexicon
    let dictionary: StakeholderDictionary
    let surfaceForms: SurfaceForms

    init(lexicon: Lexicon, dictionary: StakeholderDictionary) {
        self.lexicon = lexicon
        self.dictionary = dictionary
        surfaceForms = SurfaceForms(dictionary: dictionary)
    }

    static let connectors: Set<String> = ["of", "for", "and", "the", "&", "de", "van", "von", "der", "du", "la", "le", "da", "di", "al", "bin", "on", "upon", "in"]

    func recognise(_ doc: Document, date: EventDate?) -> ArticleEntities {
        var state = RecognitionState(doc: doc, lexicon: lexicon, dictionary: dictionary, date: date)
        state.matchDictionary(surfaceForms)
        state.findCapitalisedRuns()
        state.findRoleOrganisations()
        state.resolveShortForms()
        state.attachRoles()
        state.attachKinds()
        state.attachRolesStatedWithAs()
        state.resolveDescriptionsAndPronouns()
        state.result.index()
        return state.result
    }
}

/// Dictionary names, acronyms and aliases as token sequences, for matching in text.
struct SurfaceForms {
    enum Target: Hashable { case organisation(Int), person(Int) }
    struct Form { var words: [String]; var exactCase: String?; var target: Target }
    var byFirstWord: [String: [Form]] = [:]

    init(dictionary: StakeholderDictionary) {
        func words(_ s: String) -> [String] {
            Tokenizer().tokens(of: Array(s.unicodeScalars)).map(\.lower)
        }
        func add(_ s: String, _ target: Target, exact: Bool) {
            let w = words(s)
            guard let first = w.first else { return }
            byFirstWord[first, default: []].append(Form(words: w, exactCase: exact ? s : nil, target: target))
        }
        for (i, org) in dictionary.organisations.enumerated() {
            let isAcronymName = org.name.count <= 6 && org.name == org.name.uppercased()
            add(org.name, .organisation(i), exact: isAcronymName)
            for a in org.aliases { add(a, .organisation(i), exact: a.count <= 6 && a == a.uppercased()) }
            for a in org.acronyms { add(a, .organisation(i), exact: true) }
        }
        for (i, person) in dictionary.people.enumerated() {
            add(person.name, .person(i), exact: false)
            for a in person.aliases { add(a, .person(i), exact: false) }
        }
        for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.words.count > $1.words.count } }
    }
}
