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
            guard let last = mentions(in: floor..<i).last(where: { entity($0.entity).kind == .organisation && doc.quoteOf[$0.range.lowerBound] == doc.quoteOf[i] }) else { continue }
            added.append(Mention(range: i..<(i + 1), entity: last.entity, form: .pronoun))
        }
        mentions += added
        reindex()
    }
}
