extension RecognitionState {
    /// "The home secretary" when the article never gave anyone that role: reporters name the
    /// holder of a public office once and then call them by the office. The holder is the
    /// subject of the sentence before (or the one before that) when that person has no role of
    /// their own, is not of the other gender's title, and is not quoted.
    /// - Returns: nil for roles that are not offices (see `office_heads` in the lexicon).
    func officeHolder(_ phrase: String, at i: Int) -> Int? {
        guard let head = phrase.split(separator: " ").last.map(String.init), lexicon.officeHeads.contains(head),
              !lexicon.entityVocabulary.nonOfficeWords.contains(where: { phrase.contains($0) }) else { return nil }
        let s = doc.sentenceOf[i]
        for sentence in [s - 1, s - 2] where sentence >= 0 {
            let range = doc.sentences[sentence].range
            let subject = mentionsStarting(in: range).first {
                !$0.isModifier && doc.quoteOf[$0.range.lowerBound] == nil
                    && !($0.range.lowerBound > range.lowerBound && lexicon.entityVocabulary.obliquePrepositions.contains(tokens[$0.range.lowerBound - 1].lower))
            }
            guard let subject else { continue }
            let e = result.entities[subject.entity]
            // The subject of that sentence is the one meant only when it is a person without a role.
            guard e.kind == .person else { return nil }
            return e.role == nil && e.affiliation == nil ? subject.entity : nil
        }
        return nil
    }
}
