/// Finds the stakeholders of one article: dictionary names, then names the text itself
/// marks (honorifics, role appositives, organisation head words, defined acronyms), then
/// every later mention (surname, first name, acronym, description, pronoun).
struct EntityRecognizer {
    let lexicon: Lexicon
    let dictionary: StakeholderDictionary
    let surfaceForms: SurfaceForms

    /// - Parameter surfaceForms: the dictionary's names as token sequences; built from it when not given.
    init(lexicon: Lexicon, dictionary: StakeholderDictionary, surfaceForms: SurfaceForms? = nil) {
        self.lexicon = lexicon
        self.dictionary = dictionary
        self.surfaceForms = surfaceForms ?? SurfaceForms(dictionary: dictionary)
    }


    func recognise(_ doc: Document, date: EventDate?) -> ArticleEntities {
        var state = RecognitionState(doc: doc, lexicon: lexicon, dictionary: dictionary, date: date)
        for pass in ExtractionPipeline.entityPasses(surfaceForms: surfaceForms) {
            pass.run(&state)
            // The mentions this pass added carry its id.
            for m in state.result.mentions.indices where state.result.mentions[m].rule.isEmpty { state.result.mentions[m].rule = pass.id }
        }
        return state.result
    }
}

/// Dictionary names, acronyms and aliases as token sequences, for matching in text.
/// Built once per extractor, not per article: a large dictionary costs more to index than an article to read.
struct SurfaceForms: Sendable {
    enum Target: Hashable, Sendable { case organisation(Int), person(Int) }
    struct Form: Sendable {
        var words: [String]
        var exactCase: String?
        var target: Target
        var isPerson: Bool { if case .person = target { return true } else { return false } }
    }
    /// Looked up at every word of every article: a `WordMap`, whose look-up hashes inline.
    var byFirstWord: WordMap<[Form]> = [:]

    init(dictionary: StakeholderDictionary) {
        for (i, org) in dictionary.organisations.enumerated() { add(org, at: i) }
        for (i, person) in dictionary.people.enumerated() {
            add(person.name, .person(i), exact: false)
            for a in person.aliases { add(a, .person(i), exact: false) }
        }
        for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.words.count > $1.words.count } }
    }

    /// These forms plus those of one more organisation, numbered `index` in the dictionary and
    /// listed after its other organisations: the same forms, in the same order, as building anew.
    func adding(_ org: StakeholderDictionary.Organisation, at index: Int) -> SurfaceForms {
        var copy = self
        for (name, exact) in Self.names(of: org) {
            let form = Self.form(name, .organisation(index), exact: exact)
            guard let first = form.words.first else { continue }
            var list = copy.byFirstWord[first, default: []]
            let position = list.firstIndex {
                $0.words.count < form.words.count || $0.words.count == form.words.count && $0.isPerson
            } ?? list.count
            list.insert(form, at: position)
            copy.byFirstWord[first] = list
        }
        return copy
    }

    /// An organisation's names, with whether each must match in its exact case (acronyms).
    private static func names(of org: StakeholderDictionary.Organisation) -> [(String, Bool)] {
        [(org.name, org.name.count <= 6 && org.name == org.name.uppercased())]
            + org.aliases.map { ($0, $0.count <= 6 && $0 == $0.uppercased()) } + org.acronyms.map { ($0, true) }
    }

    private static func form(_ s: String, _ target: Target, exact: Bool) -> Form {
        Form(words: Tokenizer().tokens(of: Array(s.unicodeScalars)).map(\.lower), exactCase: exact ? s : nil, target: target)
    }

    private mutating func add(_ org: StakeholderDictionary.Organisation, at i: Int) {
        for (name, exact) in Self.names(of: org) { add(name, .organisation(i), exact: exact) }
    }

    private mutating func add(_ s: String, _ target: Target, exact: Bool) {
        let form = Self.form(s, target, exact: exact)
        guard let first = form.words.first else { return }
        byFirstWord[first, default: []].append(form)
    }
}
