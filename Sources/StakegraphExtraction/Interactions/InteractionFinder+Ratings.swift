extension InteractionFinder {
    /// "The regulator rated the trust inadequate", "the school was judged outstanding by
    /// inspectors": a grade the narrative reports is the grader's stance toward the one graded
    /// (rule `narrative.rating`; verbs and the words allowed before the grade in the lexicon's
    /// `stance` section, the grade from the evaluative vocabulary).
    mutating func findRatings(in s: Int) {
        let sentence = doc.sentences[s].range
        let stance = lexicon.stance
        let tokens = doc.tokens
        let lower: (Int) -> String = { tokens[$0].lower }
        for v in sentence where doc.quoteOf[v] == nil && mentionAt[v] == nil && stance.ratingVerbs.contains(tokens[v].lower) {
            let cStart = clauseStart(v, sentence: sentence)
            let cEnd = clauseEnd(v, sentence: sentence)
            // ("has rated X" is active: a perfect's "has" makes no passive.)
            let passive = v > sentence.lowerBound && vocab.beForms.contains(tokens[v - 1].lower) && !vocab.perfectAuxiliaries.contains(tokens[v - 1].lower)
            var graders: [Int] = []
            var graded: [Int] = []
            var k = v + 1
            if passive {
                graded = subjects(from: cStart, to: v)
            } else {
                graders = subjects(from: cStart, to: v)
                // The one graded stands right after the verb.
                if k < cEnd, tokens[k].lower == "the", mentionAt[k] == nil { k += 1 }
                guard k < cEnd, let m = mentionAt[k], !mentions[m].isModifier else { continue }
                graded = [mentions[m].entity]
                k = mentions[m].range.upperBound
                // "rated X's environmental performance as 'poor'": the grade of what X does is X's.
                if k < cEnd, tokens[k].lower == "'s" {
                    var n = k + 1
                    while n < min(cEnd, k + 5), tokens[n].isWord, mentionAt[n] == nil, !stance.ratingLinks.contains(tokens[n].lower),
                          lexicon.evaluative.longestMatch(at: n, limit: cEnd, lower) == nil { n += 1 }
                    k = n
                }
            }
            while k < cEnd, stance.ratingLinks.contains(tokens[k].lower) || tokens[k].kind == .openQuote || tokens[k].kind == .closeQuote { k += 1 }
            // ("rated X poor": a word that is a grade only here, `negative_grades`.)
            guard k < cEnd, let (length, positive, _) = lexicon.evaluative.longestMatch(at: k, limit: cEnd, lower)
                    ?? (stance.negativeGrades.contains(tokens[k].lower) ? (1, false, false) : nil) else { continue }
            if passive {
                // "... judged outstanding by inspectors from X".
                var by = k + length
                while by < cEnd, tokens[by].kind == .closeQuote { by += 1 }
                guard by < cEnd, tokens[by].lower == "by" else { continue }
                graders = targets(after: by + 1, to: cEnd, limit: 4)
            }
            if isNegated(v, floor: cStart) { continue }
            let cue = doc.text(v..<(k + length))
            for grader in graders {
                for one in graded where one != grader && entity(one).affiliation != grader {
                    record(grader, one, positive ? .support : .criticism, at: v, sentence: s, cue: cue, confidence: 0.7, rule: "narrative.rating")
                }
            }
        }
    }
}
