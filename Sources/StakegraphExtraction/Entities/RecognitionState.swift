/// The working state of `EntityRecognizer` over one article; each step adds entities or mentions.
struct RecognitionState {
    let doc: Document
    let lexicon: Lexicon
    let dictionary: StakeholderDictionary
    let date: EventDate?
    var result = ArticleEntities()
    /// Tokens already inside a mention.
    var taken: TokenSet = []
    /// Lower-cased names the article shows are not stakeholders (acronyms of programmes, titles).
    var excluded: Set<String> = []
    var dictOrgEntity: [Int: Int] = [:]
    var dictPersonEntity: [Int: Int] = [:]
    /// Runs of capitalised words not (yet) turned into entities: candidates for later steps.
    var leftovers: [Range<Int>] = []
    /// Paragraphs already judged title case (see `isTitleCaseLine`).
    var titleCaseParagraphs: [Int: Bool] = [:]
    /// People by first name and surname, for short forms (see `person(named:before:)`).
    var peopleByNamePart: [String: [Int]] = [:]
    /// While short forms are resolved: the start of each entity's latest mention so far.
    var lastMentionStart: [Int: Int] = [:]
    /// Words the article uses as places (see `usedAsPlace`).
    var placeWords: WordSet = []
    /// Words the article also writes in lower case: common words, whatever their capitals elsewhere.
    /// (Word tables, like the lexicon's: built at every word of every article, and asked often.)
    let lowercaseWords: WordSet
    /// For each token, the gender its honorific implies, or nil when it is none: looked up
    /// once per token rather than at every rule that asks.
    let honorificAt: [Gender?]
    /// How often each capitalised word stands alone in the article (neither neighbour a name
    /// word): counted once, so that asking "is this surname used alone elsewhere?" of every
    /// name does not scan the article each time (quadratic on an article of many names).
    let loneCapitalisedWords: WordMap<Int>
    /// Every entity by kind and lower-cased name (entities are only added through `addEntity`).
    private(set) var entityByName: [EntityKey: Int] = [:]
    /// Organisations by the first word of their lower-cased name, in the order they were found.
    private(set) var organisationsByFirstWord: [String: [Int]] = [:]
    /// Organisations by every word of their lower-cased name, in the order they were found.
    private(set) var organisationsByWord: [String: [Int]] = [:]

    init(doc: Document, lexicon: Lexicon, dictionary: StakeholderDictionary, date: EventDate?) {
        self.doc = doc
        self.lexicon = lexicon
        self.dictionary = dictionary
        self.date = date
        let tokens = doc.tokens
        honorificAt = tokens.map { lexicon.honorificGender($0.lower) }
        lowercaseWords = WordSet(tokens.lazy.filter { $0.kind == .word && !$0.isCapitalised }.map(\.lower))
        placeWords = Self.placeWords(in: tokens, markers: lexicon.entityVocabulary.placeMarkers) { i in
            i >= 0 && i < tokens.count && tokens[i].kind == .word && tokens[i].isCapitalised
        }
        let honorifics = honorificAt
        loneCapitalisedWords = Self.loneCapitalisedWords(in: tokens) { honorifics[$0] != nil }
    }

    /// Capitalised words standing alone, or after a title alone ("Ms Berg"), counted by text.
    static func loneCapitalisedWords(in tokens: [Token], isTitle: (Int) -> Bool) -> WordMap<Int> {
        func isNameWord(_ i: Int) -> Bool {
            i >= 0 && i < tokens.count && tokens[i].kind == .word && tokens[i].isCapitalised
                && tokens[i].text.unicodeScalars.contains { $0.isLetterQuickly }
        }
        var counts: WordMap<Int> = [:]
        for k in tokens.indices where tokens[k].isCapitalised && (!isNameWord(k - 1) || k > 0 && isTitle(k - 1)) && !isNameWord(k + 1) {
            counts[tokens[k].text, default: 0] += 1
        }
        return counts
    }

    var tokens: [Token] { doc.tokens }

    // MARK: - Building blocks

    // (Always inlined: called from a mutating method, a reading method gets a copy of the whole
    // working state, a memcpy of a kilobyte or two, at every token it is asked about.)
    @inline(__always)
    func isSentenceStart(_ i: Int) -> Bool {
        if i == 0 || tokens[i].newlineBefore { return true }
        if doc.sentenceOf[i] != doc.sentenceOf[i - 1] { return true }
        let prev = tokens[i - 1]
        return prev.kind == .openQuote || prev.text == ":" || prev.text == "(" || prev.text == "\u{2014}" || prev.text == "-"
    }

    /// The first token of its paragraph.
    func isParagraphStart(_ i: Int) -> Bool {
        i == 0 || doc.paragraphOf[i] != doc.paragraphOf[i - 1]
    }

