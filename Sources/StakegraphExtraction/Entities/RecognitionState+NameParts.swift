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
            if tokens[k + 1].newlineBefore { return false }
            if lexicon.entityVocabulary.creditWords.contains(t.lower) { return true }
            guard t.text == ":" || t.text == "/" || t.text == "," || isNameWord(k) else { return false }
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
        if e < tokens.count, tokens[e].kind == .word, !tokens[e].isCapitalised, !lexicon.entityVocabulary.clauseWords.contains(tokens[e].lower),
           role(at: e) == nil, !lexicon.speechVerbs.contains(tokens[e].lower), !tokens[e].lower.hasSuffix("ed") { return nil }
        return e
    }

    /// A lower-case kind noun right after a name ("think tank", "charity", "union").
    func trailingKindNoun(at j: Int) -> Bool {
        guard j < tokens.count, tokens[j].kind == .word, !tokens[j].isCapitalised, !tokens[j].newlineBefore else { return false }
        let kinds = lexicon.entityVocabulary.trailingKindNouns
        if j + 1 < tokens.count, kinds.contains(tokens[j].lower + " " + tokens[j + 1].lower) { return true }
        return kinds.contains(tokens[j].lower)
    }

    /// "Sport Northam England", "Northam Renewal UK": a name ending in a nation, whose other words
    /// are not a place ("North East England") or a person.
    func isNationalBody(_ r: Range<Int>) -> Bool {
        guard r.count >= 2, let last = r.last, lexicon.entityVocabulary.nationWords.contains(tokens[last].lower) else { return false }
        let before = r.dropLast().map { tokens[$0].lower }
        if lexicon.firstNames[before[0]] != nil { return false }
        if before.allSatisfy({ lexicon.places.contains($0) || lexicon.entityVocabulary.placeQualifiers.contains($0) }) { return false }
        if lexicon.places.contains(before.joined(separator: " ")) { return false }
        if r.lowerBound > 0, lexicon.entityVocabulary.placeContextWords.contains(tokens[r.lowerBound - 1].lower) { return false }
        return true
    }

    /// After ", a|an": up to four lower-case words that describe a person, naming no kind of body.
    func isAppositiveOfPerson(from k: Int) -> Bool {
        var j = k
        while j < tokens.count, j - k < 4, tokens[j].kind == .word, !tokens[j].isCapitalised {
            // "a supply teacher from Eastvale": what follows the preposition is where, not what.
            if j > k, lexicon.entityVocabulary.appositiveBreaks.contains(tokens[j].lower) { return true }
            if lexicon.orgKindNouns[tokens[j].lower] != nil || lexicon.orgHeads.contains(tokens[j].lower) || lexicon.nonEntityHeads.contains(tokens[j].lower) { return false }
            j += 1
        }
        return j > k && (j >= tokens.count || !tokens[j].isCapitalised || tokens[j].kind != .word)
    }

    /// The one organisation whose name holds these words in order ("Minds Co" in "Bright Minds
    /// Company"; a last "Co", "Corp", "Assoc" stands for its full word), when exactly one does.
    func organisation(containing r: Range<Int>) -> Int? {
        let short = r.map { tokens[$0].lower }
        guard short.count >= 2, !short.allSatisfy({ lexicon.stopCapitals.contains($0) }) else { return nil }
        let expansions = lexicon.entityVocabulary.abbreviatedWords
        // Only bodies whose name holds the first word can contain the run (indexed, so that a
        // long article with many bodies stays linear).
        let fits = (organisationsByWord[short[0]] ?? []).sorted().filter { e in
            guard result.entities[e].kind == .organisation else { return false }
            let words = result.entities[e].name.lowercased().split(separator: " ").map(String.init)
            guard words.count > short.count else { return false }
            for offset in 0...(words.count - short.count) {
                if short.indices.allSatisfy({ k in
                    words[offset + k] == short[k] || k == short.count - 1 && expansions[short[k]] == words[offset + k]
                }) { return !namesAnotherBody(short, within: words, endingAt: offset + short.count) }
            }
            return false
        }
        return fits.count == 1 ? fits[0] : nil
    }

    /// "Tarnwell Police" inside "Tarnwell Police Federation": words that end in a body's head word
    /// name that body, not the longer one, when the longer name adds a head word of its own after them.
    func namesAnotherBody(_ short: [String], within longer: [String], endingAt end: Int) -> Bool {
        guard let last = short.last, short.count > 1, lexicon.orgHeads.contains(last) else { return false }
        return longer[end...].contains { lexicon.orgHeads.contains($0) && !lexicon.entityVocabulary.corporateSuffixes.contains($0) }
    }

    /// A first name or surname of a person found so far.
    func isPersonNamePart(_ word: String) -> Bool {
        result.entities.contains { $0.kind == .person && ($0.surname?.lowercased() == word || $0.firstName?.lowercased() == word) }
    }

    /// "Office of ...", "Department for ...": a body's opening word, "of" or "for", and more.
    func opensWithBodyOf(_ r: Range<Int>) -> Bool {
        r.count >= 3 && lexicon.orgStarts.contains(tokens[r.lowerBound].lower) && tokens[r.lowerBound].isCapitalised
            && lexicon.entityVocabulary.bodyPrepositions.contains(tokens[r.lowerBound + 1].lower)
    }

    /// Whether "and" at `j`, inside "X of Ys and ...", starts a second body: the words before it
    /// end in a plural ("Surgeons", "GPs", not "Economics") and two or more name words follow
    /// ("Healthwatch Marden", "Northam Chamber"). "School and College Leaders" and "Authors
    /// and Illustrators" stay one name.
    func startsSecondBody(and j: Int) -> Bool {
        guard j > 0, j + 1 < tokens.count else { return false }
        let before = tokens[j - 1]
        let plural = before.text.hasSuffix("s") && !before.lower.hasSuffix("ss") && !before.lower.hasSuffix("ics")
            && before.text.count > 3 || before.isAcronym
        return plural && nameRunEnd(from: j + 1) - (j + 1) >= 2
    }

    /// After "Department for Culture" and the comma at `j`: the end of "Media and Sport" (or
    /// "Food, Farming and Rural Affairs"), when the list closes with "and" and one to three name
    /// words, each item being one to three name words; nil when it is no such list.
    func fieldListEnd(afterComma j: Int) -> Int? {
        var k = j + 1
        for _ in 0..<5 {
            let end = nameRunEnd(from: k)
            guard end > k, end - k <= 3, end < tokens.count, !tokens[end].newlineBefore else { return nil }
            if tokens[end].text == "," { k = end + 1; continue }
            guard tokens[end].lower == "and" else { return nil }
            let last = nameRunEnd(from: end + 1)
            guard last > end + 1, last - (end + 1) <= 3 else { return nil }
            return last
        }
        return nil
    }
}
