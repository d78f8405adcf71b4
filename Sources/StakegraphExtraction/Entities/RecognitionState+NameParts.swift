extension RecognitionState {
    // MARK: - What surrounds a run: navigation, credits, role titles, lower-case heads

    /// A run that fills a segment of a navigation line or page title between "|" marks
    /// ("... | Politics News"): a site's section, not a stakeholder.
    func isNavigation(_ run: Range<Int>) -> Bool {
        let before = run.lowerBound - 1, after = run.upperBound
        let leftPipe = before >= 0 && tokens[before].text == "|" && !tokens[run.lowerBound].newlineBefore
        let rightPipe = after < tokens.count && tokens[after].text == "|" && !tokens[after].newlineBefore
        let leftEdge = leftPipe || before < 0 || tokens[run.lowerBound].newlineBefore
        let rightEdge = rightPipe || after >= tokens.count || tokens[after].newlineBefore
        return (leftPipe || rightPipe) && leftEdge && rightEdge
    }

    /// A name in a caption's credit ("Image copyright Northfoto", "Photograph: Ann Lee/Agency"):
    /// a photographer or agency, not a stakeholder.
    func isCredit(_ start: Int) -> Bool {
        var k = start - 1
        var steps = 0
        while k >= 0, steps < 8 {
            let t = tokens[k]
            if lexicon.entityVocabulary.creditWords.contains(t.lower) { return true }
            guard t.text == ":" || t.text == "/" || t.text == "," || isNameWord(k) else { return false }
            if tokens[k + 1].newlineBefore { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// Where a person's name starts that ends `r` ("... Lead Anna Berg"): two or three name
    /// words, none a head, place or common capital; the first a known given name unless a role
    /// word stands right before it.
    func trailingPersonStart(in r: Range<Int>, afterRole: Bool) -> Int? {
        for p in r where r.upperBound - p >= 2 && r.upperBound - p <= 3 && p > r.lowerBound {
            let words = (p..<r.upperBound).map { tokens[$0].lower }
            guard (p..<r.upperBound).allSatisfy({ isNameWord($0) && !tokens[$0].isAcronym }),
                  !words.contains(where: { lexicon.orgHeads.contains($0) || lexicon.stopCapitals.contains($0) || lexicon.places.contains($0) || lexicon.isExcludedName($0) }),
                  afterRole || lexicon.firstNames[words[0]] != nil else { continue }
            return p
        }
        return nil
    }

    /// "Transport Lead Anna Berg", "Eastvale Mayor Tom Reyes": a role word inside the run
    /// with a name after it. Returns the role's start and the name's start.
    func innerRole(in r: Range<Int>) -> (role: Int, name: Int)? {
        guard r.count >= 3 else { return nil }
        for k in (r.lowerBound + 1)..<(r.upperBound - 2) {
            guard let (_, len) = role(at: k), k + len < r.upperBound, !(honorificAt[k] != nil) else { continue }
            let p = k + len
            if let name = trailingPersonStart(in: (p - 1)..<r.upperBound, afterRole: true), name == p { return (k, p) }
        }
        return nil
    }

    /// The end of a lower-case head after a name ("Eastvale council", "St Anne's hospital",
    /// "Eastvale city council"), when the head names a body there.
    func lowercaseHeadEnd(after j: Int) -> Int? {
        guard j < tokens.count, tokens[j].kind == .word, !tokens[j].isCapitalised, !tokens[j].newlineBefore else { return nil }
        let heads = lexicon.entityVocabulary.lowercaseOrgHeads
        var end: Int?
        if j + 1 < tokens.count, heads.contains(tokens[j].lower + " " + tokens[j + 1].lower) { end = j + 2 }
        else if heads.contains(tokens[j].lower) { end = j + 1 }
        guard let e = end else { return nil }
        // "Eastvale council tax", "a Northam school trip": the head only qualifies a noun after it.
        if e < tokens.count, tokens[e].kind == .word, !tokens[e].isCapitalised, !Self.clauseWords.contains(tokens[e].lower),
           role(at: e) == nil, !lexicon.speechVerbs.contains(tokens[e].lower), !tokens[e].lower.hasSuffix("ed") { return nil }
        return e
    }

    /// Words that may follow a body's name: prepositions, auxiliaries, relatives.
    static let clauseWords: Set<String> = ["in", "of", "for", "and", "or", "has", "had", "have", "is", "was", "were", "are",
        "will", "would", "could", "should", "can", "may", "must", "to", "on", "at", "which", "who", "that", "said", "says",
        "after", "before", "over", "with", "by", "from", "as", "but", "than", "its", "their", "itself", "also", "last", "this"]
}