    /// A capitalised word that can be part of a name. (Always inlined, as `isSentenceStart`.)
    @inline(__always)
    func isNameWord(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        let t = tokens[i]
        guard t.kind == .word, t.isCapitalised else { return false }
        return t.text.unicodeScalars.contains { $0.isLetterQuickly }
    }

    @discardableResult
    mutating func addEntity(_ entity: LocalEntity) -> Int {
        var entity = entity
        entity.name = entity.name.collapsingWhitespace
        // Same name and kind: the same entity.
        let lowered = entity.name.lowercased()
        let key = EntityKey(kind: entity.kind, name: lowered)
        if let existing = entityByName[key] { return existing }
        result.entities.append(entity)
        let e = result.entities.count - 1
        entityByName[key] = e
        if entity.kind == .organisation, let first = lowered.split(separator: " ").first {
            organisationsByFirstWord[String(first), default: []].append(e)
            for word in Set(lowered.split(separator: " ").map(String.init)) { organisationsByWord[word, default: []].append(e) }
        }
        return e
    }

    /// An entity's kind and lower-cased name: what makes two entities of an article one.
    struct EntityKey: Hashable {
        var kind: EntityKind
        var name: String
    }

    mutating func addMention(_ range: Range<Int>, entity: Int, form: Mention.Form, modifier: Bool = false) {
        guard !range.isEmpty, !range.contains(where: { taken.contains($0) }) else { return }
        result.mentions.append(Mention(range: range, entity: entity, form: form, isModifier: modifier))
        taken.formUnion(range)
        if form != .pronoun && form != .description && form != .firstPerson && form != .secondPerson {
            result.entities[entity].addAlias(doc.text(range))
        }
    }

    /// The longest role phrase starting at token `i` (lower-cased words), and its length.
    func role(at i: Int) -> (String, Int)? {
        let titles = lexicon.entityVocabulary.portfolioTitles
        var best: (String, Int)?
        // "Environment Secretary", "Shadow Health Minister": a capitalised portfolio before a title noun.
        // ("Culture secretary X said" opening a sentence: its capital is the sentence's.)
        if i + 1 < tokens.count, tokens[i].kind == .word, !tokens[i].isCapitalised || isSentenceStart(i) && !tokens[i + 1].isCapitalised,
           lexicon.entityVocabulary.lowercasePortfolioTitles.contains(tokens[i + 1].lower),
           !lexicon.stopCapitals.contains(tokens[i].lower), !lexicon.entityVocabulary.notPortfolios.contains(tokens[i].lower),
           tokens[i].text.unicodeScalars.allSatisfy({ $0.isLetterQuickly }) {
            // "the transport minister", "the housing secretary"
            best = (tokens[i].lower + " " + tokens[i + 1].lower, 2)
        }
        if i + 1 < tokens.count, tokens[i].isCapitalised, tokens[i].kind == .word, !(honorificAt[i] != nil),
           !lexicon.entityVocabulary.determiners.contains(tokens[i].lower) {
            if titles.contains(tokens[i + 1].lower), tokens[i + 1].isCapitalised { best = (tokens[i].lower + " " + tokens[i + 1].lower, 2) }
            else if i + 2 < tokens.count, tokens[i + 1].isCapitalised, titles.contains(tokens[i + 2].lower), tokens[i + 2].isCapitalised,
                    !(honorificAt[i + 1] != nil) {
                best = ((i...(i + 2)).map { tokens[$0].lower }.joined(separator: " "), 3)
            }
        }
        // "regional secretary", "deputy chief executive": a rank word before a role.
        if i + 1 < tokens.count, lexicon.entityVocabulary.rankWords.contains(tokens[i].lower), let (r, len) = role(at: i + 1) {
            let extended = (tokens[i].lower + " " + r, len + 1)
            if best == nil || best!.1 < extended.1 { best = extended }
        }
        var phrase = ""
        var k = i
        while k < tokens.count, k - i < lexicon.longestRole, tokens[k].kind == .word {
            phrase = k == i ? tokens[k].lower : phrase + " " + tokens[k].lower
            // No role starts so: no longer phrase can be one.
            guard lexicon.rolePrefixes.contains(phrase) else { break }
            // The longest role wins: "chief" must not undo "chief superintendent".
            if lexicon.roles.contains(phrase), best == nil || best!.1 <= k - i + 1 { best = (phrase, k - i + 1) }
            k += 1
        }
        return best
    }

