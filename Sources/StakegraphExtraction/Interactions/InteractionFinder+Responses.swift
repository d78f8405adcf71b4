/// Responses (guide section 2): an act that answers what another stakeholder said or did.
///
/// Three shapes, with vocabulary from the lexicon's `responses` section:
/// - a trigger with its object: "responded to X", "hit back at X's claims", "in response to
///   comments from the minister, X" (the one answered is the object or the owner of the
///   statement it names);
/// - a trigger that answers only a statement: "rejected criticism from X", "dismissed X's
///   intervention" ("dismissed X" alone may be a sacking, so it needs the statement noun);
/// - a bare trigger: "In response, X said ...", answering the last act aimed at X (or the
///   last other speaker) in the sentences before.
/// The actor is the subject of the trigger's clause, or, for a fronted phrase ("Responding to
/// ..., A and B said"), the speakers of the main clause.
extension InteractionFinder {
    mutating func findResponses(in s: Int) {
        let sentence = doc.sentences[s].range
        let responses = lexicon.responses
        // The closure captures the tokens only: capturing `self` would copy the finder per token.
        let tokens = doc.tokens
        let lower: (Int) -> String = { tokens[$0].lower }
        let isQuoteMark: (Int) -> Bool = { tokens[$0].kind == .openQuote || tokens[$0].kind == .closeQuote }
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            guard doc.tokens[i].isWord, mentionAt[i] == nil else { i += 1; continue }
            if doc.quoteOf[i] != nil {
                // "We reject these claims": in a quote, a deictic answer to what came before, or
                // an answer to the one whose statement it names ("We reject Ms Fox's claims").
                if let length = responses.statementTriggers.longestMatch(at: i, limit: sentence.upperBound, lower, skipping: isQuoteMark),
                   answer(trigger: i..<(i + length), sentence: s, statementRequired: true) {
                    responseTriggerTokens.formUnion(i..<(i + length))
                    i += length
                } else if let length = responses.quotedObjectTriggers.longestMatch(at: i, limit: sentence.upperBound, lower, skipping: isQuoteMark),
                   answer(trigger: i..<(i + length), sentence: s, statementRequired: false) {
                    // "We 'fundamentally disagree' with the minister": the one disagreed with.
                    responseTriggerTokens.formUnion(i..<(i + length))
                    i += length
                } else if let length = responses.statementTriggers.longestMatch(at: i, limit: sentence.upperBound, lower),
                   refersBackToStatement(after: i + length, sentence: sentence) {
                    deicticResponses.append((i..<(i + length), s))
                    responseTriggerTokens.formUnion(i..<(i + length))
                    i += length
                } else {
                    i += 1
                }
                continue
            }
            // "in a typically robust response, X ...", "in a furious reply to X": a response noun
            // with its modifiers works as the fixed triggers do.
            if let (length, object) = responsePhrase(at: i, sentence: sentence) {
                let end = i + length
                if object {
                    answer(trigger: i..<end, sentence: s, statementRequired: false)
                } else {
                    bareResponses.append((i..<end, s))
                }
                responseTriggerTokens.formUnion(i..<end)
                i = end
            } else if let length = responses.objectTriggers.longestMatch(at: i, limit: sentence.upperBound, lower, skipping: isQuoteMark)
                        ?? objectTriggerPastAdverb(at: i, limit: sentence.upperBound) {
                // The trigger's words are the response's, answered or not ("responded to a tweet").
                // ("Responding to the criticism, X said": the criticism made before.)
                if !answer(trigger: i..<(i + length), sentence: s, statementRequired: false), refersBackToStatement(after: i + length, sentence: sentence) {
                    deicticResponses.append((i..<(i + length), s))
                }
                responseTriggerTokens.formUnion(i..<(i + length))
                i += length
            } else if let length = responses.statementTriggers.longestMatch(at: i, limit: sentence.upperBound, lower, skipping: isQuoteMark) {
                // "dismissed": left to the other cues when no statement follows.
                if answer(trigger: i..<(i + length), sentence: s, statementRequired: true) {
                    responseTriggerTokens.formUnion(i..<(i + length))
                } else if refersBackToStatement(after: i + length, sentence: sentence) {
                    // "X rejected the claims": the claims made just before.
                    deicticResponses.append((i..<(i + length), s))
                    responseTriggerTokens.formUnion(i..<(i + length))
                }
                i += length
            } else if let length = responses.bareTriggers.longestMatch(at: i, limit: sentence.upperBound, lower),
                      i + length < sentence.upperBound, [",", ":"].contains(doc.tokens[i + length].text) || !doc.tokens[i + length].isWord
                        // ("The council apologised and said ...", "apologised for the delays")
                        || lexicon.entityVocabulary.coordinators.contains(doc.tokens[i + length].lower) || vocab.reasonPrepositions.contains(doc.tokens[i + length].lower) {
                // Answered once every other act is known (see `findBareResponses`).
                bareResponses.append((i..<(i + length), s))
                responseTriggerTokens.formUnion(i..<(i + length))
                i += length
            } else {
                i += 1
            }
        }
    }

    /// "reacted angrily to", "hit back furiously at": an object trigger with an adverb in -ly
    /// after its first word; the length of the whole, adverb included.
    /// (Always inlined, as `responsePhrase`: asked at every word.)
    @inline(__always)
    func objectTriggerPastAdverb(at i: Int, limit: Int) -> Int? {
        let tokens = doc.tokens
        guard i + 2 < limit, tokens[i + 1].kind == .word, tokens[i + 1].lower.count > 4, tokens[i + 1].lower.hasSuffix("ly") else { return nil }
        let skipped: (Int) -> String = { $0 <= i ? tokens[$0].lower : tokens[$0 + 1].lower }
        guard let length = lexicon.responses.objectTriggers.longestMatch(at: i, limit: limit - 1, skipped), length >= 2 else { return nil }
        return length + 1
    }

    /// Records the response of a trigger to the ones it answers; false when it answers nobody.
    @discardableResult
    mutating func answer(trigger: Range<Int>, sentence s: Int, statementRequired: Bool) -> Bool {
        let answeredOnes = answered(after: trigger.upperBound, sentence: doc.sentences[s].range, statementRequired: statementRequired)
        for target in answeredOnes {
            recordResponse(trigger: trigger, target: target, sentence: s, rule: statementRequired ? "response.statement" : "response.object")
        }
        return !answeredOnes.isEmpty
    }

    /// "these claims", "the criticism", "such accusations" right after a trigger, with no owner
    /// named after them: a statement made before, which the trigger answers.
    func refersBackToStatement(after start: Int, sentence: Range<Int>) -> Bool {
        var k = start
        guard k < sentence.upperBound, lexicon.responses.deicticDeterminers.contains(doc.tokens[k].lower) else { return false }
        k += 1
        while k < min(sentence.upperBound, start + 4), doc.tokens[k].isWord, mentionAt[k] == nil,
              !lexicon.responses.statementNouns.contains(doc.tokens[k].lower) { k += 1 }
        guard k < sentence.upperBound, lexicon.responses.statementNouns.contains(doc.tokens[k].lower) else { return false }
        // "the claims made by X", "criticism from X" name their owner: not a deictic answer.
        let next = k + 1 < sentence.upperBound ? doc.tokens[k + 1].lower : "."
        return !lexicon.responses.ownerPrepositions.contains(next) && !vocab.statementParticiples.contains(next)
    }

    /// "in a (typically robust) response to" (object) or "in a ... response," (bare): the phrase's
    /// length and whether an object follows; nil when the words are not such a phrase.
    // (Always inlined: called from a mutating method, a reading method gets a copy of the whole
    // finder, a memcpy of a kilobyte or two, at every token it is asked about.)
    @inline(__always)
    func responsePhrase(at i: Int, sentence: Range<Int>) -> (Int, Bool)? {
        guard doc.tokens[i].lower == "in", i + 2 < sentence.upperBound,
              vocab.responsePhraseDeterminers.contains(doc.tokens[i + 1].lower) else { return nil }
        var k = i + 2
        while k < min(sentence.upperBound, i + 6), doc.tokens[k].isWord, !lexicon.responses.responseNouns.contains(doc.tokens[k].lower) { k += 1 }
        guard k < sentence.upperBound, k > i + 2 || lexicon.responses.responseNouns.contains(doc.tokens[k].lower),
              lexicon.responses.responseNouns.contains(doc.tokens[k].lower), k + 1 < sentence.upperBound else { return nil }
        let next = doc.tokens[k + 1].lower
        if next == "to" { return (k + 2 - i, true) }
        if [",", ":"].contains(next) { return (k + 1 - i, false) }
        return nil
    }

    /// "The trust was criticised by the union. A spokesman for the trust said: ...": a statement
    /// by one just criticised (in the two sentences before, by someone not of their side)
    /// answers the critic, when nothing else already made it an answer to them.
    mutating func findAnsweringStatements() {
        // Indexed once: the criticisms of each sentence, the sentences holding any act, the
        // latest response of each actor, the speakers of each sentence (linear, not a scan of
        // every act per speaker).
        var criticisms: [Int: [FoundInteraction]] = [:]
        var withActs = Set<Int>()
        var lastResponse: [Int: Int] = [:]
        for f in found {
            if f.type == .criticism { criticisms[f.sentence, default: []].append(f) }
            withActs.insert(f.sentence)
            if f.type == .response { lastResponse[f.source] = max(lastResponse[f.source] ?? -1, f.sentence) }
        }
        var speakersIn: [Int: Set<Int>] = [:]
        for (s, e) in speakers { speakersIn[s, default: []].insert(e) }
        var done = Set<[Int]>()
        let tokens = doc.tokens // (captured alone: capturing `self` would copy the finder)
        for (s, y) in speakers {
            let side = side(of: y)
            // (A body's statement - the right of reply that closes a report - answers a criticism up
            // to three sentences before: "X accused Y of ...", a line or two more, then "A Y
            // spokesperson said". A person's statement only the sentence just before: further back,
            // it is as often about something else, on the benchmark's news pages.)
            var act: FoundInteraction?
            let reach = entity(y).kind == .organisation ? 3 : 1
            for earlier in (max(0, s - reach)..<s).reversed() {
                act = criticisms[earlier]?.last(where: { side.contains($0.target) && !side.contains($0.source) && entity($0.source).affiliation.map(side.contains) != true })
                if act != nil { break }
            }
            guard let act,
                  // Nothing said by them in between.
                  !((act.sentence + 1)..<s).contains(where: { speakersIn[$0]?.contains(y) == true }),
                  (lastResponse[y] ?? -1) < act.sentence,
                  // Not when the critic speaks in it too, nor in answer to a question put by someone else.
                  speakersIn[s]?.contains(act.source) != true,
                  lexicon.responses.questionOpeners.longestMatch(at: doc.sentences[s].range.lowerBound, limit: doc.sentences[s].range.upperBound, { tokens[$0].lower }) == nil,
                  done.insert([y, act.source]).inserted else { continue }
            // A plain statement: the sentence's first act of speech is theirs, and it holds no other act.
            let sentence = doc.sentences[s].range
            guard let verb = sentence.first(where: { isSpeechVerbUse($0) }), speaker(ofVerb: verb) == y,
                  // (the main clause's: near the start, or after a quote that opens the sentence)
                  verb - sentence.lowerBound <= 10 || doc.tokens[sentence.lowerBound].kind == .openQuote,
                  !withActs.contains(s),
                  // Their own words: a quoted statement, or a body's ("the council said it ..."),
                  // not a person's plan reported.
                  sentence.contains(where: { doc.quoteOf[$0] != nil }) || entity(y).kind == .organisation && vocab.answerVerbs.contains(doc.tokens[verb].lower) && !announcesPlan(after: verb, sentence: sentence) else { continue }
            record(y, act.source, .response, at: verb, sentence: s, cue: doc.tokens[verb].text, confidence: 0.6, rule: "response.answering-statement")
            withActs.insert(s)
            lastResponse[y] = s
        }
    }

    /// "X said it would publish ...": a reported plan (a future within a few words of the speech
    /// verb), not an answer.
    func announcesPlan(after verb: Int, sentence: Range<Int>) -> Bool {
        ((verb + 1)..<min(sentence.upperBound, verb + 4)).contains { vocab.futureMarkers.contains(doc.tokens[$0].lower) || vocab.modals.contains(doc.tokens[$0].lower) }
    }

    /// "In response, X said ...": answered after all other acts are found, so that the act
    /// answered may be one a speaker's words made.
    /// - Complexity: linear in the acts and speakers of the article (both are indexed by
    ///   sentence once, and each answer looks at six sentences).
    mutating func findBareResponses() {
        var acts = SentenceIndex()
        var spoke = SentenceIndex()
        for (trigger, s) in bareResponses {
            acts.extend(to: found.count) { found[$0].sentence }
            spoke.extend(to: speakers.count) { speakers[$0].sentence }
            let sentence = doc.sentences[s].range
            // ("The council apologised": a subject before the trigger is the actor.)
            let before = subjects(from: clauseStart(trigger.lowerBound, sentence: sentence), to: trigger.lowerBound)
            guard let actor = before.first ?? mainClauseActors(after: trigger.upperBound, sentence: sentence, excluding: []).first,
                  let target = lastToAnswer(actor: actor, before: s, acts: acts, speakers: spoke) else { continue }
            recordResponse(trigger: trigger, actors: [actor], target: target, sentence: s, rule: "response.bare")
        }
        // "We reject these claims", "X dismissed the criticism": the actor is the trigger's
        // subject (or the quote's speaker); the one answered made the last such statement.
        for (trigger, s) in deicticResponses {
            acts.extend(to: found.count) { found[$0].sentence }
            spoke.extend(to: speakers.count) { speakers[$0].sentence }
            let sentence = doc.sentences[s].range
            var actors = subjects(from: clauseStart(trigger.lowerBound, sentence: sentence), to: trigger.lowerBound)
            if actors.isEmpty, let q = doc.quoteOf[trigger.lowerBound] { actors = speakers(ofQuote: q) }
            // ("The group, which represents the operators, rejected the claim": past the relative clause.)
            if actors.isEmpty, doc.quoteOf[trigger.lowerBound] == nil, let head = headMention(before: trigger.lowerBound) { actors = [head] }
            // ("Responding to the criticism, the trust said": the main clause after the fronted phrase.)
            if actors.isEmpty, doc.quoteOf[trigger.lowerBound] == nil { actors = mainClauseActors(after: trigger.upperBound, sentence: sentence, excluding: []) }
            // Only an act aimed at the actor's side makes claims to reject (not any other speaker).
            guard let actor = actors.first else { continue }
            // "accepted the findings": the one whose document it is, when a claim names it.
            var n = trigger.upperBound
            while n < sentence.upperBound, lexicon.responses.deicticDeterminers.contains(doc.tokens[n].lower) { n += 1 }
            let side = side(of: actor)
            if n < sentence.upperBound, actOwners.isOwnable(doc.tokens[n].lower), lexicon.acts.documentNouns.contains(doc.tokens[n].lower),
               let owner = actOwners.owner(of: doc.tokens[n].lower, at: n, window: 0), !side.contains(owner) {
                recordResponse(trigger: trigger, actors: actors, target: owner, sentence: s, rule: "response.deictic")
                continue
            }
            // (Else, told outside quotes, "X rejected the claim" right after Y spoke: Y's claim.)
            var justSpoke: Int?
            if doc.quoteOf[trigger.lowerBound] == nil, s > 0 {
                for v in doc.sentences[s - 1].range.reversed() where doc.quoteOf[v] == nil && speechVerbAt[v] {
                    guard let speaker = speaker(ofVerb: v) else { continue }
                    if !side.contains(speaker) { justSpoke = speaker }
                    break
                }
            }
            guard let target = lastToAnswer(actor: actor, before: s, acts: acts, speakers: nil) ?? justSpoke else { continue }
            recordResponse(trigger: trigger, actors: actors, target: target, sentence: s, rule: "response.deictic")
        }
    }

    /// Positions of items (acts or speakers) by sentence, extended as items are appended.
    struct SentenceIndex {
        private(set) var bySentence: [Int: [Int]] = [:]
        private var indexed = 0

        /// Indexes the items from the last one indexed up to `count`, by their sentence.
        mutating func extend(to count: Int, sentence: (Int) -> Int) {
            while indexed < count {
                bySentence[sentence(indexed), default: []].append(indexed)
                indexed += 1
            }
        }

        /// Positions of the items in the six sentences before `s`.
        func window(before s: Int) -> [Int] {
            (max(0, s - 6)..<s).flatMap { bySentence[$0] ?? [] }
        }
    }

    /// The one answered after a trigger: a mention ("X", "X's comments"), or the owner of the
    /// statement named ("comments from the minister, X", "criticism by X").
    func answered(after start: Int, sentence: Range<Int>, statementRequired: Bool) -> [Int] {
        let responses = lexicon.responses
        let vocab = self.vocab
        // 'said it "fully accepted" the regulator's findings': the quotation mark that closes a
        // quoted trigger (or opens a quoted object) is no word between the trigger and its object.
        var start = start
        while start < sentence.upperBound, doc.tokens[start].kind == .openQuote || doc.tokens[start].kind == .closeQuote { start += 1 }
        // "Responding to the announcement, X said": the act answered is one whose maker is known.
        if let owner = ownedDocument(at: start, before: min(sentence.upperBound, start + 6)) { return [owner] }
        var k = start
        var sawStatement = false
        var sawOwner = false
        var steps = 0
        while k < sentence.upperBound, steps < 12 {
            steps += 1
            let word = doc.tokens[k].lower
            if let m = mentionAt[k] {
                let mention = mentions[m]
                let after = mention.range.upperBound
                let possessive = after < sentence.upperBound && ["'s", "'"].contains(doc.tokens[after].lower)
                // ("rejected his claims": a possessive pronoun is its own possessive.)
                let pronoun = mention.form == .pronoun && lexicon.entityVocabulary.possessiveDeterminers.contains(doc.tokens[mention.range.lowerBound].lower)
                if possessive || pronoun {
                    // "X's comments": the statement must follow (within a few modifiers).
                    var n = pronoun ? after : after + 1
                    while n < min(sentence.upperBound, after + 4), !responses.statementNouns.contains(doc.tokens[n].lower), doc.tokens[n].isWord { n += 1 }
                    if n < sentence.upperBound, responses.statementNouns.contains(doc.tokens[n].lower) { return [mention.entity] }
                    return statementRequired ? [] : [mention.entity]
                }
                guard sawStatement || !statementRequired, !mention.isModifier else { return [] }
                // "comments from the minister, X, A and B said": a statement has one owner (or the
                // several a plural description stands for).
                if sawStatement { return mentions(in: k..<(k + 1)).filter { $0.range == mention.range }.map(\.entity) }
                // "hit back at the unions", "replied to A and B": every member of the list.
                return listMembers(mentions(in: k..<clauseEnd(k, sentence: sentence)), skippingGoverned: false)
            }
            if responses.statementNouns.contains(word) {
                sawStatement = true
            } else if sawStatement, word == ",", !sawOwner {
                // "Responding to the criticism, the trust said": past the comma is the one answering.
                return []
            } else if sawStatement {
                if responses.ownerPrepositions.contains(word) { sawOwner = true }
                // "comments from the transport secretary, X": owner prepositions, titles, commas.
                guard responses.ownerPrepositions.contains(word) || word == "," || vocab.articles.contains(word)
                        || (doc.tokens[k].isWord && !lexicon.clauseBreaks.contains(word) && !lexicon.speechVerbs.contains(word)) else { return [] }
            } else if !doc.tokens[k].isWord || lexicon.clauseBreaks.contains(word) || lexicon.speechVerbs.contains(word) {
                return []
            }
            k += 1
        }
        return []
    }

    /// The last one who wrote or spoke to `actor` (or its body) in the six sentences before
    /// sentence `s` ("X wrote to Y", "X told Y"): an address word, "to" for writing, then a
    /// mention of the one addressed; the writer is the mention heading the address word.
    func addressedBy(_ actor: Int, own: Int?, before s: Int) -> (sentence: Int, entity: Int)? {
        for earlier in stride(from: s - 1, through: max(0, s - 6), by: -1) {
            let range = doc.sentences[earlier].range
            for k in range where doc.quoteOf[k] == nil && lexicon.addressWords.contains(doc.tokens[k].lower) {
                var t = k + 1
                if t < range.upperBound, doc.tokens[t].lower == "to" { t += 1 }
                if t < range.upperBound, vocab.articles.contains(doc.tokens[t].lower) { t += 1 }
                guard t < range.upperBound, let m = mentionAt[t], mentions[m].entity == actor || own != nil && mentions[m].entity == own,
                      let writer = headMention(before: k), writer != actor, writer != own else { continue }
                return (earlier, writer)
            }
        }
        return nil
    }

    /// The speakers or subject of the main clause after a fronted phrase ending at or after `start`.
    func mainClauseActors(after start: Int, sentence: Range<Int>, excluding: Set<Int>) -> [Int] {
        // "Responding to ..., A and B said": the speech verb of the main clause names them.
        // The first speech verb with a speaker ("comments from ..." names none).
        for v in start..<sentence.upperBound where doc.quoteOf[v] == nil && speechVerbAt[v] {
            let found = speakers(ofVerb: v).filter { !excluding.contains($0) }
            if !found.isEmpty { return found }
        }
        if let comma = (start..<sentence.upperBound).first(where: { doc.tokens[$0].text == "," }) {
            return subjects(from: comma + 1, to: clauseEnd(comma + 1, sentence: sentence)).filter { !excluding.contains($0) }
        }
        return []
    }

    /// Whom an unqualified answer by `actor` answers: the last act aimed at the actor (or their
    /// organisation) in the six sentences before, else the last other speaker there.
    func lastToAnswer(actor: Int, before s: Int, acts: SentenceIndex, speakers spoke: SentenceIndex?) -> Int? {
        let side = side(of: actor)
        // The act found last (in finding order) among those aimed at the actor's side.
        if let last = acts.window(before: s).filter({ side.contains(found[$0].target) && !side.contains(found[$0].source) }).max() {
            return found[last].source
        }
        guard let spoke else { return nil }
        let others = spoke.window(before: s).filter { !side.contains(speakers[$0].entity) }
        return others.max(by: { (speakers[$0].sentence, $0) < (speakers[$1].sentence, $1) }).map { speakers[$0].entity }
    }

    mutating func recordResponse(trigger: Range<Int>, actors explicit: [Int]? = nil, target: Int, sentence s: Int, rule: String) {
        let sentence = doc.sentences[s].range
        let c = trigger.lowerBound
        let cStart = clauseStart(c, sentence: sentence)
        if isNegated(c, floor: cStart) || isFuture(c, floor: cStart) || isHedged(c, floor: cStart) { return }
        var actors = explicit ?? subjects(from: cStart, to: c)
        if actors.isEmpty, cStart > sentence.lowerBound, ["which", "who"].contains(doc.tokens[cStart - 1].lower) {
            actors = antecedent(of: cStart - 1).map { [$0] } ?? []
        }
        if actors.isEmpty, let q = doc.quoteOf[c] { actors = speakers(ofQuote: q) }
        // A fronted phrase: "Responding to comments from X, A and B said ...".
        if actors.isEmpty { actors = mainClauseActors(after: trigger.upperBound, sentence: sentence, excluding: [target]) }
        if actors.isEmpty { actors = subjects(from: sentence.lowerBound, to: c) }
        let cue = doc.text(trigger)
        for a in actors where a != target && entity(a).affiliation != target {
            record(a, target, .response, at: c, sentence: s, cue: cue, confidence: 0.75, rule: rule)
            speakers.append((s, a))
        }
    }
}
