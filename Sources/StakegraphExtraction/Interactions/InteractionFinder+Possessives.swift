extension InteractionFinder {
    /// "X hit back at Y, saying its figures were misleading": a possessive "its" or "their"
    /// that the recogniser left alone is the organisation named last before it in its sentence
    /// (outside quotes; inside a quote, the last one named in the quote).
    mutating func resolvePossessivePronouns() {
        let possessives = lexicon.descriptions.possessivePronouns
        var added: [Mention] = []
        for (i, t) in doc.tokens.enumerated() where mentionAt[i] == nil && possessives.contains(t.lower) {
            let sentence = doc.sentences[doc.sentenceOf[i]].range
            let floor = doc.quoteOf[i].map { max(sentence.lowerBound, doc.quotes[$0].range.lowerBound) } ?? sentence.lowerBound
            let quote = doc.quoteOf[i]
            let entities = entities.entities
            let quoteOf = doc.quoteOf
            let isBody: (Mention) -> Bool = { entities[$0.entity].kind == .organisation && quoteOf[$0.range.lowerBound] == quote }
            var last = mentions(in: floor..<i).last(where: isBody)
            // "Its general secretary, X, said": at the start of a sentence, the body the sentence
            // before was about (its subject).
            if last == nil, i == sentence.lowerBound, doc.quoteOf[i] == nil, doc.sentenceOf[i] > 0 {
                let before = doc.sentences[doc.sentenceOf[i] - 1].range
                // ("Campaigners from X welcomed ...": the body its members' sentence was about.)
                var k = before.lowerBound
                if k + 2 < before.upperBound, lexicon.descriptions.memberNouns.contains(doc.tokens[k].lower),
                   lexicon.descriptions.memberPrepositions.contains(doc.tokens[k + 1].lower) {
                    k += 2
                    if vocab.articles.contains(doc.tokens[k].lower) { k += 1 }
                }
                if k > before.lowerBound, let m = mentionAt[k], isBody(mentions[m]) {
                    last = mentions[m]
                } else if let subject = subjects(from: before.lowerBound, to: before.upperBound).first {
                    last = mentions(in: before).first { $0.entity == subject && isBody($0) }
                }
            }
            guard let last else { continue }
            added.append(Mention(range: i..<(i + 1), entity: last.entity, form: .pronoun))
        }
        mentions += added
        reindex()
        affiliateByPossessive()
    }

    /// "Its general secretary, X," and "its chief executive X": X belongs to the body "its" stands for.
    mutating func affiliateByPossessive() {
        let possessives = lexicon.descriptions.possessivePronouns
        var modifiers: [Int] = []
        for (mi, m) in mentions.enumerated() where m.form == .pronoun && possessives.contains(doc.tokens[m.range.lowerBound].lower) {
            var k = m.range.upperBound
            let start = k
            while k < min(doc.tokens.count, start + 4), doc.tokens[k].isWord, mentionAt[k] == nil { k += 1 }
            let role = doc.text(start..<k).lowercased()
            guard k > start, lexicon.roles.contains(role) || lexicon.descriptions.leaderNouns.contains(role) else { continue }
            if k < doc.tokens.count, doc.tokens[k].text == "," { k += 1 }
            guard k < doc.tokens.count, let p = mentionAt[k], entity(mentions[p].entity).kind == .person else { continue }
            // The body only qualifies the person named, who is the one acting.
            modifiers.append(mi)
            // The body "its" stands for here wins over a guess from the last body named.
            entities.entities[mentions[p].entity].affiliation = m.entity
            // (The name too: the output names the affiliation by it.)
            entities.entities[mentions[p].entity].affiliationName = entities.entities[m.entity].name
            if entities.entities[mentions[p].entity].role == nil { entities.entities[mentions[p].entity].role = role }
        }
        for mi in modifiers { mentions[mi].isModifier = true }
    }
}
