extension InteractionFinder {
    // MARK: - What speakers say of others

    /// Evaluative words in quotes and reported speech become support or criticism from the
    /// speaker toward the stakeholders the clause is about.
    mutating func findSpeechSentiment(in s: Int) {
        let sentence = doc.sentences[s].range
        // Reported speech: "X said (that) ..." outside quotes.
        let vocab = self.vocab
        var reported: [(speaker: Int, content: Range<Int>)] = []
        var relativeAbout: [Int: Int] = [:]
        for v in sentence where doc.quoteOf[v] == nil && speechVerbAt[v] {
            // "X thanked Y but said ...", "adding ...": the sentence's subject speaks.
            let coordinated = doc.tokens[v].lower.hasSuffix("ing") || (v > sentence.lowerBound && vocab.speechCoordinators.contains(doc.tokens[v - 1].lower))
            var found = speakers(ofVerb: v)
            if found.isEmpty, coordinated, let subject = subjects(from: sentence.lowerBound, to: v).first { found = [subject] }
            guard let speaker = found.first else { continue }
            // "X said Y had written ... in claiming that Z failed": what X said ends where another
            // act of speech begins (that one has its own speaker, or none we know).
            let end = ((v + 1)..<sentence.upperBound).first { isSpeechVerbUse($0) } ?? sentence.upperBound
            // "told Sky News the trust was in denial": the one told is not what was said.
            var start = v + 1
            if vocab.tellingVerbs.contains(doc.tokens[v].lower) {
                var k = start
                if k < end, vocab.articles.contains(doc.tokens[k].lower) { k += 1 }
                if k < end, let m = mentionAt[k] { start = min(end, mentions[m].range.upperBound) }
            }
            for each in found { reported.append((each, start..<end)) }
            // "X's article is inaccurate, Y said" / "..., said Y": what stands before the comma is what was said.
            // ("..., the union said", "..., a spokesman for the trust said": past the articles and
            // prepositions of the speaker's phrase too.)
            var k = v - 1
            while k > sentence.lowerBound {
                if let m = mentionAt[k] { k = mentions[m].range.lowerBound - 1 }
                else if vocab.articles.contains(doc.tokens[k].lower) || vocab.speakerPhrasePrepositions.contains(doc.tokens[k].lower) && k + 1 < v && mentionAt[k + 1 + (vocab.articles.contains(doc.tokens[k + 1].lower) ? 1 : 0)] != nil { k -= 1 }
                else { break }
            }
            // ("Replying to criticism from X, Y said": a fronted phrase, not what was said.)
            let opening = doc.tokens[sentence.lowerBound].lower
            // ("Asked if the trust had failed patients, Y said", "If X fails, Y said": a question or a condition.)
            let fronted = responseTriggerTokens.contains(sentence.lowerBound) || vocab.prepositions.contains(opening)
                || opening.hasSuffix("ing") && doc.tokens[sentence.lowerBound].isWord && mentionAt[sentence.lowerBound] == nil
                || vocab.conditionOpeners.contains(opening)
                || lexicon.responses.questionOpeners.longestMatch(at: sentence.lowerBound, limit: sentence.upperBound, { [tokens = doc.tokens] in tokens[$0].lower }) != nil
            if !fronted, k > sentence.lowerBound + 2, doc.tokens[k].text == ",", doc.quoteOf[k - 1] == nil,
               !(sentence.lowerBound..<k).contains(where: { speechVerbAt[$0] }) {
                for each in found { reported.append((each, sentence.lowerBound..<k)) }
            }
            // "Moorland Transit, which he said had behaved far better": the opinion is of the antecedent.
            if let rel = (max(sentence.lowerBound, v - 3)..<v).first(where: { ["which", "who"].contains(doc.tokens[$0].lower) }),
               let about = antecedent(of: rel), about != speaker {
                relativeAbout[v + 1] = about
            }
        }
        // "According to the union, Ofsted is failing": a fronted source owns what follows its comma.
        // (Its name, right before the comma: "According to his aunt, X," names the aunt, not him.)
        if sentence.count > 4, doc.tokens[sentence.lowerBound].lower == "according", doc.tokens[sentence.lowerBound + 1].lower == "to",
           let comma = (sentence.lowerBound + 2..<min(sentence.upperBound, sentence.lowerBound + 8)).first(where: { doc.tokens[$0].text == "," }) {
            if let m = mentionAt[comma - 1], mentions[m].form != .pronoun, !mentions[m].isModifier {
                reported.append((mentions[m].entity, (comma + 1)..<sentence.upperBound))
            } else if let m = mentionAt[comma + 1], mentions[m].form == .name || mentions[m].form == .partial,
                      mentions[m].range.upperBound < sentence.upperBound, doc.tokens[mentions[m].range.upperBound].text == "," {
                // "According to his deputy, X, ...": the name in the appositive.
                reported.append((mentions[m].entity, (mentions[m].range.upperBound + 1)..<sentence.upperBound))
            }
        }
        // "Ofsted is failing, according to the union": the opinion before belongs to the source named.
        for a in sentence where doc.tokens[a].lower == "according" && a + 2 < sentence.upperBound && doc.tokens[a + 1].lower == "to" {
            if let m = mentionAt[a + 2] ?? (a + 3 < sentence.upperBound ? mentionAt[a + 3] : nil) {
                reported.append((mentions[m].entity, sentence.lowerBound..<a))
            }
        }
        // Quotes: every quoted token of this sentence with a known speaker.
        var quoted: [(speaker: Int, content: Range<Int>)] = []
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            guard let q = doc.quoteOf[k], quoteSpeaker[q] != nil else { k += 1; continue }
            let end = min(sentence.upperBound, doc.quotes[q].range.upperBound)
            for speaker in speakers(ofQuote: q) { quoted.append((speaker, k..<end)) }
            k = end
        }
        let second = lexicon.pronouns["second"] ?? []
        for (speaker, content) in reported + quoted {
            // "You cannot shut them out", in the letter with which X answered Y: "you" is Y.
            var addressee = letterAddressee(in: sentence, writer: speaker)
            if addressee == nil, !content.isEmpty, doc.quoteOf[content.lowerBound] != nil, content.contains(where: { second.contains(doc.tokens[$0].lower) }) {
                addressee = found.last(where: { $0.source == speaker && $0.type == .response && $0.sentence <= s && s - $0.sentence <= 4 })?.target
            }
            evaluate(content, speaker: speaker, sentence: s, about: relativeAbout[content.lowerBound], addressee: addressee)
        }
    }

    /// "In a letter to X, Y said ...", "Y wrote to X saying ...": the one written to in this
    /// sentence, outside quotes, when it is not the writer or the writer's own body and the
    /// sentence names no other stakeholder.
    func letterAddressee(in sentence: Range<Int>, writer: Int) -> Int? {
        for k in sentence where doc.quoteOf[k] == nil && vocab.letterWords.contains(doc.tokens[k].lower) {
            var a = k + 1
            guard a < sentence.upperBound, doc.tokens[a].lower == "to" else { continue }
            a += 1
            if a < sentence.upperBound, doc.tokens[a].lower == "the" { a += 1 }
            guard a < sentence.upperBound, let m = mentionAt[a], !mentions[m].isModifier else { continue }
            let target = mentions[m].entity
            guard target != writer, entity(writer).affiliation != target, entity(target).affiliation != writer else { continue }
            // "wrote to X accusing Y of ...": a third stakeholder named is the one judged.
            let others = mentions(in: sentence).filter { ![writer, target].contains($0.entity) && entity($0.entity).affiliation != writer }
            return others.isEmpty ? target : nil
        }
        return nil
    }

    /// Whether the word at `k` is a speech verb used as a verb outside quotes ("had claimed",
    /// "told"), not a noun ("the minister's comments", "their claims").
    func isSpeechVerbUse(_ k: Int) -> Bool {
        let w = doc.tokens[k].lower
        guard doc.quoteOf[k] == nil, lexicon.speechVerbs.contains(w),
              vocab.plainSpeechForms.contains(w) || w.hasSuffix("ed") || w.hasSuffix("ing") else { return false }
        if qualifiesNoun(k) { return false }
        return k == 0 || !vocab.nounDeterminers.contains(doc.tokens[k - 1].lower)
    }

    /// "a ballot result announced by the union": a participle in -ed after a common noun, with its
    /// agent, qualifies the noun; nobody speaks ("X was told by Y" still does: a copula stands before).
    func qualifiesNoun(_ k: Int) -> Bool {
        guard doc.tokens[k].lower.hasSuffix("ed"), k > 0, k + 1 < doc.tokens.count, doc.tokens[k + 1].lower == "by", mentionAt[k - 1] == nil,
              doc.sentenceOf[k - 1] == doc.sentenceOf[k] else { return false }
        let before = doc.tokens[k - 1]
        return before.isWord && !before.isCapitalised && !vocab.beForms.contains(before.lower) && !before.lower.hasSuffix("ly")
            && !vocab.perfectAuxiliaries.contains(before.lower)
    }

    /// The last token of `range` that `isSpeechVerbUse` accepts. A loop rather than
    /// `last(where:)`: from a mutating method, that closure would copy the whole finder.
    func lastSpeechVerbUse(in range: Range<Int>) -> Int? {
        var k = range.upperBound
        while k > range.lowerBound {
            k -= 1
            if isSpeechVerbUse(k) { return k }
        }
        return nil
    }

    /// For "it is <judgement> that X ..." / "it was <judgement> of X to ...": X and those listed with it.
    func extraposedSubjects(after end: Int, evaluative w: Int, sentence: Range<Int>) -> [Int]? {
        let vocab = self.vocab
        var k = w - 1
        // (past a quotation mark too: it was "unacceptable" that ...)
        while k > sentence.lowerBound, vocab.judgementModifiers.contains(doc.tokens[k].lower) || doc.tokens[k].kind == .openQuote { k -= 1 }
        // ("it beggars belief that X ...": a phrase of judgement that is a verb follows "it" itself.)
        // (Not "it should be held accountable": after a modal or an auxiliary, "it" is a subject.)
        let head = doc.tokens[w].lower
        let verbAfterIt = k >= sentence.lowerBound && vocab.extraposedSubjects.contains(doc.tokens[k].lower)
            && !vocab.modals.contains(head) && !vocab.beForms.contains(head) && !vocab.perfectAuxiliaries.contains(head)
        if !verbAfterIt {
            guard k > sentence.lowerBound, vocab.copulas.contains(doc.tokens[k].lower) else { return nil }
            var it = k - 1
            if ["'s"].contains(doc.tokens[k].lower) { it = k - 1 } else if it > sentence.lowerBound, vocab.extrapositionAuxiliaries.contains(doc.tokens[it].lower) { it -= 1 }
            guard it >= sentence.lowerBound, vocab.extraposedSubjects.contains(doc.tokens[it].lower) else { return nil }
        }
        let limit = min(sentence.upperBound, end + 25)
        if end < limit, doc.tokens[end].lower == "of", end + 1 < limit, let m = mentionAt[end + 1] { return [mentions[m].entity] }
        guard let that = (end..<limit).first(where: { vocab.extraposedClauseOpeners.contains(doc.tokens[$0].lower) }) else { return nil }
        let found = subjects(from: that + 1, to: clauseEnd(that + 1, sentence: sentence), allowPossessive: true, allowSecondPerson: true)
        return found.isEmpty ? nil : found
    }

    /// The stakeholder a sentence's opening names as its topic ("Commenting on X's plans,"),
    /// or the topic of the sentence that opened the quote this sentence continues.
    func topic(of s: Int) -> Int? {
        var sentence = doc.sentences[s].range
        if let q = doc.quoteOf[sentence.lowerBound] ?? doc.quoteOf[min(sentence.upperBound - 1, sentence.lowerBound + 1)] {
            sentence = doc.sentences[doc.sentenceOf[doc.quotes[q].opening ?? doc.quotes[q].range.lowerBound]].range
        }
        let start = sentence.lowerBound
        let tokens = doc.tokens // (captured alone: capturing `self` would copy the finder)
        guard let length = lexicon.stance.topicOpeners.longestMatch(at: start, limit: sentence.upperBound, { tokens[$0].lower }) else { return nil }
        let end = (start + length..<sentence.upperBound).first { doc.tokens[$0].text == "," } ?? sentence.upperBound
        return mentions(in: (start + length)..<end).first.map(\.entity)
    }

    /// Multi-word evaluative phrases (longest first) found in `range`: (start, length, polarity, isState).
    func evaluativeWords(in range: Range<Int>) -> [(Int, Int, Bool, Bool)] {
        var result: [(Int, Int, Bool, Bool)] = []
        // The closures capture the tokens only: capturing `self` would copy the finder per token.
        let tokens = doc.tokens
        var i = range.lowerBound
        while i < range.upperBound {
            // Names are not opinions: "Foundation Trust" says nothing good.
            if let m = mentionAt[i] { i = max(i + 1, mentions[m].range.upperBound); continue }
            // "happy to talk to X" was read as a pledge: the same words are no opinion.
            if cueTokens.contains(i) || responseTriggerTokens.contains(i) { i += 1; continue }
            // "thanks to the weather", "it is unclear whether": no opinion of anyone.
            // (A phrase that began before `i` was met at its own first word.)
            // (An evaluative phrase at least as long is meant: "questions to answer" is no answer, but blame.)
            // (Quotation marks inside a phrase are no words: was "right to say", "serious questions" for.)
            // (Only near a quotation mark: the plain match is asked at every word.)
            let nearQuote = ((i + 1)..<min(range.upperBound, i + 4)).contains { tokens[$0].kind == .openQuote || tokens[$0].kind == .closeQuote }
            let match = nearQuote
                ? lexicon.evaluative.match(at: i, limit: range.upperBound, { tokens[$0].lower },
                                           skipping: { tokens[$0].kind == .openQuote || tokens[$0].kind == .closeQuote })
                : lexicon.evaluative.match(at: i, limit: range.upperBound, { tokens[$0].lower })
            if let length = vocab.nonActPhrases.longestMatch(at: i, limit: range.upperBound, { tokens[$0].lower }),
               length > match?.length ?? 0 { i += length; continue }
            var hit: (Int, Bool, Bool)?
            if let match {
                // "was not run properly": a standard is a judgement only when denied.
                if match.standard, !hasStanceNegator(in: max(range.lowerBound, i - 6)..<i) { i += match.length; continue }
                hit = (match.length, match.positive, match.state)
            }
            // "let children down", "let patients down": a split phrase.
            if hit == nil, doc.tokens[i].lower == "let", i + 2 < range.upperBound,
               doc.tokens[i + 1].lower == "down" || doc.tokens[i + 2].lower == "down" || (i + 3 < range.upperBound && doc.tokens[i + 3].lower == "down") {
                hit = (1, false, false)
            }
            if let (len, polarity, state) = hit {
                result.append((i, len, polarity, state))
                i += len
                // "had been right to scrap X", "failed to improve": the verb after a phrase that ends
                // in "to" is the act judged, no judgement of its own.
                if tokens[i - 1].lower == "to", i < range.upperBound, tokens[i].kind == .word { i += 1 }
            } else { i += 1 }
        }
        return result
    }

    /// Whether the clause at `k` opens with its verb, no subject before it ("... but had moved
    /// too slowly"): an auxiliary, a modal or a past form.
    func opensWithVerb(_ k: Int) -> Bool {
        let w = doc.tokens[k].lower
        return vocab.beForms.contains(w) || vocab.perfectAuxiliaries.contains(w) || vocab.modals.contains(w) || lexicon.isPastForm(w)
    }

    /// "not good", "never helpful": a negative word in `range`, outside phrases in which it negates
    /// nothing ("nothing short of remarkable", "not only brave").
    func hasStanceNegator(in range: Range<Int>) -> Bool {
        for k in range {
            let word = doc.tokens[k].lower
            guard vocab.stanceNegators.contains(word) || word.hasSuffix("n't") else { continue }
            // Only a negative word outside such a phrase negates.
            if nonActPhraseEnd(covering: k, limit: min(doc.tokens.count, range.upperBound + 3)) == nil { return true }
        }
        return false
    }

    /// - Parameters:
    ///   - about: the one a relative clause's opinion is of ("X, which he said had behaved well").
    ///   - addressee: the one written to, judged when the words name nobody else.
    mutating func evaluate(_ content: Range<Int>, speaker: Int, sentence s: Int, about: Int? = nil, addressee: Int? = nil) {
        let vocab = self.vocab
        let sentence = doc.sentences[s].range
        let own = entity(speaker).affiliation
        var done = Set<String>()
        let secondPerson = lexicon.pronouns["second"] ?? []
        for (w, len, positiveWord, isState) in evaluativeWords(in: content) {
            let cStart = max(content.lowerBound, clauseStart(w, sentence: sentence))
            var polarity = positiveWord
            // "the difficulties of getting constructive input": a negative word governs what follows.
            // ("cannot be trusted to negotiate in good faith": a negative phrase ending close before.)
            if positiveWord, evaluativeWords(in: max(cStart, w - 8)..<w).contains(where: { !$0.2 && $0.0 + $0.1 >= w - 4 }) { continue }
            // "an improvement on his predecessor's state of denial": a comparison's second term is
            // blamed by what follows it; the praise stands.
            let comparison = positiveWord && vocab.comparisonWords.contains(doc.tokens[w + len - 1].lower)
            // "Thanks a lot, X, for another fine mess": praise whose own clause then blames is irony.
            // (Past the act a phrase ending in "to" judges: "right to scrap X" is no irony.)
            let praised = w + len + (doc.tokens[w + len - 1].lower == "to" && w + len < content.upperBound ? 1 : 0)
            if positiveWord, !comparison, evaluativeWords(in: praised..<max(praised, min(content.upperBound, clauseEnd(w, sentence: sentence)))).contains(where: { !$0.2 && !$0.3 }) { continue }
            // "whether the commission can correct its failings": after a modal, a word of praise is
            // a verb of what may be done, not a judgement.
            // (Not a phrase that opens with its own negation: "did not doubt X".)
            if positiveWord, w > content.lowerBound, vocab.modals.contains(doc.tokens[w - 1].lower), !vocab.stanceNegators.contains(doc.tokens[w].lower) { continue }
            // "it is a problem that X speaks out ...": what a negative judgement's clause reports
            // is judged by it, not praised.
            if positiveWord, let that = (content.lowerBound..<w).last(where: { doc.tokens[$0].lower == "that" }), that > content.lowerBound,
               evaluativeWords(in: max(content.lowerBound, that - 6)..<that).contains(where: { !$0.2 && !$0.3 }) { continue }
            // "the assembly had been ignored", "staff were let down": the passive's subject
            // suffers the act; the speaker does not judge it.
            // ("councils were 'let down badly' by the Treasury": unless the agent is named; it is judged.)
            // ("residents had been 'treated with contempt' by A and B": any passive phrase of blame
            // with its agents named judges every one of them.)
            var passiveAgents: [Int] = []
            let harm = vocab.harmParticiples.contains(doc.tokens[w].lower)
            if !positiveWord, !isState, harm || lexicon.isPastForm(doc.tokens[w].lower),
               let be = (max(cStart, w - 5)..<w).last(where: { vocab.beForms.contains(doc.tokens[$0].lower) && !vocab.perfectAuxiliaries.contains(doc.tokens[$0].lower) }),
               !(be..<w).contains(where: { mentionAt[$0] != nil }) {
                let agents = agents(after: w + len, sentence: sentence)
                if agents.isEmpty && harm { continue }
                passiveAgents = agents
            }
            // "the humiliation he experienced", "X faced abuse": one undergoing it is not judged.
            let after = w + len
            if !positiveWord, !isState, (max(cStart, w - 3)..<w).contains(where: { vocab.experienceVerbs.contains(doc.tokens[$0].lower) })
                || after < content.upperBound && mentionAt[after].map({ mentions[$0].range.upperBound }).map({ $0 < content.upperBound && vocab.experienceVerbs.contains(doc.tokens[$0].lower) }) == true { continue }
            // "if she had gone crazy ...": what a condition supposes judges no one.
            // (A condition closed by its comma before the word leaves the main clause's judgement.)
            if let cond = (cStart..<w).last(where: { vocab.conditionOpeners.contains(doc.tokens[$0].lower) }),
               !(cond..<w).contains(where: { doc.tokens[$0].text == "," }) { continue }
            if hasStanceNegator(in: max(cStart, w - 6)..<w) {
                if !positiveWord { continue }
                polarity = false
            }
            // The blame after a comparison ("better than his predecessor's chaos") falls on the
            // one compared, when named; not on the one praised before it.
            let compared = !polarity ? comparisonEnd(before: w, from: cStart) : nil
            var targets: [Int]
            if let compared {
                targets = mentions(in: compared..<w).filter { $0.form != .pronoun && !$0.isModifier }.map(\.entity)
            } else if !passiveAgents.isEmpty {
                targets = passiveAgents
            } else if isState {
                var a = w + len
                // "was 'disappointed' that X ...": past a closing quotation mark too.
                while a < content.upperBound, vocab.stateTargetSkips.contains(doc.tokens[a].lower)
                        || doc.tokens[a].kind == .closeQuote { a += 1 }
                targets = self.targets(after: a, to: clauseEnd(a + 1, sentence: sentence), limit: 3)
            } else {
                targets = subjects(from: cStart, to: w, allowPossessive: true, allowSecondPerson: true)
                // "I met X, who has been incredibly courageous": the relative clause judges its antecedent.
                let rel = cStart - 1
                if targets.isEmpty, rel > sentence.lowerBound, ["who", "which", "whose"].contains(doc.tokens[rel].lower) {
                    let before = rel > 0 && doc.tokens[rel - 1].text == "," ? rel - 2 : rel - 1
                    if before >= 0, let m = mentionAt[before], !mentions[m].isModifier { targets = [mentions[m].entity] }
                }
                // "We found X's approach to be wholly insufficient", "I think X is wrong": the speaker
                // as subject judges the one named after.
                if !targets.isEmpty, targets.allSatisfy({ $0 == speaker || $0 == own }),
                   let me = mentions(in: cStart..<w).first(where: { $0.entity == speaker || $0.entity == own }),
                   me.range.upperBound < w, lexicon.stance.judgingVerbs.contains(doc.tokens[me.range.upperBound].lower) {
                    let judged = subjects(from: me.range.upperBound, to: w, allowPossessive: true, allowSecondPerson: true)
                    if !judged.isEmpty { targets = judged }
                }
                // "she admired X", "we do not doubt X's intentions": a judging word that is the
                // speaker's own verb (after auxiliaries or a negation only, no "be") judges its object.
                // (Not a phrase that opens with an auxiliary: "we did a great job on him" praises the speaker.)
                let head = doc.tokens[w].lower
                if !targets.isEmpty, targets.allSatisfy({ $0 == speaker || $0 == own }),
                   !vocab.doForms.contains(head), !vocab.perfectAuxiliaries.contains(head), !vocab.beForms.contains(head), !vocab.modals.contains(head),
                   let me = mentions(in: cStart..<w).last(where: { $0.entity == speaker || $0.entity == own }),
                   me.range.upperBound <= w, (me.range.upperBound..<w).allSatisfy({ k in
                       let word = doc.tokens[k].lower
                       return !vocab.beForms.contains(word) && (vocab.perfectAuxiliaries.contains(word) || vocab.modals.contains(word)
                           || vocab.stanceNegators.contains(word) || word.hasSuffix("n't") || vocab.doForms.contains(word))
                   }) {
                    let object = self.targets(after: w + len, to: min(content.upperBound, clauseEnd(w + len, sentence: sentence)), limit: 4)
                    if !object.isEmpty { targets = object }
                }
                // "It is disappointing that she ...", "it was wrong of X to ...": the judged one is
                // in the clause the adjective introduces.
                if targets.isEmpty, let judged = extraposedSubjects(after: w + len, evaluative: w, sentence: sentence) { targets = judged }
                if targets.isEmpty, let about { targets = [about] }
                // "Commenting on X's plans, Y said: 'This is a reckless gamble'".
                if targets.isEmpty, lexicon.stance.topicPronouns.contains(doc.tokens[cStart].lower), let topic = topic(of: s) { targets = [topic] }
                // "called the threat heavy-handed": the opinion is of whoever made the threat.
                if targets.isEmpty, let owner = ownedDocument(at: cStart, before: w) { targets = [owner] }
                if targets.isEmpty {
                    // "a vendetta against X": X suffers the act judged, it is not the one judged.

                    // Within what was said: not the listener after "he told X" nor a later clause.
                    let end = min(content.upperBound, clauseEnd(w, sentence: sentence))
                    // (Not one inside the phrase itself: "tied her hands" judges no "her".)
                    let inClause = mentions(in: cStart..<end).filter { m in
                        guard !(w..<(w + len)).contains(m.range.lowerBound) else { return false }
                        // (past a title in capitals: "the allegations against Vice President X")
                        let b = wordBefore(mentionAt: m.range.lowerBound, floor: cStart)
                        // ("woeful management at X": the body where the judged thing happens.)
                        let locative = b >= w + len && b - (w + len) <= 3 && vocab.locativePrepositions.contains(doc.tokens[b].lower)
                            && !((w + len)..<b).contains { !doc.tokens[$0].isWord || doc.tokens[$0].isCapitalised }
                        return b < cStart || locative || !vocab.sufferingPrepositions.contains(doc.tokens[b].lower)
                    }
                    targets = inClause.map(\.entity)
                }
                // "I welcome X's plan, but it is too little, too late": after a contrast, "it" is
                // what the clause before named, and its owner is judged.
                if targets.isEmpty, cStart > sentence.lowerBound + 1, lexicon.stance.topicPronouns.contains(doc.tokens[cStart].lower),
                   lexicon.clauseBreaks.contains(doc.tokens[cStart - 1].lower), doc.tokens[cStart - 1].isWord,
                   let owner = mentions(in: sentence.lowerBound..<(cStart - 1)).last(where: { m in
                       m.range.upperBound < doc.tokens.count && ["'s", "'"].contains(doc.tokens[m.range.upperBound].lower)
                   }) {
                    targets = [owner.entity]
                }
                // "X announced a freeze. Y said it was a step in the right direction": a bare
                // "it" or "this" is the act made last, in this sentence or the one before.
                if targets.isEmpty, lexicon.stance.topicPronouns.contains(doc.tokens[cStart].lower), mentionAt[cStart] == nil,
                   let owner = actOwners.lastAct(before: cStart, window: cStart - doc.sentences[max(0, s - 1)].range.lowerBound) {
                    targets = [owner]
                }
                // "X had been right to act but had moved too slowly": a clause after "but" or "and"
                // that opens with its verb has the subject of the clause before.
                // (Not after "which" or "who": a relative clause's subject is its antecedent.)
                if targets.isEmpty, cStart > sentence.lowerBound + 1, cStart < w, lexicon.clauseBreaks.contains(doc.tokens[cStart - 1].lower),
                   vocab.speechCoordinators.contains(doc.tokens[cStart - 1].lower), mentionAt[cStart] == nil, opensWithVerb(cStart) {
                    let before = max(content.lowerBound, clauseStart(cStart - 1, sentence: sentence))
                    targets = subjects(from: before, to: cStart - 1, allowPossessive: true, allowSecondPerson: false)
                }
                if targets.isEmpty, let addressee { targets = [addressee] }
                // "we can see you are not serious": past the speakers themselves, "you" is the one addressed.
                if let addressee, targets.allSatisfy({ $0 == speaker || $0 == own }),
                   (cStart..<w).contains(where: { secondPerson.contains(doc.tokens[$0].lower) && mentionAt[$0] == nil }) {
                    targets = [addressee]
                }
            }
            let ownOrg = own ?? (entity(speaker).kind == .organisation ? speaker : nil)
            // Those who make a joint statement do not judge one another by it.
            let coSpeakers = doc.quoteOf[w].map { speakers(ofQuote: $0) } ?? []
            for t in targets where t != speaker && t != own && !coSpeakers.contains(t) {
                // Colleagues: a speaker's view of their own organisation's people is not scored here.
                if let ownOrg, entity(t).affiliation == ownOrg { continue }
                if entity(speaker).kind == .organisation && entity(t).affiliation == speaker { continue }
                let type: InteractionType = polarity ? .support : .criticism
                let key = "\(t)-\(type)"
                guard done.insert(key).inserted else { continue }
                record(speaker, t, type, at: w, sentence: s, cue: doc.text(w..<(w + len)), confidence: 0.6, rule: isState ? "speech.feeling" : "speech.stance")
            }
        }
    }

    /// The end of a comparison of praise ("an improvement on") between `start` and `w`, if any.
    func comparisonEnd(before w: Int, from start: Int) -> Int? {
        for (k, len, positive, _) in evaluativeWords(in: start..<w) where positive && vocab.comparisonWords.contains(doc.tokens[k + len - 1].lower) {
            return k + len
        }
        return nil
    }

    /// "let down badly by the Treasury": the ones named after "by" right after a passive
    /// participle (past adverbs and a closing quotation mark), with the members of a list they
    /// head ("by the council and Ashcombe Homes"); none when no mention follows "by".
    func agents(after start: Int, sentence: Range<Int>) -> [Int] {
        var k = start
        while k < min(sentence.upperBound, start + 4) {
            let token = doc.tokens[k]
            if token.lower == "by" {
                var a = k + 1
                if a < sentence.upperBound, vocab.articles.contains(doc.tokens[a].lower) { a += 1 }
                guard a < sentence.upperBound, let m = mentionAt[a], !mentions[m].isModifier else { return [] }
                return listMembers(mentions(in: a..<clauseEnd(a, sentence: sentence)), skippingGoverned: false)
            }
            guard token.kind == .closeQuote || token.isWord && !token.isCapitalised && token.lower.hasSuffix("ly") else { return [] }
            k += 1
        }
        return []
    }

    // MARK: - Answers to someone

    /// "Mary, that is not what ..." and "X told Y ..." after Y spoke: a response to Y.
    mutating func findAddressResponses() {
        // In quote order: a dictionary's own order changes from run to run (and was found by
        // the fuzzer to differ between a serial and a parallel extraction).
        for (q, addressee) in quoteAddressee.sorted(by: { $0.key < $1.key }) {
            guard let speaker = quoteSpeaker[q], speaker != addressee else { continue }
            let start = doc.quotes[q].range.lowerBound
            let s = doc.sentenceOf[start]
            // Only an answer when the one addressed had acted toward the speaker or the speaker's side.
            let side = side(of: speaker)
            if found.contains(where: { $0.source == addressee && $0.sentence < s && (side.contains($0.target) || entity($0.target).affiliation.map(side.contains) == true) }) {
                record(speaker, addressee, .response, at: start, sentence: s, cue: doc.text(start..<(start + 1)), confidence: 0.65, rule: "speech.addressed-answer")
            }
        }
        for (i, t) in doc.tokens.enumerated() where vocab.tellingVerbs.contains(t.lower) && doc.quoteOf[i] == nil {
            guard let speaker = speaker(ofVerb: i), let m = mentionAt[i + 1] else { continue }
            let target = mentions[m].entity
            let s = doc.sentenceOf[i]
            guard target != speaker, entity(target).kind == .person,
                  speakers.contains(where: { $0.entity == target && $0.sentence < s }) else { continue }
            record(speaker, target, .response, at: i, sentence: s, cue: t.text, confidence: 0.65, rule: "speech.told")
            // What was told is addressed to the target: "your" in it means them.
            let sentence = doc.sentences[s].range
            let content = (mentions[m].range.upperBound)..<sentence.upperBound
            if content.contains(where: { vocab.addresseePronouns.contains(doc.tokens[$0].lower) }) {
                let negatives = evaluativeWords(in: content).filter { !$0.2 && !$0.3 }
                if let first = negatives.first {
                    record(speaker, target, .criticism, at: first.0, sentence: s, cue: doc.text(first.0..<(first.0 + first.1)), confidence: 0.6, rule: "speech.told-stance")
                }
            }
        }
    }
}

