/// Turns an article's sentences into directed interactions: cue phrases with their actor and
/// targets inside the clause, quotes attributed to speakers, and what speakers say of others.
struct InteractionFinder {
    let doc: Document
    let lexicon: Lexicon
    let dates: DateResolver
    var entities: ArticleEntities
    /// All mentions including first and second person inside quotes, sorted.
    var mentions: [Mention] = []
    var mentionAt: TokenMap = [:]
    var quoteSpeaker: [Int: Int] = [:]
    /// Further speakers of a joint statement ("A and B said: ..."), beside `quoteSpeaker`.
    var quoteCoSpeakers: [Int: [Int]] = [:]
    /// Who was addressed by a quote ("Mary, ..." or "told X").
    var quoteAddressee: [Int: Int] = [:]
    /// Entities that spoke or acted, with the sentence, in order: for "responded" without an object.
    var speakers: [(sentence: Int, entity: Int)] = []
    var found: [FoundInteraction] = []
    /// Tokens of the cues matched, which are not read again as opinions.
    var cueTokens: Set<Int> = []
    /// Tokens of the response triggers found, which no other cue reads again.
    var responseTriggerTokens: Set<Int> = []
    /// "In response, ...": triggers answered after every other act is found.
    var bareResponses: [(trigger: Range<Int>, sentence: Int)] = []
    /// "We reject these claims": triggers answering a statement made before, answered last too.
    var deicticResponses: [(trigger: Range<Int>, sentence: Int)] = []
    /// Time expressions per sentence, found once.
    var expressionsBySentence: [[DateResolver.Found]] = []
    /// For each sentence, the time a narrative carries into it: the last time named (outside
    /// quotes and relative clauses) in the nearest earlier sentence of its paragraph that names
    /// one. Found once, so that a long paragraph without times is not walked back at every act.
    var narrativeDates: [EventDate?] = []
    /// Owners of documents and acts ("the institute's report", "X announced a freeze"), found
    /// once all mentions are known.
    var actOwners: ActOwners
    /// The lexicon's `interaction_words`, held apart so that reading a list does not copy the lexicon.
    let vocab: InteractionVocabulary
    /// Per token, whether its word is a speech verb ("said", "told"): many rules walk every
    /// token or every sentence asking this, so it is looked up once per token, not once per rule.
    let speechVerbAt: [Bool]
    /// Per token, whether it ends a clause (see `isBreak`): clause bounds are sought backwards
    /// and forwards from every cue, verb and mention, so each token is judged once.
    let breakAt: [Bool]

    init(doc: Document, lexicon: Lexicon, dates: DateResolver, entities: ArticleEntities) {
        self.doc = doc
        self.lexicon = lexicon
        self.dates = dates
        self.entities = entities
        mentions = entities.mentions
        actOwners = ActOwners(vocabulary: lexicon.acts)
        vocab = lexicon.interactionWords
        let tokens = doc.tokens
        speechVerbAt = tokens.map { lexicon.speechVerbs.contains($0.lower) }
        breakAt = tokens.indices.map { k in Self.isBreak(k, in: tokens, clauseBreaks: lexicon.clauseBreaks) }
    }

    /// Runs the interaction passes of `ExtractionPipeline` in order over this article's layers.
    mutating func find() -> [FoundInteraction] {
        for pass in ExtractionPipeline.interactionPasses { pass.run(&self) }
        return found
    }

    // MARK: - Mentions

    mutating func reindex() {
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        mentionAt = [:]
        for (i, m) in mentions.enumerated() { for t in m.range where mentionAt[t] == nil { mentionAt[t] = i } }
    }

    func entity(_ e: Int) -> LocalEntity { entities.entities[e] }

    func inParentheses(_ t: Int) -> Bool {
        var k = t - 1
        let sentence = doc.sentences[doc.sentenceOf[t]].range
        while k >= sentence.lowerBound {
            if doc.tokens[k].text == ")" { return false }
            if doc.tokens[k].text == "(" { return true }
            k -= 1
        }
        return false
    }

