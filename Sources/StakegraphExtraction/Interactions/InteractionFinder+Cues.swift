extension InteractionFinder {
    // MARK: - Clauses

    func isBreak(_ k: Int) -> Bool { breakAt[k] }

    /// Whether token `k` ends a clause; worked out once per token, into `breakAt`.
    static func isBreak(_ k: Int, in tokens: [Token], clauseBreaks: WordSet) -> Bool {
        let t = tokens[k]
        if t.kind == .openQuote || t.kind == .closeQuote { return false }
        guard clauseBreaks.contains(t.lower) else { return false }
        // "X, however, has been ...": a connective set off by commas leaves the clause whole.
        if t.isWord, k > 0, k + 1 < tokens.count, tokens[k - 1].text == ",", tokens[k + 1].text == "," { return false }
        return true
    }

    func clauseStart(_ i: Int, sentence: Range<Int>) -> Int {
        var k = i - 1
        while k >= sentence.lowerBound {
            if isBreak(k) { return k + 1 }
            k -= 1
        }
        return sentence.lowerBound
    }

    func clauseEnd(_ i: Int, sentence: Range<Int>) -> Int {
        var k = i
        while k < sentence.upperBound {
            if isBreak(k) || doc.tokens[k].text == "." { return k }
            k += 1
        }
        return sentence.upperBound
    }

    /// Whether a preposition governs the mention starting at `t` ("of Ofsted", "at the NEU").
    func governedByPreposition(_ t: Int, floor: Int) -> Bool {
        let k = wordBefore(mentionAt: t, floor: floor)
        return k >= floor && vocab.prepositions.contains(doc.tokens[k].lower)
    }

    /// The word that governs the mention starting at `t`: the one before it, past a title in
    /// capitals ("against Vice President X", at most three words, not before `floor`) and "the".
    func wordBefore(mentionAt t: Int, floor: Int) -> Int {
        var k = t - 1
        while k > floor, k >= t - 3, doc.tokens[k].isWord, doc.tokens[k].isCapitalised, mentionAt[k] == nil { k -= 1 }
        if k >= floor, doc.tokens[k].lower == "the" { k -= 1 }
        return k
    }

    /// The subject of the clause `[start, end)`: its first mention not governed by a preposition,
    /// with any partners coordinated with it ("A and B", "both A, and B,").
    func subjects(from start: Int, to end: Int, allowPossessive: Bool = false, allowSecondPerson: Bool = false) -> [Int] {
        let candidates = mentions(in: start..<end).filter {
            !governedByPreposition($0.range.lowerBound, floor: start) && !inParentheses($0.range.lowerBound) && (allowSecondPerson || $0.form != .secondPerson)
                && !(allowPossessive == false && $0.range.upperBound < doc.tokens.count && doc.tokens[$0.range.upperBound].lower == "'s")
        }
        return listMembers(candidates, skippingGoverned: false)
    }

    /// "The creation of X has been welcomed by Y": a subject that is an act of X's, "the" and an
    /// act noun (not one that ends X: "the closure of X") before "of X"; X, or nil.
    func nominalSubject(from start: Int, to end: Int) -> Int? {
        var k = start
        guard k < end, vocab.articles.contains(doc.tokens[k].lower) else { return nil }
        k += 1
        // ("the long-awaited creation of X": a modifier or two.)
        while k < min(end, start + 4), !lexicon.acts.ownedNouns.contains(doc.tokens[k].lower), doc.tokens[k].kind == .word, !doc.tokens[k].isCapitalised { k += 1 }
        guard k + 2 < end, lexicon.acts.ownedNouns.contains(doc.tokens[k].lower), !vocab.endingNouns.contains(doc.tokens[k].lower),
              doc.tokens[k + 1].lower == "of" else { return nil }
        var m = k + 2
        if vocab.articles.contains(doc.tokens[m].lower) { m += 1 }
        guard m < end, let mention = mentionAt[m], !mentions[mention].isModifier else { return nil }
        return mentions[mention].entity
    }

    /// The first candidate and the list it heads: mentions sharing its words ("the unions"
    /// stands for several), then members joined by commas, "and", "as well as" or an appositive.
    func listMembers(_ candidates: [Mention], skippingGoverned: Bool) -> [Int] {
        guard let first = candidates.first else { return [] }
        let vocab = self.vocab
        // "wrote to three trusts - A, B and C - accusing them of ...": "them" is the whole list.
        if first.form == .pronoun, let members = pluralAntecedents(of: first), members.count > 1 { return members }
        var result = [first.entity]
        var last = first
        for m in candidates.dropFirst() {
            if m.range.lowerBound < last.range.upperBound {
                // Same words, another referent (a plural description), or an overlap: one member.
                if m.range == last.range, !result.contains(m.entity) { result.append(m.entity) }
                continue
            }
            let between = (last.range.upperBound..<m.range.lowerBound).map { doc.tokens[$0].lower }
            // "met A, B is yet to ...": after a bare comma, a member is followed by more of the list.
            if between == [","], m.range.upperBound < doc.tokens.count,
               !(vocab.listContinuers.contains(doc.tokens[m.range.upperBound].lower) || mentionAt[m.range.upperBound] != nil) { break }
            if isListGap(between) { result.append(m.entity); last = m }
            else if skippingGoverned && governedByPreposition(m.range.lowerBound, floor: last.range.upperBound) { continue }
            else { break }
        }
        return result
    }

    /// The members of the list that a plural pronoun ("they", "them", "their") refers to: its
    /// antecedent's mention (in the same sentence or the one before) and the members joined to it.
    func pluralAntecedents(of pronoun: Mention) -> [Int]? {
        guard lexicon.pronouns["neutral"]?.contains(doc.tokens[pronoun.range.lowerBound].lower) == true else { return nil }
        let s = doc.sentenceOf[pronoun.range.lowerBound]
        let floor = doc.sentences[max(0, s - 1)].range.lowerBound
        let before = mentions(in: floor..<pronoun.range.lowerBound).filter { !$0.isModifier }
        guard var k = before.lastIndex(where: { $0.entity == pronoun.entity && $0.form != .pronoun }) else { return nil }
        var members = [before[k].entity]
        while k > 0 {
            let previous = before[k - 1]
            guard previous.range.upperBound <= before[k].range.lowerBound else { break }
            let between = (previous.range.upperBound..<before[k].range.lowerBound).map { doc.tokens[$0].lower }
            guard !between.isEmpty, isListGap(between) || between == [","] else { break }
            if !members.contains(previous.entity) { members.insert(previous.entity, at: 0) }
            k -= 1
        }
        return members
    }

    /// Words between two members of a list: commas, "and", "as well as", an appositive.
    func isListGap(_ raw: [String]) -> Bool {
        let vocab = self.vocab
        let words = raw.filter { $0 != "the" }
        if words.isEmpty { return false }
        let joined = words.joined(separator: " ")
        if vocab.listGaps.contains(joined) { return true }
        // "A (role of X), B" and "A, role of X, and B": an appositive between members.
        if let last = words.last, vocab.listJoiners.contains(last) || joined.hasSuffix(", and") {
            if vocab.appositiveOpeners.contains(words.first!) { return words.count <= 16 && !words.contains(where: { lexicon.speechVerbs.contains($0) }) }
            // "X and the council leader, Y": a title introducing the next member.
            if words.first == "and", last == ",", words.count <= 6 { return true }
        }
        // "X and the artist Y": one common noun introducing the next member.
        // (Not a verb: "praised X and said Y ...".)
        if words.count == 2, words[0] == "and", words[1].allSatisfy(\.isLetter),
           !vocab.nonTitleWords.contains(words[1]), !lexicon.speechVerbs.contains(words[1]), !lexicon.isPastForm(words[1]) { return true }
        // "X and Prime Minister Y": a title right before the next member.
        if let first = words.first, vocab.listJoiners.contains(first), words.count >= 2, words.count <= 5 {
            let titleWords = words.dropFirst().filter { $0 != "," }
            let title = titleWords.joined(separator: " ")
            if lexicon.roles.contains(title) || vocab.titleHeads.contains(where: { title.hasSuffix(" " + $0) }) { return true }
            // "X and the council's board member Y": a role, with the body or words that qualify it before.
            if (1..<min(titleWords.count, 3)).contains(where: { lexicon.roles.contains(titleWords.suffix($0).joined(separator: " ")) }),
               !titleWords.contains(where: { lexicon.speechVerbs.contains($0) }) { return true }
        }
        return false
    }

    /// Targets after a cue: the first mention and the list it heads, within the clause;
    /// else the owner of a document named there ("praised the report" after "the institute's report").
    func targets(after start: Int, to end: Int, limit: Int = 12) -> [Int] {
        var candidates = mentions(in: start..<end).filter { !inParentheses($0.range.lowerBound) }
        // "backed his health secretary": a possessive right before the one it qualifies is not the object.
        if candidates.count > 1, candidates[0].form == .pronoun, candidates[1].range.lowerBound == candidates[0].range.upperBound,
           lexicon.entityVocabulary.possessiveDeterminers.contains(doc.tokens[candidates[0].range.lowerBound].lower) {
            candidates.removeFirst()
        }
        // "held talks with her Turkish counterpart, X": the possessive qualifies a noun whose
        // appositive names the object (not "criticised her handling of it, X said").
        if candidates.count > 1, candidates[0].form == .pronoun,
           lexicon.entityVocabulary.possessiveDeterminers.contains(doc.tokens[candidates[0].range.lowerBound].lower) {
            let gap = candidates[0].range.upperBound..<candidates[1].range.lowerBound
            let after = candidates[1].range.upperBound
            if (2...5).contains(gap.count), doc.tokens[gap.upperBound - 1].text == ",",
               gap.dropLast().allSatisfy({ doc.tokens[$0].isWord && !speechVerbAt[$0] && !isPastTenseVerb(doc.tokens[$0]) && !vocab.listJoiners.contains(doc.tokens[$0].lower) }),
               after >= doc.tokens.count || !speechVerbAt[after] {
                candidates.removeFirst()
            }
        }
        if let owner = ownedDocument(at: start, before: candidates.first?.range.lowerBound ?? end) { return [owner] }
        guard let first = candidates.first, first.range.lowerBound - start <= limit else { return [] }
        // "welcomed the end of X": the act on X is the object, not X.
        let of = first.range.lowerBound - (first.range.lowerBound - 1 > start && doc.tokens[first.range.lowerBound - 1].lower == "the" ? 2 : 1)
        if of > start, doc.tokens[of].lower == "of", vocab.endingNouns.contains(doc.tokens[of - 1].lower) { return [] }
        // "met several officials and visited X": the object was no stakeholder, and X is the
        // object of another verb.
        if first.range.lowerBound > start + 1, ((start + 1)..<first.range.lowerBound).contains(where: { k in
            doc.tokens[k].lower == "and" && k + 1 < first.range.lowerBound && (isPastTenseVerb(doc.tokens[k + 1]) || lexicon.speechVerbs.contains(doc.tokens[k + 1].lower))
        }) { return [] }
        // "criticised the fare rise, with the minister warning ...", "... the plan, saying X had":
        // an object phrase no stakeholder closed by a comma, and a new clause after it.
        if let comma = (start..<first.range.lowerBound).first(where: { doc.tokens[$0].text == "," }), comma > start,
           (start..<comma).contains(where: { doc.tokens[$0].isWord }), comma + 1 < first.range.lowerBound,
           opensNewClause(doc.tokens[comma + 1]), !opensMembers(at: comma + 1),
           !vocab.listGaps.contains((comma..<first.range.lowerBound).map { doc.tokens[$0].lower }.filter { $0 != "the" }.joined(separator: " ")) { return [] }
        return listMembers(candidates, skippingGoverned: true)
    }

    /// Whether the words at `k` name the members of the phrase before ("union leaders,
    /// including X and Y").
    func opensMembers(at k: Int) -> Bool {
        let one = doc.tokens[k].lower
        var length = 0
        if vocab.memberOpeners.contains(one) { length = 1 } else if k + 1 < doc.tokens.count, vocab.memberOpeners.contains(one + " " + doc.tokens[k + 1].lower) { length = 2 }
        guard length > 0 else { return false }
        // A member must follow at once ("including X", not "including calling for X").
        var m = k + length
        if m < doc.tokens.count, vocab.articles.contains(doc.tokens[m].lower) { m += 1 }
        return m < doc.tokens.count && mentionAt[m] != nil
    }

    /// A lower-case word after a comma that opens a clause of its own ("with", "saying",
    /// "which"), not a list's next member or an appositive ("the", "and", "its").
    func opensNewClause(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalised && !vocab.listJoiners.contains(token.lower)
            && !lexicon.entityVocabulary.determiners.contains(token.lower) && !vocab.articles.contains(token.lower)
    }

    /// A lower-case word in the past tense: "-ed" or an irregular form the lexicon lists ("paid").
    func isPastTenseVerb(_ token: Token) -> Bool {
        guard token.kind == .word, !token.isCapitalised else { return false }
        return lexicon.isPastForm(token.lower)
    }

    // MARK: - Cues

    mutating func findCues(in s: Int) {
        let sentence = doc.sentences[s].range
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            guard doc.tokens[i].isWord, mentionAt[i] == nil, !responseTriggerTokens.contains(i) else { i += 1; continue }
            // "Met", "Reform", "Support" capitalised inside a sentence are names, not verbs.
            if doc.tokens[i].isCapitalised, i > sentence.lowerBound, doc.tokens[i - 1].kind != .openQuote, doc.tokens[i - 1].text != ":" { i += 1; continue }
            // "a heart attack", "came back": the cue's word in a phrase that is no act.
            if lexicon.cuesByFirstWord[doc.tokens[i].lower] != nil, nonActPhraseEnd(covering: i, limit: sentence.upperBound) != nil { i += 1; continue }
            var matched: (CuePattern, Int, Range<Int>?)?
            var described: Int?
            for cue in lexicon.cuesByFirstWord[doc.tokens[i].lower] ?? [] {
                if let (end, slot) = match(cue, at: i, limit: sentence.upperBound) { matched = (cue, end, slot); break }
                // "accused the cabinet minister of ...": the pattern's shape holds around someone
                // not recognised; a shorter pattern would take a later name as the target.
                if let (end, slot) = match(cue, at: i, limit: sentence.upperBound, requireMention: false) {
                    // "..., accusing the landlord of ...": a description naming the one body the
                    // sentence named before, other than its subject.
                    if let slot, let body = describedBody(in: slot, before: i, sentence: sentence) { matched = (cue, end, slot); described = body }
                    break
                }
            }
            guard let (cue, end, slot) = matched else { i += 1; continue }
            // "wants answers from X", "the union's replies": a response word in -s after a word
            // that is no subject is a plural noun, not a verb.
            if cue.type == .response, end == i + 1, doc.tokens[i].lower.hasSuffix("s"), i > sentence.lowerBound,
               mentionAt[i - 1] == nil, doc.tokens[i - 1].isWord, !doc.tokens[i - 1].lower.hasSuffix("ly"),
               !lexicon.pronouns.values.contains(where: { $0.contains(doc.tokens[i - 1].lower) }) { i += 1; continue }
            let before = found.count
            apply(cue, cueRange: i..<end, slot: slot, sentence: s, describedTarget: described)
            if found.count > before { cueTokens.formUnion(i..<end) }
            i = end
            if cue.type == .pledge {
                // "pledged to meet X", "promised to back Y": the act promised is part of the pledge.
                var k = end
                while k < sentence.upperBound, k - end < 4, mentionAt[k] == nil { k += 1 }
                i = k
            }
        }
    }

    /// The end of a phrase the lexicon lists as no act nor opinion (`non_act_phrases`: "heart
    /// attack", "thanks to", "nothing short of") that covers token `i`, if one does.
    /// (Always inlined: from `findCues`, which mutates, a call would copy the whole finder.)
    @inline(__always)
    func nonActPhraseEnd(covering i: Int, limit: Int) -> Int? {
        let tokens = doc.tokens
        for start in max(0, i - 3)...i {
            if let length = vocab.nonActPhrases.longestMatch(at: start, limit: limit, { tokens[$0].lower }), start + length > i {
                return start + length
            }
        }
        return nil
    }

    /// Matches a cue pattern at token `i`; returns the end of the match and the target slot.
    func match(_ cue: CuePattern, at i: Int, limit: Int, requireMention: Bool = true) -> (Int, Range<Int>?)? {
        var k = i
        var slot: Range<Int>?
        var e = 0
        let elements = cue.elements
        while e < elements.count {
            switch elements[e] {
            case .word(let forms):
                // Quotation marks inside a phrase ("urged them to 'come back to the table'") are no words.
                if e > 0, k < limit, doc.tokens[k].kind == .openQuote || doc.tokens[k].kind == .closeQuote { k += 1 }
                guard k < limit, forms.contains(doc.tokens[k].lower) else { return nil }
                k += 1
            case .gap:
                // Skip up to three words before the next element matches.
                var skip = 0
                while skip < 3, e + 1 < elements.count, k < limit {
                    if case .word(let forms) = elements[e + 1], forms.contains(doc.tokens[k].lower) { break }
                    k += 1
                    skip += 1
                }
            case .target:
                let start = k
                guard e + 1 < elements.count else {
                    // X at the end: the slot runs to the next mention list.
                    guard let m = mentionAt[k] ?? (k + 1 < limit ? mentionAt[k + 1] : nil) else { return nil }
                    slot = start..<mentions[m].range.upperBound
                    k = mentions[m].range.upperBound
                    break
                }
                var found = false
                while k < limit, k - start <= 16 {
                    if case .word(let forms) = elements[e + 1], forms.contains(doc.tokens[k].lower), k > start { found = true; break }
                    k += 1
                }
                guard found, !requireMention || (start..<k).contains(where: { mentionAt[$0] != nil }) else { return nil }
                slot = start..<k
            }
            e += 1
        }
        // "the hosts", "a back", "their attacks": a one-word cue after a determiner is a noun.
        // ("every warning we gave it": a verb's form in -ing after one is a noun, whatever follows;
        // not a cue written as a noun, "a meeting with".)
        if cue.elements.count == 1 || cue.text.hasPrefix("~") && doc.tokens[i].lower.hasSuffix("ing"), i > 0,
           vocab.nounDeterminers.contains(doc.tokens[i - 1].lower) { return nil }
        // "support staff", "attack dogs": the cue word modifying a noun is no act.
        // (But "criticised Network Rail": a name is the object, whatever its first word.)
        // (A past form is a verb: "praised staff at X".)
        if cue.elements.count == 1, k < limit, vocab.modifiedNouns.contains(doc.tokens[k].lower), !doc.tokens[k].isCapitalised,
           !doc.tokens[i].lower.hasSuffix("ed") { return nil }
        // "back down", "backed off", "meeting the needs": not the cue's sense.
        if k < limit, cue.elements.count == 1, vocab.phrasalParticles.contains(doc.tokens[k].lower),
           let first = doc.tokens[i].lower.first, ["b", "h"].contains(first) { return nil }
        return (k, slot)
    }

    func isNegated(_ i: Int, floor: Int) -> Bool {
        let window = max(floor, i - 5)..<i
        return lexicon.negationPhrases.occurs(in: window) { doc.tokens[$0].lower }
            || window.contains { doc.tokens[$0].lower.hasSuffix("n't") }
    }

    /// "denied that it had met X", "denies having criticised Y": the act is inside a denial
    /// (a denial verb, then "that" or an -ing form, within a few words before the cue).
    func isDenied(_ i: Int, sentence: Range<Int>) -> Bool {
        guard let d = (max(sentence.lowerBound, i - 8)..<i).last(where: { vocab.denialVerbs.contains(doc.tokens[$0].lower) }) else { return false }
        // "denied meeting X", "denied that ...", "denied having ...", "denied he had met X".
        if d + 1 == i { return true }
        let next = doc.tokens[d + 1].lower
        return next == "that" || next == "having" || mentionAt[d + 1] != nil
    }

    /// "will respond", "is to meet": an act still to come is no act yet (but may be a pledge).
    func isFuture(_ i: Int, floor: Int) -> Bool {
        (max(floor, i - 3)..<i).contains { vocab.futureMarkers.contains(doc.tokens[$0].lower) }
    }

    /// "how much the government has promised": a subject that names no stakeholder stands
    /// right before the cue (across auxiliaries and adverbs), so the act is not the sentence subject's.
    func hasUnnamedSubject(before c: Int, floor: Int) -> Bool {
        let vocab = self.vocab
        var k = c - 1
        while k >= floor, vocab.beForms.contains(doc.tokens[k].lower) || vocab.speechAdverbs.contains(doc.tokens[k].lower)
                || vocab.modals.contains(doc.tokens[k].lower) { k -= 1 }
        guard k >= floor, mentionAt[k] == nil else { return false }
        let t = doc.tokens[k]
        return t.isWord && !vocab.subjectJoiners.contains(t.lower)
    }

    /// "I would like to thank X", "we must condemn": said in a quote, the words do the act.
    func isPerformative(_ i: Int, type: InteractionType, floor: Int) -> Bool {
        guard type == .support || type == .criticism, doc.quoteOf[i] != nil, i >= 2,
              doc.tokens[i - 1].lower == "to", vocab.wishVerbs.contains(doc.tokens[i - 2].lower) else { return false }
        let first = (lexicon.pronouns["first_singular"] ?? []).union(lexicon.pronouns["first_plural"] ?? [])
        return (max(floor, i - 5)..<i).contains { first.contains(doc.tokens[$0].lower) }
    }

    func isHedged(_ i: Int, floor: Int) -> Bool {
        lexicon.hedgePhrases.occurs(in: max(floor, i - 5)..<i) { doc.tokens[$0].lower }
    }

    /// The organisation a definite description in a cue's slot stands for ("the landlord"): the
    /// only body named earlier in the sentence that is not its subject.
    func describedBody(in slot: Range<Int>, before cue: Int, sentence: Range<Int>) -> Int? {
        guard slot.count >= 2, slot.count <= 4, doc.tokens[slot.lowerBound].lower == "the",
              slot.dropFirst().allSatisfy({ doc.tokens[$0].isWord && !doc.tokens[$0].isCapitalised && mentionAt[$0] == nil }) else { return nil }
        let subjects = Set(subjects(from: sentence.lowerBound, to: cue))
        let bodies = Set(mentions(in: sentence.lowerBound..<cue).map(\.entity).filter { entity($0).kind == .organisation && !subjects.contains($0) })
        return bodies.count == 1 ? bodies.first : nil
    }

    mutating func apply(_ cue: CuePattern, cueRange: Range<Int>, slot: Range<Int>?, sentence s: Int, describedTarget: Int? = nil) {
        let vocab = self.vocab
        let sentence = doc.sentences[s].range
        let c = cueRange.lowerBound
        let cStart = clauseStart(c, sentence: sentence)
        if isNegated(c, floor: cStart) || isDenied(c, sentence: sentence) { return }
        if cue.type != .pledge && isHedged(c, floor: cStart) && !isPerformative(c, type: cue.type, floor: cStart) { return }
        if cue.type != .pledge && isFuture(c, floor: cStart) { return }
        let cueWord = doc.tokens[c].lower
        // "a proper meeting with X was overdue": a meeting spoken of, not held.
        // "the respect to sit down with us": a meeting wanted is not one held.
        if cue.type == .meeting, c > sentence.lowerBound, doc.tokens[c - 1].lower == "to" { return }
        // But "after a meeting with X", "at a meeting with X": one that was held.
        let held = c >= sentence.lowerBound + 2 && vocab.heldMeetingDeterminers.contains(doc.tokens[c - 1].lower)
            && vocab.heldMeetingPrepositions.contains(doc.tokens[c - 2].lower)
        if cueWord.hasPrefix("meeting"), !held, (max(sentence.lowerBound, c - 2)..<c).contains(where: { vocab.unheldMeetingWords.contains(doc.tokens[$0].lower) }) { return }
        var cEnd = clauseEnd(cueRange.upperBound, sentence: sentence)
        cEnd = relativeClauseEnd(after: cueRange.upperBound, clauseStart: cStart, clauseEnd: cEnd, sentence: sentence)
        if cue.type == .pledge || cue.type == .response {
            // "pledged to write to X", "responded to X's": the object may sit past a "that",
            // but not past what else the actor said ("..., and said teachers at the school ...").
            cEnd = min(sentence.upperBound, max(cEnd, cueRange.upperBound + 10))
            if let said = (cueRange.upperBound..<cEnd).first(where: { speechVerbAt[$0] }) { cEnd = said }
        }

        var actors: [Int] = []
        var targetList: [Int] = []
        let isParticiple = cueWord.hasSuffix("ed") || vocab.irregularParticiples.contains(cueWord)
        let beBefore = (max(cStart, c - 3)..<c).contains { vocab.beForms.contains(doc.tokens[$0].lower) && !vocab.perfectAuxiliaries.contains(doc.tokens[$0].lower) }
        // "was criticised by X", "was accused by X of ...", "was branded 'a disgrace' by X": the
        // agent may stand inside the pattern's slot or after a quoted phrase.
        // ("was slammed for its handling of the crisis by X": past a reason the passive gives.)
        let reasonFirst = cueRange.upperBound < sentence.upperBound && vocab.reasonPrepositions.contains(doc.tokens[cueRange.upperBound].lower)
        let byAfter = ((c + 1)..<min(max(cEnd, cueRange.upperBound), cueRange.upperBound + (reasonFirst ? 12 : 8))).first { k in
            doc.tokens[k].lower == "by" && (k < cueRange.upperBound + 3 || reasonFirst && mentionAt[k + 1] != nil
                || (cueRange.upperBound..<k).contains { doc.tokens[$0].kind == .closeQuote })
        }
        if cue.isReversed {
            // "X came under fire from Y": Y acts, X is acted upon.
            actors = targets(after: cueRange.upperBound, to: cEnd, limit: 8)
            targetList = subjects(from: cStart, to: c, allowPossessive: true)
            if targetList.isEmpty { targetList = subjects(from: sentence.lowerBound, to: c, allowPossessive: true) }
            // "The levy sparked a backlash from Y": whoever made the levy is acted upon.
            if targetList.isEmpty, let owner = ownedDocument(at: cStart, before: c) { targetList = [owner] }
        } else if isParticiple, beBefore || c > sentence.lowerBound && doc.tokens[c - 1].text == ",", let by = byAfter {
            // Passive: "X was criticised by Y".
            // The agent may come after its title: "backed by the trust's medical director, Dr X".
            actors = targets(after: by + 1, to: cEnd, limit: 8)
            targetList = subjects(from: cStart, to: c, allowPossessive: true)
            // "X, who chairs Y, was praised by Z": past the relative clause's closing comma, X is acted on.
            if cStart > sentence.lowerBound, ["which", "who"].contains(doc.tokens[cStart - 1].lower),
               (cStart..<c).contains(where: { doc.tokens[$0].text == "," }), let antecedent = antecedent(of: cStart - 1) {
                targetList = [antecedent]
            }
            if targetList.isEmpty, cStart > sentence.lowerBound, ["which", "who"].contains(doc.tokens[cStart - 1].lower) {
                targetList = antecedent(of: cStart - 1).map { [$0] } ?? []
            }
            if targetList.isEmpty { targetList = subjects(from: sentence.lowerBound, to: c, allowPossessive: true) }
            if targetList.isEmpty, let owner = ownedDocument(at: cStart, before: c) { targetList = [owner] }
            if targetList.isEmpty, let maker = nominalSubject(from: cStart, to: c) { targetList = [maker] }
        } else if isParticiple && beBefore {
            return // passive with no named agent
        } else {
            actors = subjects(from: cStart, to: c)
            // "X said the trust had met Y": the reported clause has a subject of its own.
            if let first = actors.first.flatMap({ a in mentions(in: cStart..<c).first { $0.entity == a } }),
               let said = lastSpeechVerbUse(in: first.range.upperBound..<c),
               said > cStart, !["who", "which", "that"].contains(doc.tokens[said - 1].lower),
               !(said..<c).contains(where: { doc.tokens[$0].text == "," }),
               // ("X said the college was right to act and blamed Y": a past verb after "and" at the
               // end of what was said is the speaker's second act, when the reported clause had its own verb.)
               !(c > said + 2 && lexicon.entityVocabulary.coordinators.contains(doc.tokens[c - 1].lower) && lexicon.isPastForm(doc.tokens[c].lower)
                 && ((said + 1)..<(c - 1)).contains(where: { opensWithVerb($0) && mentionAt[$0] == nil })) {
                let reported = subjects(from: said + 1, to: c)
                if !reported.isEmpty { actors = reported }
            }
            // "When asked why the trust waited, X responded": the question opening the sentence
            // holds no actor; the main clause after its comma does.
            let tokens = doc.tokens // (captured alone: capturing `self` would copy the finder)
            if cue.type == .response, lexicon.responses.questionOpeners.longestMatch(at: sentence.lowerBound, limit: sentence.upperBound, { tokens[$0].lower }) != nil,
               let comma = (sentence.lowerBound..<c).last(where: { doc.tokens[$0].text == "," }) {
                let main = subjects(from: comma + 1, to: c)
                if !main.isEmpty { actors = main }
            }
            // "a letter from X that criticised Y", "the report that attacked Y": the relative
            // clause's subject is what "that" refers back to, or that document's owner.
            if actors.isEmpty, cStart > sentence.lowerBound + 1, doc.tokens[cStart - 1].lower == "that", let actor = relativeActor(cStart - 1) {
                actors = [actor]
            }
            // "X, who met A and B, said she would meet them": past the relative clause's closing
            // comma, the main clause has its own subject.
            if cStart > sentence.lowerBound, ["which", "who"].contains(doc.tokens[cStart - 1].lower),
               let comma = (cStart..<c).last(where: { doc.tokens[$0].text == "," }) {
                let main = subjects(from: comma + 1, to: c)
                if !main.isEmpty { actors = main }
            }
            // "the union's criticism of the trust": the possessor of a noun cue acts.
            if lexicon.nounCues.contains(cueWord), c >= 2, ["'s", "'"].contains(doc.tokens[c - 1].lower), let m = mentionAt[c - 2] {
                actors = [mentions[m].entity]
            } else if lexicon.nounCues.contains(cueWord), !held {
                // "spitting blood over right-wing attacks on X": an act named after a preposition
                // is someone else's, not the subject's.
                var k = c - 1
                while k > cStart, !doc.tokens[k].isCapitalised, doc.tokens[k].isWord, !vocab.prepositions.contains(doc.tokens[k].lower),
                      !vocab.nounCuePrepositions.contains(doc.tokens[k].lower), c - k <= 3 { k -= 1 }
                if k >= cStart, vocab.prepositions.contains(doc.tokens[k].lower) || vocab.nounCuePrepositions.contains(doc.tokens[k].lower) { return }
            }
            if cStart > sentence.lowerBound, ["which", "who"].contains(doc.tokens[cStart - 1].lower),
               (cStart..<c).contains(where: { doc.tokens[$0].text == "," }) && c > 0 && doc.tokens[c - 1].text == "," || actors.isEmpty && cStart > sentence.lowerBound && ["which", "who"].contains(doc.tokens[cStart - 1].lower) {
                // "X, who met Y last week, praised Z": the relative clause closed; X acts.
                actors = antecedent(of: cStart - 1).map { [$0] } ?? []
            }
            // "to hear him criticising the report": the one right before a participle does it.
            if cueWord.hasSuffix("ing"), c > sentence.lowerBound, let m = mentionAt[c - 1], !mentions[m].isModifier,
               mentions[m].range.lowerBound > sentence.lowerBound, vocab.perceptionVerbs.contains(doc.tokens[mentions[m].range.lowerBound - 1].lower) {
                actors = [mentions[m].entity]
            }
            if actors.isEmpty, let q = doc.quoteOf[c], let speaker = quoteSpeaker[q] {
                actors = [speaker]
            }
            // "A joined B in condemning X": B acts too.
            if cueWord.hasSuffix("ing"), c >= 3, doc.tokens[c - 1].lower == "in", let m = mentionAt[c - 2],
               mentions[m].range.lowerBound > 0, lexicon.descriptions.joiningVerbs.contains(doc.tokens[mentions[m].range.lowerBound - 1].lower)
                || mentions[m].range.lowerBound > 1 && doc.tokens[mentions[m].range.lowerBound - 1].lower == "the"
                && lexicon.descriptions.joiningVerbs.contains(doc.tokens[mentions[m].range.lowerBound - 2].lower),
               !actors.contains(mentions[m].entity) {
                actors.append(mentions[m].entity)
            }
            // "we are happy to talk to X" in a joint statement: every speaker acts.
            if let q = doc.quoteOf[c], actors.count == 1, actors.first == quoteSpeaker[q] { actors = speakers(ofQuote: q) }
            if actors.isEmpty, held {
                // "X hailed a step forward after a meeting with Y": the sentence's subject met Y.
                actors = subjects(from: sentence.lowerBound, to: c)
            }
            if actors.isEmpty, !hasUnnamedSubject(before: c, floor: cStart) {
                // "The minister also waded in, defending the chair": the sentence's subject acts.
                actors = subjects(from: sentence.lowerBound, to: c)
            }
            if actors.isEmpty, let pair = pairSubject(from: cStart, to: c) {
                actors = pair
            }
            if actors.isEmpty, cueRange.lowerBound - sentence.lowerBound <= 2,
               let comma = (cueRange.upperBound..<sentence.upperBound).first(where: { doc.tokens[$0].text == "," }) {
                // "In response to X's evidence, she said": the actor follows the fronted phrase.
                actors = subjects(from: comma + 1, to: clauseEnd(comma + 1, sentence: sentence)).prefix(1).map { $0 }
            }
            if let describedTarget {
                targetList = [describedTarget]
            } else if let slot {
                targetList = targets(after: slot.lowerBound, to: slot.upperBound, limit: 16)
            } else if cue.type == .pledge || !governsNextCue(after: cueRange.upperBound, clauseEnd: cEnd, sentence: sentence) {
                targetList = targets(after: cueRange.upperBound, to: cEnd)
            }
        }
        // "criticised three trusts: A, B and C": a colon after a short object opens its members.
        if targetList.isEmpty, !cue.isReversed, slot == nil, cEnd < sentence.upperBound, doc.tokens[cEnd].text == ":",
           cEnd - cueRange.upperBound <= 4, mentions(in: cueRange.upperBound..<cEnd).isEmpty {
            targetList = targets(after: cEnd + 1, to: clauseEnd(cEnd + 1, sentence: sentence), limit: 3)
        }
        // "X hailed a major step forward after a meeting with Y": praise or blame of what a
        // meeting brought, with no one named as its object, is aimed at the one met.
        if targetList.isEmpty, cue.type == .support || cue.type == .criticism, let met = oneMet(after: cueRange.upperBound, sentence: sentence) {
            targetList = [met]
        }
        let conf = (isHedged(c, floor: cStart) ? 0.6 : 0.8) + (slot != nil ? 0.1 : 0)
        // Which reading made the act: the cue's type, its voice and how the target was found.
        let voice = cue.isReversed ? "reversed" : (byAfter != nil && isParticiple ? "passive" : "active")
        let ruleID = "cue.\(cue.type.rawValue).\(voice)" + (describedTarget != nil ? ".described" : "")
        let cueText = doc.text(cueRange)
        if cue.type == .response {
            let last = doc.tokens[cueRange.upperBound - 1].lower
            if slot == nil && !vocab.responseCueEndings.contains(last) { targetList = [] }
            applyResponse(actors: actors, targets: targetList, cueRange: cueRange, clauseEnd: cEnd, sentence: s, cue: cueText)
            return
        }
        // "A and B attacked each other's plans": each actor acts on every other.
        // ("A and B clashed over the ruling": a verb whose subjects act on one another.)
        if targetList.isEmpty, actors.count >= 2, !cue.isReversed,
           isReciprocalObject(at: slot?.lowerBound ?? cueRange.upperBound, limit: cEnd) || slot == nil && vocab.reciprocalVerbs.contains(doc.tokens[cueRange.lowerBound].lower) {
            for a in actors {
                for b in actors where b != a { record(a, b, cue.type, at: c, sentence: s, cue: cueText, confidence: conf, rule: "cue.\(cue.type.rawValue).reciprocal") }
                speakers.append((s, a))
            }
            return
        }
        // "Talks between X and Y broke down": every party is named after the cue, none before it.
        if cue.type == .meeting, vocab.pairPrepositions.contains(doc.tokens[cueRange.upperBound - 1].lower) {
            for (x, a) in targetList.enumerated() { for b in targetList[(x + 1)...] where b != a { record(a, b, .meeting, at: c, sentence: s, cue: cueText, confidence: conf, rule: "cue.meeting.between") } }
            return
        }
        if cue.type == .meeting && targetList.isEmpty && actors.count >= 2 {
            for (x, a) in actors.enumerated() { for b in actors[(x + 1)...] { record(a, b, .meeting, at: c, sentence: s, cue: cueText, confidence: conf, rule: "cue.meeting.pair") } }
            return
        }
        // "Thanks a lot, X, for another fine mess": praise whose own clause blames is irony.
        if cue.type == .support, doc.quoteOf[c] != nil,
           evaluativeWords(in: cueRange.upperBound..<max(cueRange.upperBound, cEnd)).contains(where: { !$0.2 && !$0.3 }) { return }
        for a in actors {
            for t in targetList { record(a, t, cue.type, at: c, sentence: s, cue: cueText, confidence: conf, rule: ruleID) }
            speakers.append((s, a))
        }
    }

    /// "each other", "one another" (the lexicon's `reciprocal_objects`) opening at `k`, within the clause.
    func isReciprocalObject(at k: Int, limit: Int) -> Bool {
        guard k + 1 < limit else { return false }
        return vocab.reciprocalObjects.contains(doc.tokens[k].lower + " " + doc.tokens[k + 1].lower)
    }

    /// The one met in "after (a) meeting with Y" or "following talks with Y" within a dozen
    /// words after `start`: a held meeting's preposition, an optional determiner, a word that
    /// opens a meeting cue, then "with" and a mention.
    func oneMet(after start: Int, sentence: Range<Int>) -> Int? {
        var k = start
        while k + 3 < sentence.upperBound, k < start + 12 {
            defer { k += 1 }
            guard vocab.heldMeetingPrepositions.contains(doc.tokens[k].lower) else { continue }
            var n = k + 1
            if vocab.heldMeetingDeterminers.contains(doc.tokens[n].lower) { n += 1 }
            guard n + 1 < sentence.upperBound, lexicon.cuesByFirstWord[doc.tokens[n].lower]?.contains(where: { $0.type == .meeting }) == true,
                  doc.tokens[n + 1].lower == "with" else { continue }
            return targets(after: n + 2, to: sentence.upperBound, limit: 3).first
        }
        return nil
    }

    /// "backed a motion of no confidence in X": another cue stands between this one and the next
    /// mention, so that mention is the other cue's target, and this cue's object is the phrase.
    func governsNextCue(after end: Int, clauseEnd: Int, sentence: Range<Int>) -> Bool {
        guard let first = mentions(in: end..<clauseEnd).first else { return false }
        return (end..<first.range.lowerBound).contains { k in
            (lexicon.cuesByFirstWord[doc.tokens[k].lower] ?? []).contains { match($0, at: k, limit: sentence.upperBound) != nil }
        }
    }

    /// What a relative "that" at `rel` refers back to: the stakeholder named right before it, or
    /// the owner of the document or act named there; nil when it is neither.
    func relativeActor(_ rel: Int) -> Int? {
        var k = rel - 1
        if k > 0, doc.tokens[k].text == "," {
            k -= 1
            // "the audit office report, published in May, which found": past the appositive.
            if mentionAt[k] == nil, !actOwners.isOwnable(doc.tokens[k].lower),
               let open = (max(0, k - 8)..<k).last(where: { doc.tokens[$0].text == "," }) { k = open - 1 }
        }
        guard k >= 0 else { return nil }
        if let m = mentionAt[k], !mentions[m].isModifier { return mentions[m].entity }
        guard actOwners.isOwnable(doc.tokens[k].lower) else { return nil }
        // "the audit office report which found": the body naming the document right before it.
        if k > 0, let m = mentionAt[k - 1] { return mentions[m].entity }
        return actOwners.owner(of: doc.tokens[k].lower, at: rel, window: 0)
    }

    /// "The two held talks", "Both men met": the last two people mentioned before.
    func pairSubject(from start: Int, to cue: Int) -> [Int]? {
        let words = (start..<cue).map { doc.tokens[$0].lower }
        guard words.count >= 2 && vocab.pairSubjects.contains(words[0] + " " + words[1])
            || words.first == "both" && words.count <= 2 else { return nil }
        // "X held talks with A and B. The two sides met again": the sides of the last sentence's
        // engagement, when it had two; none when it had more.
        let s = doc.sentenceOf[start]
        let before = found.filter { $0.sentence == s - 1 }
        if !before.isEmpty {
            let sides = Set(before.flatMap { [$0.source, $0.target] })
            return sides.count == 2 ? sides.sorted() : nil
        }
        var people: [Int] = []
        for m in mentions.reversed() where m.range.upperBound <= start && entity(m.entity).kind == .person {
            if !people.contains(m.entity) { people.append(m.entity) }
            if people.count == 2 { return people }
        }
        return nil
    }

    /// The stakeholder a "who" or "which" refers back to, skipping an appositive.
    func antecedent(of relative: Int) -> Int? {
        // The comma right before "who" closes the antecedent's phrase; it opens no appositive.
        var r = relative
        if r > 0, doc.tokens[r - 1].text == "," { r -= 1 }
        return headMention(before: r)
    }

    mutating func applyResponse(actors: [Int], targets explicit: [Int], cueRange: Range<Int>, clauseEnd: Int, sentence s: Int, cue: String) {
        let sentence = doc.sentences[s].range
        for a in actors {
            let own = entity(a).affiliation
            var targets = explicit.filter { $0 != a && $0 != own }
            let followedByTo = cueRange.upperBound < sentence.upperBound && vocab.responseCueEndings.contains(doc.tokens[cueRange.upperBound - 1].lower)
            let unnamedObject = cueRange.upperBound < sentence.upperBound && vocab.unnamedObjectOpeners.contains(doc.tokens[cueRange.upperBound].lower)
            if targets.isEmpty, followedByTo || unnamedObject {
                // "responded to a tweet": an unnamed target, no interaction.
                continue
            }
            if targets.isEmpty {
                // "X's words/tweet/comments" later in the sentence.
                for m in mentions(in: cueRange.upperBound..<sentence.upperBound) where m.entity != a && m.entity != own {
                    let after = m.range.upperBound
                    guard after + 1 < doc.tokens.count, doc.tokens[after].lower == "'s" else { continue }
                    var noun = after + 1
                    while noun < sentence.upperBound, vocab.statementModifiers.contains(doc.tokens[noun].lower) { noun += 1 }
                    if noun < sentence.upperBound, lexicon.responses.statementNouns.contains(doc.tokens[noun].lower) { targets = [m.entity]; break }
                }
            }
            // "X hit back, saying Y had misrepresented the figures", "responded by saying Y was
            // playing politics": the one the answer speaks of is the one answered.
            // (The last one to have spoken comes first when they engaged this actor, or the
            // answer speaks of them or their body.)
            var spokenOf: Int?
            if targets.isEmpty, !unnamedObject,
               let said = (cueRange.upperBound..<min(sentence.upperBound, cueRange.upperBound + 4)).first(where: { speechVerbAt[$0] }),
               let spoken = mentions(in: (said + 1)..<self.clauseEnd(said + 1, sentence: sentence)).first(where: { $0.entity != a && $0.entity != own && entity($0.entity).affiliation != a && doc.quoteOf[$0.range.lowerBound] == nil }) {
                spokenOf = spoken.entity
            }
            // "Asked if the dispute was closer, he replied": the questioner, unnamed, is answered.
            let tokens = doc.tokens
            let questionOpener = lexicon.responses.questionOpeners.longestMatch(at: sentence.lowerBound, limit: sentence.upperBound, { tokens[$0].lower })
            // ("When asked by ITV News why ...": a newspaper or broadcaster asking is no one answered.)
            let answersUnnamed = questionOpener.map { length in
                let by = sentence.lowerBound + length
                guard by + 1 < sentence.upperBound, tokens[by].lower == "by" else { return true }
                // ("asked by reporters": no stakeholder asked either.)
                return mentionAt[by + 1].map { entity(mentions[$0].entity).orgKind == "newspaper" } ?? true
            } ?? false
            if targets.isEmpty, !answersUnnamed {
                // The last other speaker in the previous few sentences.
                // "X wrote to Y asking it to think again. Y replied ...": the one who wrote.
                let addresser = addressedBy(a, own: own, before: s)
                if let addresser, !speakers.contains(where: { $0.entity != a && $0.entity != own && $0.entity != addresser.entity && $0.sentence < s && $0.sentence > addresser.sentence }) {
                    targets = [addresser.entity]
                } else if let previous = speakers.last(where: { $0.entity != a && $0.entity != own && $0.sentence < s && s - $0.sentence <= 6 }) {
                    var p = previous.entity
                    // The last speaker had not engaged this actor's side, one before had (within twelve
                    // sentences: quotes may stand between): that one.
                    let side = side(of: a)
                    let acts = found
                    let engaged = { (e: Int) in acts.contains { $0.source == e && $0.sentence < s && side.contains($0.target) } }
                    if !engaged(p), spokenOf == nil,
                       let earlier = speakers.last(where: { $0.entity != a && $0.entity != own && $0.sentence < s && s - $0.sentence <= 12 && engaged($0.entity) }) {
                        p = earlier.entity
                    }
                    // A body that spoke only through its delegates: its own person who spoke last is answered.
                    if entity(p).kind == .organisation,
                       mentions(in: doc.sentences[previous.sentence].range).contains(where: { $0.entity == p && $0.rule == DelegatesPass().id }),
                       let person = speakers.last(where: { $0.sentence < s && s - $0.sentence <= 12 && entity($0.entity).affiliation == p }) {
                        p = person.entity
                    }
                    if let spokenOf, spokenOf != p, entity(p).affiliation != spokenOf,
                       !found.contains(where: { $0.source == p && ($0.target == a || own != nil && $0.target == own) }) {
                        targets = [spokenOf]
                    } else {
                        targets = [p]
                    }
                }
            }
            if targets.isEmpty, let spokenOf { targets = [spokenOf] }
            for t in targets { record(a, t, .response, at: cueRange.lowerBound, sentence: s, cue: cue, confidence: 0.7, rule: "cue.response") }
            speakers.append((s, a))
        }
    }

    mutating func record(_ source: Int, _ target: Int, _ type: InteractionType, at token: Int, sentence s: Int, cue: String, confidence: Double, rule: String) {
        guard source != target else { return }
        // Answering, backing or meeting one's own organisation (or member) is not an engagement
        // between stakeholders.
        if type == .response || type == .support || type == .meeting {
            if entity(source).affiliation == target || entity(target).affiliation == source { return }
        }
        let explicit = explicitDate(for: token, sentence: s) ?? pastPerfectDate(actor: source, token: token, sentence: s)
        found.append(FoundInteraction(source: source, target: target, type: type, date: explicit ?? dates.articleDate,
                                      dateIsExplicit: explicit != nil, sentence: s, cue: cue.contains("\n") ? cue.collapsingWhitespace : cue, confidence: confidence, rule: rule))
    }

    /// "X had suggested ..." with no time of its own: the past perfect looks back to the time of
    /// the actor's statement named before ("comments by X broadcast on Thursday"), the last
    /// time expression (outside quotes) of the six sentences before that also names the actor.
    func pastPerfectDate(actor: Int, token: Int, sentence s: Int) -> EventDate? {
        let range = doc.sentences[s].range
        guard doc.quoteOf[token] == nil,
              (range.lowerBound..<token).contains(where: { doc.tokens[$0].lower == "had" && doc.quoteOf[$0] == nil && $0 + 1 < token && isPastTenseVerb(doc.tokens[$0 + 1]) })
        else { return nil }
        for earlier in stride(from: s - 1, through: max(0, s - 6), by: -1) {
            let r = doc.sentences[earlier].range
            guard mentions(in: r).contains(where: { $0.entity == actor }) else { continue }
            if let e = expressionsBySentence[earlier].last(where: { doc.quoteOf[$0.range.lowerBound] == nil }) { return e.date }
        }
        return nil
    }

    /// The act's date: a time expression in its clause, else in its sentence, else the article's date.
    func date(for token: Int, sentence s: Int) -> EventDate? {
        explicitDate(for: token, sentence: s) ?? dates.articleDate
    }

    /// The date a time expression gives the act: in its clause, else before it in its sentence,
    /// else in an earlier sentence of the same paragraph (a narrative keeps its time).
    func explicitDate(for token: Int, sentence s: Int) -> EventDate? {
        let range = doc.sentences[s].range
        // A future act ("will respond on 19 January") is dated by when it was announced.
        if (max(range.lowerBound, token - 3)..<token).contains(where: { vocab.datingFutureMarkers.contains(doc.tokens[$0].lower) }) { return nil }
        let expressions = expressionsBySentence[s]
        var cStart = clauseStart(token, sentence: range)
        let cEnd = relativeClauseEnd(after: token, clauseStart: cStart, clauseEnd: clauseEnd(token, sentence: range), sentence: range)
        // "X, who took up the post on Monday, met Y": the closed relative clause has its own time.
        if cStart > range.lowerBound, ["who", "which"].contains(doc.tokens[cStart - 1].lower),
           let comma = (cStart..<token).last(where: { doc.tokens[$0].text == "," }) {
            cStart = comma + 1
        }
        var pool = expressions.filter { $0.range.lowerBound >= cStart && $0.range.lowerBound < cEnd }
        if pool.isEmpty { pool = expressions.filter { $0.range.lowerBound < token && !(cStart > range.lowerBound && $0.range.lowerBound >= clauseStart(token, sentence: range) && $0.range.lowerBound < cStart) } }
        // "hit back, saying the plan was agreed in January": what was said has its own times.
        if let content = (token..<range.upperBound).first(where: { $0 > token && doc.tokens[$0].kind == .word && (speechVerbAt[$0] || doc.tokens[$0].lower == "that") }) {
            pool = pool.filter { $0.range.lowerBound < content }
        }
        // "... and said surveyors would start in July": a time still to come dates nothing past.
        pool = pool.filter { e in !(max(range.lowerBound, e.range.lowerBound - 6)..<e.range.lowerBound).contains { vocab.timeFutureMarkers.contains(doc.tokens[$0].lower) } }
        if let nearest = pool.min(by: { abs($0.range.lowerBound - token) < abs($1.range.lowerBound - token) }) {
            return nearest.date
        }
        guard doc.quoteOf[token] == nil else { return nil }
        // A narrative keeps its time within a paragraph: an act with no time of its own takes the
        // last time named before it there (outside quotes and relative clauses). Across paragraphs
        // this guessed wrong as often as right on the Samples, so it stops at the paragraph.
        return narrativeDates[s]
    }

    /// `narrativeDates`: for each sentence, the date of the last time expression outside quotes
    /// and relative clauses in the nearest earlier sentence of the same paragraph that has one.
    func findNarrativeDates() -> [EventDate?] {
        var carried: [EventDate?] = []
        carried.reserveCapacity(doc.sentences.count)
        for s in doc.sentences.indices {
            guard s > 0, doc.sentences[s - 1].paragraph == doc.sentences[s].paragraph else { carried.append(nil); continue }
            let range = doc.sentences[s - 1].range
            let last = expressionsBySentence[s - 1].last { doc.quoteOf[$0.range.lowerBound] == nil && !inRelativeClause($0.range.lowerBound, sentence: range) }
            carried.append(last?.date ?? carried[s - 1])
        }
        return carried
    }

    /// Inside "X, who met Y last week, praised Z" the relative clause ends at the comma before
    /// the main verb (an act or a speech verb), not at the commas of an appositive.
    func relativeClauseEnd(after t: Int, clauseStart: Int, clauseEnd: Int, sentence: Range<Int>) -> Int {
        guard clauseStart > sentence.lowerBound, ["who", "which"].contains(doc.tokens[clauseStart - 1].lower), t < clauseEnd else { return clauseEnd }
        let comma = (t..<clauseEnd).first { k in
            doc.tokens[k].text == "," && k + 1 < clauseEnd
                && (lexicon.cuesByFirstWord[doc.tokens[k + 1].lower] != nil || speechVerbAt[k + 1]
                    || vocab.mainClauseVerbs.contains(doc.tokens[k + 1].lower))
        }
        return comma ?? clauseEnd
    }

    /// Whether token `t` stands in a "who ..." or "which ..." clause of its sentence.
    func inRelativeClause(_ t: Int, sentence: Range<Int>) -> Bool {
        let start = clauseStart(t, sentence: sentence)
        return start > sentence.lowerBound && ["who", "which"].contains(doc.tokens[start - 1].lower)
    }
}
