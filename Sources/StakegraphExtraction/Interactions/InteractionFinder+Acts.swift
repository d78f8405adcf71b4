extension InteractionFinder {
    /// "the report" (or "its findings", "the two-year freeze") at `start`, made by whoever
    /// an earlier "X's report", "report by X", "X published a report" or "X announced a freeze"
    /// named; nil when no such noun stands there or it has no owner.
    func ownedDocument(at start: Int, before limit: Int) -> Int? {
        var k = start
        guard k < doc.tokens.count, vocab.documentDeterminers.contains(doc.tokens[k].lower) else { return nil }
        k += 1
        // "the two-year freeze": modifiers may be hyphenated.
        while k < min(limit, start + 6), k < doc.tokens.count, !actOwners.isOwnable(doc.tokens[k].lower),
              doc.tokens[k].isWord || doc.tokens[k].text == "-", !doc.tokens[k].isCapitalised { k += 1 }
        guard k < limit, k < doc.tokens.count, actOwners.isOwnable(doc.tokens[k].lower) else { return nil }
        if vocab.possessiveDeterminers.contains(doc.tokens[start].lower) { return nil }
        // "the decision by X", "the report from X": the maker named right after the noun.
        var by = k + 1
        if by < doc.tokens.count, vocab.makerPrepositions.contains(doc.tokens[by].lower) {
            by += 1
            if by < doc.tokens.count, vocab.articles.contains(doc.tokens[by].lower) { by += 1 }
            if by < doc.tokens.count, let m = mentionAt[by] { return mentions[m].entity }
        }
        // A generic noun looks back over the sentence before and its own.
        let window = start - doc.sentences[max(0, doc.sentenceOf[start] - 1)].range.lowerBound
        let noun = doc.tokens[k].lower
        if let owner = actOwners.owner(of: noun, at: start, window: window) { return owner }
        // Nothing nearer: the act the article opened with.
        return actOwners.isUnclaimedAct(noun) ? actOwners.leadOwner : nil
    }

    /// Owners of documents and acts, from "X's report", "the report by X", "X invited Y" and
    /// "X announced a two-year freeze", in text order.
    func findActOwners() -> ActOwners {
        var owners = ActOwners(vocabulary: lexicon.acts)
        let vocabulary = lexicon.acts
        let made = vocabulary.madeNouns
        let vocab = self.vocab
        for (k, t) in doc.tokens.enumerated() where t.kind == .word && doc.quoteOf[k] == nil {
            let verbAct = vocabulary.verbActs[t.lower]
            let making = vocabulary.makingVerbs.contains(t.lower)
            guard verbAct != nil || making, mentionAt[k] == nil, let who = headMention(before: k) else { continue }
            // "X has invited Y": the invitation is X's.
            if let noun = verbAct { owners.add(noun, owner: who, at: k) }
            // "X announced a two-year freeze on": the object's head noun, past its modifiers.
            guard making else { continue }
            var j = k + 1
            while j < doc.tokens.count, j - k <= 5, mentionAt[j] == nil, !made.contains(doc.tokens[j].lower),
                  doc.tokens[j].isWord || doc.tokens[j].text == "-", !doc.tokens[j].isCapitalised, !vocab.prepositions.contains(doc.tokens[j].lower) { j += 1 }
            if j < doc.tokens.count, made.contains(doc.tokens[j].lower) { owners.add(doc.tokens[j].lower, owner: who, at: j) }
        }
        for m in mentions where !m.isModifier || doc.tokens.indices.contains(m.range.upperBound) {
            let after = m.range.upperBound
            if after + 1 < doc.tokens.count, doc.tokens[after].lower == "'s" {
                var k = after + 1
                while k < min(after + 4, doc.tokens.count), !actOwners.isOwnable(doc.tokens[k].lower), !doc.tokens[k].isCapitalised, doc.tokens[k].isWord { k += 1 }
                if k < doc.tokens.count, made.contains(doc.tokens[k].lower) { owners.add(doc.tokens[k].lower, owner: m.entity, at: k) }
            }
            var b = m.range.lowerBound - 1
            if b >= 0, doc.tokens[b].lower == "the" { b -= 1 }
            // ("by His Majesty's Inspectorate": a title in capitals before the name.)
            if b >= 3, doc.tokens[b].lower == "'s", doc.tokens[b - 1].isCapitalised,
               vocab.makerPrepositions.contains(doc.tokens[b - 2].lower) || doc.tokens[b - 2].isCapitalised && vocab.makerPrepositions.contains(doc.tokens[b - 3].lower) {
                b -= doc.tokens[b - 2].isCapitalised ? 3 : 2
            }
            guard b >= 1, vocab.makerPrepositions.contains(doc.tokens[b].lower) else { continue }
            // "the report by X", "the plan announced by X", "the new report cards, unveiled by X",
            // "the report, by X,".
            var n = b - 1
            let verb = doc.tokens[n].lower
            let making = n >= 1 && vocabulary.makingVerbs.contains(verb)
            if making { n -= 1 }
            if n >= 1, doc.tokens[n].text == ",", making || made.contains(doc.tokens[n - 1].lower) { n -= 1 }
            if made.contains(doc.tokens[n].lower) {
                owners.add(doc.tokens[n].lower, owner: m.entity, at: n)
            } else if making, let act = vocabulary.verbActs[verb] {
                // Something made that the lexicon has no noun for ("the new report cards,
                // unveiled by X"): the act of making it, which "the changes" may stand for.
                owners.add(act, owner: m.entity, at: n)
            }
        }
        owners.sort()
        // The opening: the first three sentences (a headline and a byline may come first).
        let leadEnd = doc.sentences.isEmpty ? 0 : doc.sentences[min(2, doc.sentences.count - 1)].range.upperBound
        let leadOwners = Set(owners.claims.filter { $0.token < leadEnd && made.contains($0.noun) }.map(\.owner))
        if leadOwners.count == 1 { owners.leadOwner = leadOwners.first }
        return owners
    }
}