    /// Mentions whose first token lies in `range`, in order, without modifiers.
    /// - Complexity: O(log m + k) for k mentions in the range (mentions are sorted by start).
    func mentions(in range: Range<Int>) -> [Mention] {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].range.lowerBound < range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var found: [Mention] = []
        while lo < mentions.count, mentions[lo].range.lowerBound < range.upperBound {
            if !mentions[lo].isModifier { found.append(mentions[lo]) }
            lo += 1
        }
        return found
    }

    // MARK: - Quotes

    mutating func attributeQuotes() {
        reindex()
        // Speakers of reported speech outside quotes ("X said ..."), in text order: a quote that
        // opens the next paragraph with no speaker of its own continues what X said.
        var reportedSpeakers: [(token: Int, speakers: [Int])] = []
        for (v, t) in doc.tokens.enumerated() where doc.quoteOf[v] == nil && t.kind == .word && speechVerbAt[v] {
            let found = speakers(ofVerb: v)
            if !found.isEmpty { reportedSpeakers.append((v, found)) }
        }
        var nextReported = 0
        var lastSpeakers: (token: Int, speakers: [Int])?
        var lastParagraphEndedWithColon = false
        var previousParagraph = -1
        for (qi, quote) in doc.quotes.enumerated() {
            let para = doc.paragraphRange(of: quote.range.lowerBound)
            let opening = quote.opening ?? quote.range.lowerBound
            while nextReported < reportedSpeakers.count, reportedSpeakers[nextReported].token < opening {
                if lastSpeakers == nil || reportedSpeakers[nextReported].token > lastSpeakers!.token { lastSpeakers = reportedSpeakers[nextReported] }
                nextReported += 1
            }
            var found = speakersNear(quote: quote, paragraph: para)
            if found.isEmpty, let last = lastSpeakers {
                let paraStartsWithQuote = para.lowerBound == opening
                // Only from the paragraph before or this one: a speaker further back is not continued.
                let recent = doc.paragraphOf[last.token] >= doc.paragraphOf[opening] - 1
                if (paraStartsWithQuote && recent) || lastParagraphEndedWithColon || quote.paragraph == previousParagraph {
                    found = last.speakers
                }
            }
            if let speaker = found.first {
                quoteSpeaker[qi] = speaker
                if found.count > 1 { quoteCoSpeakers[qi] = Array(found.dropFirst()) }
                lastSpeakers = (quote.range.upperBound, found)
                for s in found { speakers.append((doc.sentenceOf[quote.range.lowerBound], s)) }
            }
            // Vocative: "Mary, that is not what Sean said."
            if let m = mentionAt[quote.range.lowerBound], mentions[m].range.upperBound < quote.range.upperBound,
               doc.tokens[mentions[m].range.upperBound].text == ",", entity(mentions[m].entity).kind == .person {
                quoteAddressee[qi] = mentions[m].entity
            }
            if quoteAddressee[qi] == nil, let speaker = quoteSpeaker[qi], let addressee = addressee(of: speaker, before: opening) {
                quoteAddressee[qi] = addressee
            }
            previousParagraph = quote.paragraph
            let lastToken = para.upperBound - 1
            lastParagraphEndedWithColon = lastToken >= 0 && doc.tokens[lastToken].text == ":"
        }
    }

    /// Whom a speaker's quote is addressed to: the one they wrote to or told ("X wrote to Y",
    /// "in a letter to Y", "X told Y") in this paragraph or the two before, outside quotes.
    func addressee(of speaker: Int, before quoteStart: Int) -> Int? {
        let paragraph = doc.paragraphOf[quoteStart]
        // At most 300 tokens back, so that an article of one long paragraph stays linear.
        let floor = max(doc.paragraphRanges[max(0, paragraph - 2)].lowerBound, quoteStart - 300)
        var k = quoteStart - 1
        while k >= floor {
            defer { k -= 1 }
            guard doc.quoteOf[k] == nil, lexicon.addressWords.contains(doc.tokens[k].lower) else { continue }
            var a = k + 1
            while a < min(quoteStart, k + 3), mentionAt[a] == nil, vocab.addressFillers.contains(doc.tokens[a].lower) { a += 1 }
            guard a < quoteStart, let m = mentionAt[a], !mentions[m].isModifier else { continue }
            let target = mentions[m].entity
            guard target != speaker, entity(target).affiliation != speaker, entity(speaker).affiliation != target else { continue }
            // The letter is the speaker's ("X wrote to Y"), or the quote's speaker is its only writer nearby.
            let sentence = doc.sentences[doc.sentenceOf[k]].range
            let writers = speakers(ofVerb: k).isEmpty ? subjects(from: clauseStart(k, sentence: sentence), to: k) : speakers(ofVerb: k)
            if writers.contains(speaker) || writers.isEmpty && doc.paragraphOf[k] == paragraph { return target }
        }
        return nil
    }

    /// Every speaker of a quote (one, or the members of a joint statement).
    func speakers(ofQuote q: Int) -> [Int] {
        guard let first = quoteSpeaker[q] else { return [] }
        return [first] + (quoteCoSpeakers[q] ?? [])
    }

    /// The speaker of a verb and those coordinated with them ("A and B said").
    func speakers(ofVerb v: Int) -> [Int] {
        guard let head = speaker(ofVerb: v) else { return [] }
        let sentence = doc.sentences[doc.sentenceOf[v]].range
        let subjects = subjects(from: clauseStart(v, sentence: sentence), to: v)
        if subjects.count > 1, subjects.contains(head), subjects.allSatisfy({ entity($0).kind == entity(head).kind }) { return subjects }
        // "its leaders Dr A and Dr B said": people joined to the head right before the verb.
        if entity(head).kind == .person, let m = (max(sentence.lowerBound, v - 3)..<v).reversed().compactMap({ mentionAt[$0] }).first,
           mentions[m].entity == head {
            var result = [head]
            var start = mentions[m].range.lowerBound
            while start - 2 >= sentence.lowerBound, vocab.listJoiners.contains(doc.tokens[start - 1].lower),
                  let previous = mentionAt[start - 2], entity(mentions[previous].entity).kind == .person, !mentions[previous].isModifier,
                  // "In a letter to X, Y said": one named after a preposition is no co-speaker.
                  !governedByPreposition(mentions[previous].range.lowerBound, floor: sentence.lowerBound) {
                if !result.contains(mentions[previous].entity) { result.insert(mentions[previous].entity, at: 0) }
                start = mentions[previous].range.lowerBound
            }
            return result
        }
        return [head]
    }

    /// The speakers of a quote: those of the speech verb nearest it, outside quotes.
    func speakersNear(quote: Document.Quote, paragraph: Range<Int>) -> [Int] {
        var best: (distance: Int, verb: Int)?
        // A verb of the quote's own sentences comes first: in "X described Y's plans as 'an act of
        // vandalism'. A spokesperson for Y said ...", the next sentence's verb is nearer, not X's.
        var bestInside: (distance: Int, verb: Int)?
        let own = doc.sentenceOf[quote.range.lowerBound]...doc.sentenceOf[max(quote.range.lowerBound, quote.range.upperBound - 1)]
        let window = max(paragraph.lowerBound, quote.range.lowerBound - 40)..<min(paragraph.upperBound, quote.range.upperBound + 40)
        for v in window {
            guard doc.quoteOf[v] == nil, doc.tokens[v].kind == .word, speechVerbAt[v] else { continue }
            let distance = v < quote.range.lowerBound ? quote.range.lowerBound - v : v - quote.range.upperBound
            guard distance >= 0, distance < 40, speaker(ofVerb: v) != nil else { continue }
            if best == nil || distance < best!.distance { best = (distance, v) }
            if own.contains(doc.sentenceOf[v]), bestInside == nil || distance < bestInside!.distance { bestInside = (distance, v) }
        }
        return (bestInside ?? best).map { speakers(ofVerb: $0.verb) } ?? []
    }

    /// The mention just before a speech verb ("Barton said", "he added", "X, general secretary
    /// of Y (Z), said") or just after it ("said Barton"), outside quotes.
    func speaker(ofVerb v: Int) -> Int? {
        if qualifiesNoun(v) { return nil }
        // "X, who said ...": the speaker is the one "who" refers to.
        if v > 0, doc.tokens[v - 1].lower == "who" { return antecedent(of: v - 1) }
        // "X praised Y and said ...": the subject of the clause before "and".
        if v > 1, lexicon.entityVocabulary.coordinators.contains(doc.tokens[v - 1].lower), doc.quoteOf[v - 1] == nil {
            let sentence = doc.sentences[doc.sentenceOf[v]].range
            if let first = subjects(from: clauseStart(v - 1, sentence: sentence), to: v - 1).first { return first }
        }
        // "according to the regulator, which said ...": a body right before ", which" speaks.
        if v > 1, doc.tokens[v - 1].lower == "which", doc.tokens[v - 2].text == ",", let a = antecedent(of: v - 1),
           entity(a).kind == .organisation, mentionAt[v - 3].map({ mentions[$0].entity == a }) == true { return a }
        // "the audit office report, which found that ...": the document's maker speaks.
        if v > 0, ["which", "that"].contains(doc.tokens[v - 1].lower), antecedent(of: v - 1) == nil, let maker = relativeActor(v - 1) { return maker }
        if v > 1, doc.tokens[v - 2].lower == "who", vocab.speechAdverbs.contains(doc.tokens[v - 1].lower) { return antecedent(of: v - 2) }
        // "X dismissed Y's intervention, telling Z: ...": a participle after a comma is the main
        // clause subject's, not the nearest name's.
        // (A long sentence cut at a comma may open with the participle: then it has no main clause.)
        let sentence = doc.sentences[doc.sentenceOf[v]].range
        if v - 1 > sentence.lowerBound, doc.tokens[v].lower.hasSuffix("ing"), doc.tokens[v - 1].text == ",", doc.quoteOf[v] == nil,
           let subject = subjects(from: sentence.lowerBound, to: v - 1).first { return subject }
        if let head = headMention(before: v) { return head }
        // "The audit office report found ...": a document speaks for the one it is named after.
        // ("The audit office report, published in May, found": past an appositive with no name.)
        var d = v
        if v - 1 > sentence.lowerBound, doc.tokens[v - 1].text == ",",
           let open = stride(from: v - 2, through: max(sentence.lowerBound, v - 10), by: -1).first(where: { doc.tokens[$0].text == "," }),
           open + 1 < v - 1, !doc.tokens[open + 1].isCapitalised {
            let named = ((open + 1)..<(v - 1)).compactMap { mentionAt[$0] }
            // ("The report, by the audit office, found": the appositive names the maker.)
            if let maker = named.first, vocab.makerPrepositions.contains(doc.tokens[open + 1].lower), open > sentence.lowerBound,
               doc.quoteOf[open - 1] == nil, actOwners.isOwnable(doc.tokens[open - 1].lower) { return mentions[maker].entity }
            if named.isEmpty { d = open }
        }
        if d >= 2, doc.quoteOf[d - 1] == nil, actOwners.isOwnable(doc.tokens[d - 1].lower) {
            var k = d - 2
            if doc.tokens[k].lower == "'s" || doc.tokens[k].lower == "'" { k -= 1 }
            if k >= sentence.lowerBound, let m = mentionAt[k] { return mentions[m].entity }
        }
        var a = v + 1
        if a < doc.tokens.count, doc.tokens[a].lower == "by" { a += 1 }
        // "said a spokesman for X": the description names the speaker's body.
        if a < doc.tokens.count, vocab.articles.contains(doc.tokens[a].lower) { a += 1 }
        if a < doc.tokens.count, let m = mentionAt[a], doc.quoteOf[a] == nil { return mentions[m].entity }
        return nil
    }

    /// Walking left from `v`, the first mention outside appositives and brackets, across adverbs.
    func headMention(before v: Int) -> Int? {
        let vocab = self.vocab
        let floor = doc.sentences[doc.sentenceOf[v]].range.lowerBound
        var k = v - 1
        var depth = 0 // inside an appositive or brackets, walking left
        var steps = 0
        // "Its chief executive, Colin Hughes, said": the name in the appositive, when no head precedes it.
        var named: Int?
        while k >= floor, steps < 40, doc.quoteOf[k] == nil {
            steps += 1
            if let m = mentionAt[k] {
                let mention = mentions[m]
                if depth == 0 && !mention.isModifier {
                    // "the joint leaders of the union, Dr A and Dr B, said": the people named in the
                    // appositive speak, not the body their description is governed by.
                    if let named, entity(mention.entity).kind == .organisation, mention.range.lowerBound > floor,
                       vocab.prepositions.contains(doc.tokens[mention.range.lowerBound - 1].lower)
                        || mention.range.lowerBound > floor + 1 && doc.tokens[mention.range.lowerBound - 1].lower == "the"
                        && vocab.prepositions.contains(doc.tokens[mention.range.lowerBound - 2].lower) { return named }
                    return mention.entity
                }
                if depth == 1, named == nil, !mention.isModifier, entity(mention.entity).kind == .person { named = mention.entity }
                k = mention.range.lowerBound - 1
                // "X of the Y union said": a body that only qualifies the speaker, with its preposition.
                if depth == 0, mention.isModifier {
                    if k >= floor, doc.tokens[k].lower == "the" { k -= 1 }
                    if k >= floor, vocab.qualifierPrepositions.contains(doc.tokens[k].lower) { k -= 1 }
                }
                continue
            }
            let w = doc.tokens[k].lower
            if w == ")" { depth += 1; k -= 1; continue }
            if w == "(" { depth = max(0, depth - 1); k -= 1; continue }
            if w == "," {
                // A comma opens (walking left) or closes an appositive. A relative clause
                // ("X, who met A and B, said") names no speaker: its people are not the head.
                if depth == 1, k + 1 < doc.tokens.count, ["who", "which", "whose"].contains(doc.tokens[k + 1].lower) { named = nil }
                depth = depth == 0 ? 1 : depth - 1
                k -= 1
                continue
            }
            if depth > 0 { k -= 1; continue }
            // "The TSSA union said": the kind of body after its name.
            if k > floor, lexicon.orgKindNouns[w] != nil, let m = mentionAt[k - 1], entity(mentions[m].entity).kind == .organisation { k -= 1; continue }
            // "Dr Sarah Wollaston MP said": a post-nominal after a person's name.
            if k > floor, lexicon.postNominals.contains(w), doc.tokens[k].isCapitalised, let m = mentionAt[k - 1], entity(mentions[m].entity).kind == .person { k -= 1; continue }
            guard vocab.speechAdverbs.contains(w) else { break }
            k -= 1
        }
        return named
    }

    /// "Lindahl said the timetable was a failure": a speaker another may answer later.
    mutating func registerReportedSpeakers() {
        for (v, t) in doc.tokens.enumerated() where doc.quoteOf[v] == nil && t.kind == .word && speechVerbAt[v] {
            if let s = speaker(ofVerb: v) { speakers.append((doc.sentenceOf[v], s)) }
        }
        speakers.sort { $0.sentence < $1.sentence }
    }

    /// "He has tried his hardest," said Y of X: a third-person pronoun in a quote that the
    /// recogniser left unresolved (it only looks inside the quote), or took for the speaker, is the last fitting person
    /// named before the quote in its sentence or the three before, other than the speaker; when the
    /// attribution names the one spoken of ("said Y of X"), it is X, whatever was read before.
    mutating func resolveQuotedPronouns() {
        let male = lexicon.pronouns["male"] ?? []
        let female = lexicon.pronouns["female"] ?? []
        var added: [Mention] = []
        var dropped = Set<Int>()
        for (q, quote) in doc.quotes.enumerated() {
            guard let speaker = quoteSpeaker[q] else { continue }
            // The referent is looked for once a quote, at its first such pronoun.
            var looked = false
            var referent: Int?
            // '"She cannot claim that," said Y of X': the one spoken of is named after the speaker.
            let after = quote.range.upperBound
            var spokenOf: Int?
            if let of = (after..<min(doc.tokens.count, after + 8)).first(where: { doc.tokens[$0].lower == "of" && $0 + 1 < doc.tokens.count }),
               of > after, let by = mentionAt[of - 1], mentions[by].entity == speaker, mentions[by].range.upperBound == of,
               (after..<mentions[by].range.lowerBound).contains(where: { speechVerbAt[$0] }),
               let spoken = mentionAt[of + 1], entity(mentions[spoken].entity).kind == .person, mentions[spoken].entity != speaker {
                spokenOf = mentions[spoken].entity
            }
            for i in quote.range where male.contains(doc.tokens[i].lower) || female.contains(doc.tokens[i].lower) {
                if let spokenOf, entity(spokenOf).gender != (male.contains(doc.tokens[i].lower) ? .female : .male) {
                    if let m = mentionAt[i] { if mentions[m].form == .pronoun { mentions[m].entity = spokenOf } } else { added.append(Mention(range: i..<(i + 1), entity: spokenOf, form: .pronoun)) }
                    continue
                }
                // A speaker does not call themselves "he" or "she": such a reading is replaced too.
                let existing = mentionAt[i]
                if let m = existing, !(mentions[m].entity == speaker && mentions[m].form == .pronoun) { continue }
                if !looked {
                    looked = true
                    let isMale = male.contains(doc.tokens[i].lower)
                    let start = quote.opening ?? quote.range.lowerBound
                    let floor = doc.sentences[max(0, doc.sentenceOf[start] - 3)].range.lowerBound
                    // (A name or description said in a quote before it will do: "The minister has ... He has".)
                    referent = mentions(in: floor..<max(start, i)).reversed().first { m in
                        let e = entity(m.entity)
                        return e.kind == .person && m.entity != speaker && (doc.quoteOf[m.range.lowerBound] == nil || m.form != .pronoun)
                            && (isMale ? e.gender != .female : e.gender != .male)
                    }.map(\.entity)
                }
                guard let r = referent else {
                    // Nobody else it could be: a "he" that is not the speaker is someone unnamed.
                    if let m = existing { dropped.insert(m) }
                    continue
                }
                if let m = existing { mentions[m].entity = r } else { added.append(Mention(range: i..<(i + 1), entity: r, form: .pronoun)) }
            }
        }
        removeMentions(at: dropped)
        mentions += added
        reindex()
    }

    /// "I have met the union several times. But their demands are unaffordable": a "they" or
    /// "their" in a quote that nobody resolved is the one body other than the speaker's side
    /// named in the quote before it or in the sentence before the quote; none when two could be.
    mutating func resolveQuotedPluralPronouns() {
        let plural = lexicon.pronouns["neutral"] ?? []
        var added: [Mention] = []
        for (q, quote) in doc.quotes.enumerated() {
            guard let speaker = quoteSpeaker[q] else { continue }
            let side = self.side(of: speaker).union(quoteCoSpeakers[q] ?? [])
            let start = quote.opening ?? quote.range.lowerBound
            let floor = doc.sentences[max(0, doc.sentenceOf[start] - 1)].range.lowerBound
            for i in quote.range where plural.contains(doc.tokens[i].lower) && mentionAt[i] == nil {
                // "heads were exhausted by a problem they cannot solve": a plural noun of its own
                // sentence before it is what it means.
                let sentenceStart = doc.sentences[doc.sentenceOf[i]].range.lowerBound
                if (sentenceStart..<i).contains(where: { k in
                    let t = doc.tokens[k]
                    let opening = k == sentenceStart || doc.tokens[k - 1].kind == .openQuote
                    return t.kind == .word && (!t.isCapitalised || opening) && mentionAt[k] == nil && t.lower.count > 3
                        && t.lower.hasSuffix("s") && !t.lower.hasSuffix("ss") && !t.lower.hasSuffix("ous") && !t.lower.hasSuffix("is")
                }) { break }
                let bodies = Set(mentions(in: floor..<i).filter { m in
                    m.form != .pronoun && !m.isModifier && !side.contains(m.entity)
                        && entity(m.entity).kind == .organisation && entity(m.entity).orgKind != "newspaper"
                        && (doc.quoteOf[m.range.lowerBound] == nil ? m.range.lowerBound < start : doc.quoteOf[m.range.lowerBound] == q || m.range.lowerBound >= start)
                }.map(\.entity))
                guard bodies.count == 1, let body = bodies.first else { break }
                added.append(Mention(range: i..<(i + 1), entity: body, form: .pronoun))
            }
        }
        mentions += added
        reindex()
    }

    /// A stakeholder and the body it belongs to: those who do not answer, judge or engage each other.
    func side(of e: Int) -> Set<Int> {
        Set([e] + (entity(e).affiliation.map { [$0] } ?? []))
    }

    /// Removes the mentions at these indexes (no re-indexing: the caller re-indexes once).
    mutating func removeMentions(at indexes: Set<Int>) {
        guard !indexes.isEmpty else { return }
        mentions = mentions.enumerated().filter { !indexes.contains($0.offset) }.map(\.element)
    }

    /// "X, who met A and B, said she would ...": the pronoun right after a speech verb (or its
    /// "that") is the speaker's, when the gender fits, whoever was named last.
    mutating func resolveReportedSubjects() {
        let male = lexicon.pronouns["male"] ?? []
        let female = lexicon.pronouns["female"] ?? []
        // "The union, which is also in dispute, said it supported X": "it" (or "they") is a body
        // that speaks.
        let impersonal = (lexicon.pronouns["thing"] ?? []).union(lexicon.pronouns["neutral"] ?? [])
        var added: [Mention] = []
        defer {
            if !added.isEmpty { mentions += added; reindex() }
        }
        for v in doc.tokens.indices where doc.quoteOf[v] == nil && speechVerbAt[v] {
            // "described it as": the object of a naming verb, not one who speaks.
            if lexicon.entityVocabulary.namingVerbs.contains(doc.tokens[v].lower) { continue }
            var p = v + 1
            if p < doc.tokens.count, doc.tokens[p].lower == "that" { p += 1 }
            // ("said it was a step forward": before a copula, "it" is more often the thing spoken of.)
            if p + 1 < doc.tokens.count, impersonal.contains(doc.tokens[p].lower), doc.quoteOf[p] == nil,
               !vocab.beForms.contains(doc.tokens[p + 1].lower), let speaker = speaker(ofVerb: v), entity(speaker).kind == .organisation {
                if let m = mentionAt[p] {
                    if mentions[m].form == .pronoun { mentions[m].entity = speaker }
                } else {
                    added.append(Mention(range: p..<(p + 1), entity: speaker, form: .pronoun))
                }
                continue
            }
            guard p < doc.tokens.count, let m = mentionAt[p], mentions[m].form == .pronoun,
                  male.contains(doc.tokens[p].lower) || female.contains(doc.tokens[p].lower),
                  let speaker = speaker(ofVerb: v), speaker != mentions[m].entity, entity(speaker).kind == .person else { continue }
            // "described her as", "told him": an object is not the verb's own subject.
            let objects = lexicon.entityVocabulary
            if objects.objectPronouns.contains(doc.tokens[p].lower) || doc.tokens[p].lower == "her" && p + 1 < doc.tokens.count
                && (objects.objectPronounFollowers.contains(doc.tokens[p + 1].lower) || doc.tokens[p + 1].kind == .openQuote) { continue }
            let gender = entity(speaker).gender
            let fits = male.contains(doc.tokens[p].lower) ? gender != .female : gender != .male
            if fits { mentions[m].entity = speaker }
        }
    }

    /// "them both": the last two people named before, in the sentence or the one before.
    mutating func resolveBothPronouns() {
        var added: [Mention] = []
        for (i, t) in doc.tokens.enumerated() where t.lower == "them" && i + 1 < doc.tokens.count && doc.tokens[i + 1].lower == "both" {
            let floor = doc.sentences[max(0, doc.sentenceOf[i] - 1)].range.lowerBound
            var people: [Int] = []
            // Named people only: the pronouns between ("she said she would meet them both") are the actor.
            for m in mentions(in: floor..<i).reversed() where entity(m.entity).kind == .person && m.form != .pronoun && !people.contains(m.entity) {
                people.append(m.entity)
                if people.count == 2 { break }
            }
            guard people.count == 2 else { continue }
            let pair = [people[1], people[0]]
            if let m = mentionAt[i] { mentions[m].entity = pair[0] } else { added.append(Mention(range: i..<(i + 1), entity: pair[0], form: .pronoun)) }
            added.append(Mention(range: i..<(i + 1), entity: pair[1], form: .pronoun))
        }
        mentions += added
        reindex()
    }

    mutating func addPersonalPronouns() {
        let first = (lexicon.pronouns["first_singular"] ?? []).union(lexicon.pronouns["first_plural"] ?? [])
        let second = lexicon.pronouns["second"] ?? []
        for (i, t) in doc.tokens.enumerated() where mentionAt[i] == nil {
            guard let q = doc.quoteOf[i] else { continue }
            if first.contains(t.lower), let s = quoteSpeaker[q] {
                // "X met with us": the object "us" of a speaker who speaks for a body is the body.
                let body = t.lower == "us" ? entity(s).affiliation : nil
                mentions.append(Mention(range: i..<(i + 1), entity: body ?? s, form: .firstPerson))
            } else if second.contains(t.lower), let a = quoteAddressee[q] {
                mentions.append(Mention(range: i..<(i + 1), entity: a, form: .secondPerson))
            }
        }
        reindex()
    }
}