extension InteractionFinder {
    // MARK: - Feelings told by the narrator

    /// "A, B and C were increasingly alarmed about X", "Y is furious with X": a feeling the
    /// article reports of its subjects, aimed at the stakeholder after the preposition.
    mutating func findNarrativeStates(in s: Int) {
        let vocab = self.vocab
        let sentence = doc.sentences[s].range
        let tokens = doc.tokens // (captured alone: capturing `self` would copy the finder per token)
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            // A short quoted phrase inside the narrative ("were 'increasingly alarmed' about X") is the narrative's.
            let inQuote = doc.quoteOf[i].map { doc.quotes[$0].range.count > 6 } ?? false
            guard !inQuote, mentionAt[i] == nil,
                  let entry = lexicon.evaluative.entry(at: i, limit: sentence.upperBound, { tokens[$0].lower }), entry.state else { i += 1; continue }
            let end = i + entry.words.count
            defer { i = end }
            // Acts ("criticised by", "welcomed") are the cues' to read, with their voice.
            if entry.words.contains(where: { lexicon.cuesByFirstWord[$0] != nil }) { continue }
            // The feeling is the subject's: only a copula and adverbs stand between them.
            var k = i - 1
            while k >= sentence.lowerBound, mentionAt[k] == nil,
                  vocab.beForms.contains(doc.tokens[k].lower) || vocab.stateAdverbs.contains(doc.tokens[k].lower) || doc.tokens[k].kind == .openQuote { k -= 1 }
            guard k >= sentence.lowerBound, k < i - 1, mentionAt[k] != nil else { continue }
            let cStart = clauseStart(i, sentence: sentence)
            let experiencers = subjects(from: cStart, to: i)
            var p = end
            while p < sentence.upperBound, doc.tokens[p].kind == .closeQuote { p += 1 }
            guard !experiencers.isEmpty, p < sentence.upperBound, vocab.stateObjectPrepositions.contains(doc.tokens[p].lower) else { continue }
            if isNegated(i, floor: cStart) { continue }
            let aimed = targets(after: p + 1, to: clauseEnd(p + 1, sentence: sentence), limit: 3)
            for e in experiencers {
                for t in aimed where t != e && entity(t).affiliation != e && entity(e).affiliation != t {
                    record(e, t, entry.positive ? .support : .criticism, at: i, sentence: s, cue: doc.text(i..<end), confidence: 0.6, rule: "narrative.feeling")
                }
            }
        }
    }
}