    func orgKind(forName name: String) -> String? {
        let words = name.lowercased().split(separator: " ").map(String.init)
        // "Inspectorate of Constabulary": the head stands before "of" or "for", when it is a kind.
        if let of = words.firstIndex(where: { lexicon.entityVocabulary.bodyPrepositions.contains($0) }) {
            for w in words[..<of].reversed() { if let k = lexicon.orgKindNouns[w] { return k } }
        }
        for w in words.reversed() { if let k = lexicon.orgKindNouns[w] { return k } }
        if let last = words.last, lexicon.companyHeads.contains(last) { return "company" }
        // "Alderton Rovers", "Westmere United": a sports club, which "the club" finds.
        if let last = words.last, lexicon.entityVocabulary.clubHeads.contains(last) { return "club" }
        return nil
    }

    // MARK: - Step 1: dictionary

    mutating func matchDictionary(_ forms: SurfaceForms) {
        var i = 0
        while i < tokens.count {
            guard tokens[i].isWord, let candidates = forms.byFirstWord[tokens[i].lower] else { i += 1; continue }
            var matched = false
            for form in candidates {
                let end = i + form.words.count
                guard end <= tokens.count else { continue }
                guard (0..<form.words.count).allSatisfy({ tokens[i + $0].lower == form.words[$0] }) else { continue }
                if let exact = form.exactCase {
                    guard doc.text(i..<end) == exact else { continue }
                } else {
                    guard tokens[i].isCapitalised || tokens[i].lower == "the" && end - i > 1 && tokens[i + 1].isCapitalised else { continue }
                }
                // "the Independent Office for Police Conduct": a name that opens with "the" and runs
                // on into more name words is the start of a longer name, not "The Independent".
                if form.words.first == "the", end < tokens.count, isNameWord(end), !tokens[end].newlineBefore,
                   doc.sentenceOf[end] == doc.sentenceOf[i] { continue }
                // "Westmarch Police Federation": a name word before a body's name of several words
                // makes another, more local body (the runs step names it).
                // (Not a word the body's own names use: "the Commons Education Select Committee".)
                if case .organisation(let d) = form.target, form.words.count > 1, i > 0, isNameWord(i - 1), !taken.contains(i - 1),
                   // (Opening a sentence too, when the article never writes the word in lower case.)
                   !isSentenceStart(i - 1) || !lowercaseWords.contains(tokens[i - 1].lower) && !lexicon.isPastForm(tokens[i - 1].lower) && !tokens[i - 1].lower.hasSuffix("ing"),
                   !tokens[i].newlineBefore, doc.sentenceOf[i - 1] == doc.sentenceOf[i],
                   !lexicon.stopCapitals.contains(tokens[i - 1].lower), honorificAt[i - 1] == nil,
                   tokens[i - 1].text.count > 1, tokens[i - 1].text != tokens[i - 1].text.uppercased(),
                   !([dictionary.organisations[d].name] + dictionary.organisations[d].aliases).contains(where: {
                       $0.lowercased().split(separator: " ").contains { $0 == tokens[i - 1].lower }
                   }) { continue }
                let entity = dictionaryEntity(form.target)
                let isAcronym = doc.text(i..<end) == doc.text(i..<end).uppercased() && end - i == 1
                // "Dame Christine Ryan": the honorific belongs to the mention.
                var from = i
                if case .person = form.target, i > 0, !taken.contains(i - 1) {
                    if (honorificAt[i - 1] != nil) { from = i - 1 }
                    else if tokens[i - 1].text == ".", i > 1, (honorificAt[i - 2] != nil) { from = i - 2 }
                }
                addMention(from..<end, entity: entity, form: isAcronym ? .acronym : .name)
                i = end
                matched = true
                break
            }
            if !matched { i += 1 }
        }
    }

    mutating func dictionaryEntity(_ target: SurfaceForms.Target) -> Int {
        switch target {
        case .organisation(let d):
            if let e = dictOrgEntity[d] { return e }
            let org = dictionary.organisations[d]
            var entity = LocalEntity(name: org.name, kind: .organisation)
            entity.orgKind = org.kind ?? orgKind(forName: org.name)
            entity.acronyms = org.acronyms
            entity.dictionaryOrganisation = d
            let e = addEntity(entity)
            dictOrgEntity[d] = e
            return e
        case .person(let d):
            if let e = dictPersonEntity[d] { return e }
            let person = dictionary.people[d]
            var entity = LocalEntity(name: person.name, kind: .person)
            entity.gender = person.gender
            let parts = person.name.split(separator: " ").map(String.init)
            entity.firstName = parts.count > 1 ? parts.first : nil
            entity.surname = parts.last
            entity.dictionaryPerson = d
            if let role = person.role(on: date) {
                entity.role = role.role
                entity.affiliationName = role.organisation
            }
            let e = addEntity(entity)
            dictPersonEntity[d] = e
            return e
        }
    }
}
