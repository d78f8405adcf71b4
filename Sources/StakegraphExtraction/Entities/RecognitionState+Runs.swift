extension RecognitionState {
    // MARK: - Step 2: capitalised runs

    /// Groups capitalised words (with inner "of", "for", "and", "the" where names use them)
    /// and decides for each group whether it names a person, an organisation, or nothing.
    mutating func findCapitalisedRuns() {
        var i = 0
        while i < tokens.count {
            guard !taken.contains(i), isNameWord(i) || (honorificAt[i] != nil) && isNameWord(i + 1) else { i += 1; continue }
            var j = i + 1
            var sawOfFor = false
            while j < tokens.count, !tokens[j].newlineBefore, doc.sentenceOf[j] == doc.sentenceOf[i], !taken.contains(j) {
                if isNameWord(j) { j += 1; continue }
                let w = tokens[j].lower
                if w == "." && (honorificAt[j - 1] != nil) && isNameWord(j + 1) { j += 1; continue }
                // "Eastmoor Students' Union", "King's College": a possessive inside a body's name.
                // ("The Prince's Harbour Trust": after a title, the head word may come later.)
                if (w == "'" || w == "'s"), isNameWord(j + 1),
                   lexicon.orgHeads.contains(tokens[j + 1].lower)
                    || honorificAt[j - 1] != nil && ((j + 1)..<min(j + 4, tokens.count)).contains(where: { isNameWord($0) && lexicon.orgHeads.contains(tokens[$0].lower) }),
                   !lexicon.stopCapitals.contains(tokens[j - 1].lower) || tokens[j - 1].lower == "children"
                    // ("Rural Teachers' Union": a common group noun in the plural possessive.)
                    || w == "'" && tokens[j - 1].lower.count > 3 && tokens[j - 1].lower.hasSuffix("s") && tokens[j - 1].end == tokens[j].start { j += 1; continue }
                // "J. K. Rowling": an initial's full stop stays inside the name.
                if w == ".", tokens[j - 1].text.count == 1, tokens[j - 1].isCapitalised, isNameWord(j + 1), tokens[j - 1].end == tokens[j].start { j += 1; continue }
                // "Department for Culture, Media and Sport": a list of fields inside a body's name.
                if w == ",", sawOfFor, let end = fieldListEnd(afterComma: j) { j = end; continue }
                // "Ilse van der Berg": surname particles after a given name or a title.
                let particles = lexicon.entityVocabulary.surnameParticles
                if particles.contains(w), honorificAt[i] != nil || lexicon.firstNames[tokens[i].lower] != nil {
                    var k = j
                    while k < min(j + 3, tokens.count), particles.contains(tokens[k].lower) { k += 1 }
                    if k < tokens.count, isNameWord(k), !taken.contains(k), !lexicon.orgHeads.contains(tokens[k].lower) { j = k; continue }
                }
                guard lexicon.entityVocabulary.nameConnectors.contains(w) else { break }
                var next = j + 1
                if lexicon.entityVocabulary.bodyPrepositions.contains(w) && next < tokens.count && tokens[next].lower == "the" { next += 1 }
                guard isNameWord(next), !taken.contains(next) else { break }
                let previous = tokens[j - 1].lower
                let vocabulary = lexicon.entityVocabulary
                if vocabulary.bodyPrepositions.contains(w) {
                    // "Secretary of State for Transport": a role of several words ending just before.
                    let headBefore = lexicon.orgStarts.contains(previous) || lexicon.orgHeads.contains(previous) || lexicon.roles.contains(previous)
                        || lexicon.roleEndings.contains(previous)
                            && (max(i, j - lexicon.longestRole)..<(j - 1)).contains(where: { k in role(at: k).map { k + $0.1 == j } ?? false })
                    // "Vale of Brennick council": a place of several words before a lower-case head.
                    let placeThenHead = !headBefore && w == "of" && lowercaseHeadEnd(after: nameRunEnd(from: next)) != nil
                    guard headBefore || placeThenHead else { break }
                    sawOfFor = true
                    j = next
                    continue
                } else if vocabulary.nameCoordinators.contains(w) {
                    // Inside "Association of School and College Leaders", or before a head word
                    // close by, as in "Rivers and Coasts Authority".
                    // ("Jane Doe and NHS staff": a one-word body after "and" is a body of its own.)
                    let headSoon = ((next + 1)..<min(next + 3, tokens.count)).contains { isNameWord($0) && lexicon.orgHeads.contains(tokens[$0].lower) }
                        && (next..<min(next + 3, tokens.count)).allSatisfy { isNameWord($0) || $0 > next }
                    guard sawOfFor || headSoon && tokens[next - 1].lower == w && !result.mentions.contains(where: { $0.range.upperBound == j }) else { break }
                    // "Ann Lake and Ferry Guild board member X": a person's name ends before "and".
                    if !sawOfFor, (2...3).contains(j - i), lexicon.firstNames[tokens[i].lower] != nil,
                       !(i..<j).contains(where: { lexicon.orgHeads.contains(tokens[$0].lower) }) { break }
                    // "Royal College of Surgeons and Healthwatch Marden": two bodies.
                    if sawOfFor, startsSecondBody(and: j) { break }
                    // "Eastbrook NHS Trust and Westmoor NHS Trust": each side is a whole name.
                    let after = nameRunEnd(from: next)
                    // (But "University and College Union" is one: a lone head word is no whole name.)
                    let firstNameWord = (i..<j).first { !lexicon.stopCapitals.contains(tokens[$0].lower) } ?? j
                    // ("University College London and King's College London": a head word inside each side.)
                    var whole = after
                    while whole + 1 < tokens.count, tokens[whole].lower == "'s", isNameWord(whole + 1) { whole = nameRunEnd(from: whole + 1) }
                    if j - firstNameWord >= 2, (firstNameWord..<j).contains(where: { lexicon.orgHeads.contains(tokens[$0].lower) }),
                       whole - next >= 2, (next..<whole).contains(where: { lexicon.orgHeads.contains(tokens[$0].lower) }) { break }
                    j = next
                    continue
                } else if !vocabulary.runBreakingConnectors.contains(w) {
                    j = next
                    continue
                }
                break
            }
            if let headEnd = lowercaseHeadEnd(after: j), classifyWithLowercaseHead(i..<j, headEnd: headEnd) {
                i = headEnd
                continue
            }
            classify(i..<j)
            i = max(j, i + 1)
        }
    }

    /// A capitalised word the article also writes in lower case and that is no given name,
    /// title, body word or place: an ordinary word capitalised because it opens a sentence.
    func isOrdinaryOpener(_ k: Int) -> Bool {
        let w = tokens[k].lower
        return lowercaseWords.contains(w) && lexicon.firstNames[w] == nil && honorificAt[k] == nil && !lexicon.orgHeads.contains(w)
            && !lexicon.orgStarts.contains(w) && !lexicon.isExcludedName(w) && role(at: k) == nil
    }

    /// The end of the capitalised words from `k` on.
    func nameRunEnd(from k: Int) -> Int {
        var e = k
        while e < tokens.count, isNameWord(e), !taken.contains(e), e == k || !tokens[e].newlineBefore { e += 1 }
        return e
    }

    /// "the Eastvale council", "Northam city council": the run and the head name a body.
    /// False when the run cannot lead a body's name (a person, a determiner, common capitals).
    mutating func classifyWithLowercaseHead(_ run: Range<Int>, headEnd: Int) -> Bool {
        var a = run.lowerBound
        while a < run.upperBound, lexicon.stopCapitals.contains(tokens[a].lower), !lexicon.places.contains(tokens[a].lower) { a += 1 }
        guard a < run.upperBound, !isTitleCaseLine(a), honorificAt[a] == nil, lexicon.firstNames[tokens[a].lower] == nil || run.count == 1 && lexicon.places.contains(tokens[a].lower) else { return false }
        // "an east Northam school": one of many, not a body's name.
        var d = a - 1
        while d >= 0, d >= a - 3, tokens[d].kind == .word, !tokens[d].isCapitalised, !lexicon.entityVocabulary.articles.contains(tokens[d].lower) { d -= 1 }
        if d >= 0, lexicon.entityVocabulary.indefiniteDeterminers.contains(tokens[d].lower) { return false }
        if run.contains(where: { tokens[$0].isAcronym || lexicon.months.contains(tokens[$0].lower) || lexicon.weekdays.contains(tokens[$0].lower) }) { return false }
        classifyOrganisation(a..<headEnd, force: true)
        return true
    }

    /// A line in title case ("Union Slams Minister Over Pay"): its capitals say nothing of names.
    mutating func isTitleCaseLine(_ t: Int) -> Bool {
        let paragraph = doc.paragraphOf[t]
        if let cached = titleCaseParagraphs[paragraph] { return cached }
        // One pass over the paragraph's words (those starting with a letter): how many after
        // the first are capitalised, and whether every small word after the first is too.
        var words = 0, capitalised = 0
        var smallWordsCapitalised = true
        for i in doc.paragraphRange(of: t) where tokens[i].kind == .word && tokens[i].text.unicodeScalars.first?.isLetterQuickly == true {
            words += 1
            guard words > 1 else { continue }
            if tokens[i].isCapitalised { capitalised += 1 } else if lexicon.entityVocabulary.titleSmallWords.contains(tokens[i].lower) { smallWordsCapitalised = false }
        }
        // "The Port Authority blamed Network Rail.": a sentence full of names ends with a full
        // stop and keeps its verbs in lower case; a headline does neither.
        let range = doc.paragraphRange(of: t)
        let endsAsSentence = !range.isEmpty && [".", "!", "?"].contains(tokens[range.upperBound - 1].text)
        let result = words >= 4 && Double(capitalised) >= 0.7 * Double(words - 1) && smallWordsCapitalised
            && !(endsAsSentence && capitalised < words - 1)
        titleCaseParagraphs[paragraph] = result
        return result
    }

    /// Decides what a run of capitalised words names.
    mutating func classify(_ run: Range<Int>) {
        let vocabulary = lexicon.entityVocabulary
        if isTitleCaseLine(run.lowerBound) { return }
        if isNavigation(run) || isCredit(run.lowerBound) { return }
        var a = run.lowerBound
        var b = run.upperBound
        // "Imogen Tarrant MP", "Sir Hugh Varnham OBE": post-nominals are not part of the name.
        while b - a > 2, lexicon.postNominals.contains(tokens[b - 1].lower), tokens[b - 1].isAcronym || tokens[b - 1].text.count <= 3 { b -= 1 }
        // Ordinary words that happen to be capitalised lead many runs: "The", "However", "Members".
        if isOrganisationRun(run) && !(role(at: a) != nil && role(at: a)!.1 > 0 && b > a + role(at: a)!.1 && vocabulary.bodyPrepositions.contains(tokens[a + role(at: a)!.1].lower)) {
            // "Regional Transport Authority": only a leading "The" is not part of the name.
            while a < b, vocabulary.leadingDeterminers.contains(tokens[a].lower)
                    || vocabulary.leadingFunctionWords.contains(tokens[a].lower) && isSentenceStart(a) { a += 1 }
        } else {
            // "Renewal UK": a common capital that leads a nation's body stays in its name.
            while a < b, lexicon.stopCapitals.contains(tokens[a].lower), !(honorificAt[a] != nil), role(at: a) == nil,
                  !(isNationalBody(a..<b) && !vocabulary.leadingFunctionWords.contains(tokens[a].lower) && !vocabulary.determiners.contains(tokens[a].lower)) {
                a += 1
            }
        }
        // "On Monday Tom Reyes": a day (or a month that is no given name) opens no name.
        while b - a > 1, lexicon.weekdays.contains(tokens[a].lower) || lexicon.months.contains(tokens[a].lower) && lexicon.firstNames[tokens[a].lower] == nil {
            a += 1
        }
        // "Frankly, the trust ...": a sentence adverb opening a sentence is no name.
        if b - a == 1, isSentenceStart(a), tokens[a].lower.hasSuffix("ly"), b < tokens.count, tokens[b].text == ",",
           lexicon.firstNames[tokens[a].lower] == nil { return }
        // "Unpredictable Carver faces questions": a sentence's first word that the article also
        // writes in lower case, before a name it uses alone, is an ordinary word, not a given name.
        if b - a == 2, isSentenceStart(a), isOrdinaryOpener(a), (loneCapitalisedWords[tokens[a + 1].text] ?? 0) > 0 { a += 1 }
        guard a < b else { return }
        let words = (a..<b).map { tokens[$0].lower }
        let phrase = words.joined(separator: " ")
        if excluded.contains(phrase) || lexicon.isExcludedName(phrase) { return }

        // A role title in front: "Chief Inspector Sir X", "Mayor of London X", "General Secretary of Y".
        var roleText: String?
        var affiliationRange: Range<Int>?
        var start = a
        if let (r, len) = role(at: a), a + len <= b, !(honorificAt[a] != nil) || len > 1 {
            roleText = doc.text(a..<(a + len))
            start = a + len
            if start < b, vocabulary.bodyPrepositions.contains(tokens[start].lower) {
                var c = start + 1
                if c < b, tokens[c].lower == "the" { c += 1 }
                if c < b, lexicon.places.contains(tokens[c].lower) {
                    roleText = doc.text(a..<(c + 1))
                    start = c + 1
                } else if tokens[start].lower == "for", vocabulary.constituencyRoles.contains(doc.text(a..<(a + len)).lowercased()) {
                    // "MP for Ashdown": the rest is a constituency, a place.
                    roleText = doc.text(a..<b)
                    start = b
                } else {
                    // "Director of Policy and Impact Anna Berg": the name ends the run.
                    if c < b, let p = trailingPersonStart(in: c..<b, afterRole: false) {
                        // "Secretary of State for Transport Jane Doe": after an office and "for"
                        // comes its portfolio, not a body.
                        let portfolio = tokens[start].lower == "for" && isOffice(roleText ?? "")
                        if !portfolio, isOrganisationRun(c..<p) { classifyOrganisation(c..<p, force: true) }
                        addPerson(p..<b, mention: p..<b, gender: gender(ofFirstName: tokens[p].lower), role: doc.text(a..<p))
                        // The title introduces her: it is no description of someone named before.
                        taken.formUnion(a..<p)
                        return
                    }
                    // The rest names the body the role belongs to.
                    if c < b { classifyOrganisation(c..<b, force: true) }
                    return
                }
            }
            _ = r
        }
        // An honorific: the person's name follows it.
        // ("King's College", "the Prince's Trust": a title with a possessive names a body.)
        if let h = (start..<b).first(where: { honorificAt[$0] != nil && !($0 + 1 < b && ["'s", "'"].contains(tokens[$0 + 1].lower)) }) {
            var n = h + 1
            if n < b, tokens[n].text == "." { n += 1 }
            // "Professor Sir Chris Whitty": titles stacked before the name; the gendered one tells.
            // (Only when a full name follows them: "Mr Justice Fordham" keeps "Justice Fordham".)
            var gender = honorificAt[h] ?? .unknown
            var stacked = n
            var stackedGender = gender
            while stacked + 1 < b, let next = honorificAt[stacked] {
                if stackedGender == .unknown { stackedGender = next }
                stacked += 1
                if stacked < b, tokens[stacked].text == "." { stacked += 1 }
            }
            if stacked > n, self.nameEnd(from: stacked, limit: b) - stacked >= 2 {
                n = stacked
                gender = stackedGender
            }
            let nameEnd = nameEnd(from: n, limit: b)
            if h > start, roleText == nil, let (_, len) = role(at: start), start + len == h { roleText = doc.text(start..<h) }
            if h > start, roleText == nil, isOrganisationRun(start..<h) { affiliationRange = start..<h }
            if nameEnd - n >= 2 {
                addPerson(n..<nameEnd, mention: h..<nameEnd, gender: gender, role: roleText)
            } else {
                leftovers.append(h..<nameEnd)
            }
            // "Lord Smith of Finsbury": a peer's "of" and place belong to the title, no body.
            if lexicon.entityVocabulary.peerageTitles.contains(tokens[h].lower), nameEnd + 1 < b, tokens[nameEnd].lower == "of" {
                taken.formUnion(nameEnd..<b)
            }
            _ = affiliationRange
            return
        }
        if start >= b { return }
        // "Federation Transport Lead Anna Berg": a body or unit, a role, then the person.
        if roleText == nil, let (k, p) = innerRole(in: start..<b) {
            if isOrganisationRun(start..<k) { classifyOrganisation(start..<k, force: true) }
            addPerson(p..<b, mention: p..<b, gender: gender(ofFirstName: tokens[p].lower), role: doc.text(k..<p))
            return
        }
        if roleText != nil {
            let end = nameEnd(from: start, limit: b)
            if end - start >= 2 { addPerson(start..<end, mention: start..<end, gender: gender(ofFirstName: tokens[start].lower), role: roleText) }
            else if end - start == 1 { leftovers.append(start..<end) }
            return
        }
        // "Bright Minds Co" after "Bright Minds Company": part of a body's name already found.
        if b - start >= 2, let e = organisation(containing: start..<b) {
            addMention(start..<b, entity: e, form: .partial)
            return
        }
        if isOrganisationRun(start..<b) { classifyOrganisation(start..<b, force: false); return }
        // "the Northgate Exchange think tank", "the Brightwell charity": a kind noun after the name.
        // ("Rail union slams ...": one word opening a sentence is as likely a common noun.)
        if trailingKindNoun(at: b), lexicon.firstNames[tokens[start].lower] == nil || b - start == 1, honorificAt[start] == nil,
           b - start >= 2 || !isSentenceStart(start),
           !words.contains(where: { lexicon.isExcludedName($0) }) {
            classifyOrganisation(start..<b, force: true)
            return
        }
        // "Sport Northam England", "Northam Renewal UK": a body of a nation.
        if isNationalBody(start..<b) { classifyOrganisation(start..<b, force: true); return }
        // "Loopstream, the video platform, said": an appositive of a kind of body (up to two plain
        // words before the kind noun, and its closing comma).
        if b + 3 < tokens.count, tokens[b].text == ",", tokens[b + 1].lower == "the", lexicon.firstNames[tokens[start].lower] == nil,
           !words.contains(where: { lexicon.isExcludedName($0) || lexicon.stopCapitals.contains($0) }),
           let n = ((b + 2)..<min(tokens.count - 1, b + 5)).first(where: { lexicon.orgKindNouns[tokens[$0].lower] != nil || vocabulary.genericBodyNouns.contains(tokens[$0].lower) }),
           ((b + 2)..<n).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalised }), tokens[n + 1].text == "," {
            classifyOrganisation(start..<b, force: true)
            return
        }
        // "NHS Providers, which represents ...": "which" follows bodies.
        if b + 1 < tokens.count, tokens[b].text == ",", tokens[b + 1].lower == "which", lexicon.firstNames[tokens[start].lower] == nil,
           !words.contains(where: { lexicon.isExcludedName($0) }), !(b - start == 1 && lexicon.stopCapitals.contains(tokens[start].lower)) {
            classifyOrganisation(start..<b, force: true)
            return
        }
        // "campaign group Surfers Against Sewage", "the charity Mind": a kind noun names what follows.
        if start > 0, lexicon.orgKindNouns[tokens[start - 1].lower] != nil || vocabulary.genericBodyNouns.contains(tokens[start - 1].lower)
            || start > 1 && lexicon.orgKindNouns[tokens[start - 2].lower + " " + tokens[start - 1].lower] != nil,
           !tokens[start - 1].isCapitalised || start - 1 == run.lowerBound, lexicon.firstNames[tokens[start].lower] == nil, !(honorificAt[start] != nil) {
            var org = LocalEntity(name: doc.text(start..<b), kind: .organisation)
            org.orgKind = lexicon.orgKindNouns[tokens[start - 1].lower]
            let e = addEntity(org)
            addMention(start..<b, entity: e, form: .name)
            return
        }
        // "Moorland Transit's managing director": a body, whatever its words.
        if b + 1 < tokens.count, tokens[b].lower == "'s" {
            var k = b + 1
            if k < tokens.count, vocabulary.roleModifiers.contains(tokens[k].lower) { k += 1 }
            if let (r, _) = role(at: k), !vocabulary.kinshipRoles.contains(r),
               lexicon.firstNames[tokens[start].lower] == nil, !(b - start == 1 && isPersonNamePart(tokens[start].lower)) {
                // "Eastgate's MP" where the article has "residents in Eastgate": a place's representative.
                if b - start == 1, usedAsPlace(tokens[start].lower) { return }
                if let e = organisation(prefixedBy: (start..<b).map { tokens[$0].lower }) {
                    addMention(start..<b, entity: e, form: .partial, modifier: true)
                } else {
                    classifyOrganisation(start..<b, force: true)
                }
                return
            }
        }
        if let last = words.last, lexicon.nonEntityHeads.contains(last) { return }
        let count = b - start
        if count == 1 {
            let t = tokens[start]
            if let e = acronymDefinition(at: start, acronymOnly: !t.isAcronym), t.isAcronym || e != nil {
                if let e { result.entities[e].acronyms.append(t.text); addMention(start..<(start + 1), entity: e, form: .acronym) }
                return
            }
            if t.isAcronym, let e = result.entities.firstIndex(where: { $0.acronyms.contains(t.text) }) {
                addMention(start..<(start + 1), entity: e, form: .acronym)
                return
            }
            // "MADRID —", "LONDON (Reuters) -": a dateline's place opens the paragraph.
            if t.isAcronym, t.text.count >= 4, isParagraphStart(start), start + 1 < tokens.count,
               lexicon.entityVocabulary.datelineMarks.contains(tokens[start + 1].text),
               result.entities.firstIndex(where: { $0.acronyms.contains(t.text) }) == nil {
                return
            }
            // "VOTERS must ...": a long word in capitals opens a story; it abbreviates nothing.
            // "the NWP contract": an acronym before a document noun names the document's kind.
            let beforeDocument = start + 1 < tokens.count && !tokens[start + 1].isCapitalised && lexicon.nonEntityHeads.contains(tokens[start + 1].lower)
            if t.isAcronym, t.text.count <= 7, !beforeDocument, !lexicon.stopAcronyms.contains(t.lower), !lexicon.isExcludedName(t.lower), !excluded.contains(t.lower),
               !(start + 1 < tokens.count && tokens[start + 1].text == "(" && start + 2 < tokens.count && !tokens[start + 2].isCapitalised),
               !(start + 1 < tokens.count && tokens[start + 1].text == "[") {
                var org = LocalEntity(name: t.text, kind: .organisation)
                org.acronyms = [t.text]
                let e = addEntity(org)
                addMention(start..<(start + 1), entity: e, form: .acronym)
            } else {
                leftovers.append(start..<b)
            }
            return
        }
        let wordCount = (start..<b).filter { tokens[$0].text != "." }.count
        // "the General Medical Council and Healthwatch Northam": coordinated with a body, a body.
        if start >= 2, vocabulary.coordinators.contains(tokens[start - 1].lower), lexicon.firstNames[tokens[start].lower] == nil,
           let m = result.mentions.last(where: { $0.range.upperBound == start - 1 }), result.entities[m.entity].kind == .organisation {
            classifyOrganisation(start..<b, force: true)
            return
        }
        if wordCount <= 4, looksLikePersonName(start..<b) {
            addPerson(start..<b, mention: start..<b, gender: gender(ofFirstName: tokens[start].lower), role: nil)
            return
        }
        // "NHS Providers", "BBC Radio": an acronym inside a run of names makes it a body's name
        // (people's names hold no acronyms).
        // The acronym opens the run, and the other words are no roles ("NFU President X") nor acronyms.
        if wordCount >= 2, tokens[start].isAcronym, tokens[start].text.count >= 2, !lexicon.stopAcronyms.contains(tokens[start].lower),
           ((start + 1)..<b).allSatisfy({ !tokens[$0].isAcronym && role(at: $0) == nil }) {
            classifyOrganisation(start..<b, force: true)
            return
        }
        leftovers.append(start..<b)
    }

    /// For an acronym in brackets right after a name, the entity it abbreviates (`.some(nil)` when
    /// that name is no stakeholder, so the acronym is excluded too); nil when it is not in brackets.
    mutating func acronymDefinition(at i: Int, acronymOnly: Bool = false) -> Int?? {
        guard i >= 2, tokens[i - 1].text == "(", i + 1 < tokens.count, tokens[i + 1].text == ")" else { return nil }
        if let m = result.mentions.last(where: { $0.range.upperBound == i - 1 }), result.entities[m.entity].kind == .organisation {
            return .some(m.entity)
        }
        // A short name in brackets after something that is no stakeholder: no stakeholder either.
        if acronymOnly { return nil }
        excluded.insert(tokens[i].lower)
        return .some(nil)
    }

    /// A public office ("secretary of state", "schools minister"): one of its words is an office head.
    func isOffice(_ role: String) -> Bool {
        role.lowercased().split(separator: " ").contains { lexicon.officeHeads.contains(String($0)) }
    }

    func nameEnd(from n: Int, limit: Int) -> Int {
        var e = n
        // "van der Berg": particles one after another before the surname.
        let particles = lexicon.entityVocabulary.surnameParticles
        while e < limit, isNameWord(e) || (particles.contains(tokens[e].lower) && (isNameWord(e + 1) || e + 2 < limit && particles.contains(tokens[e + 1].lower) && isNameWord(e + 2)))
                || (tokens[e].text == "." && e > n && tokens[e - 1].text.count == 1 && isNameWord(e + 1)) {
            if lexicon.orgHeads.contains(tokens[e].lower) && e > n { break }
            e += 1
        }
        return e
    }

    func gender(ofFirstName word: String) -> Gender {
        lexicon.firstNames[word] ?? .unknown
    }

    func isOrganisationRun(_ r: Range<Int>) -> Bool {
        guard let last = r.last else { return false }
        let lastWord = tokens[last].lower
        // "Imperial College London", "University College London": a body's head word, then a place.
        if r.count >= 3, lexicon.places.contains(lastWord), r.dropLast().contains(where: { lexicon.orgHeads.contains(tokens[$0].lower) }),
           lexicon.firstNames[tokens[r.lowerBound].lower] == nil { return true }
        // "Office of Rail and Road", "Ministry of Health and Social Care": a body's opening
        // word and "of" or "for" make it a body, whatever its last word.
        if opensWithBodyOf(r) { return true }
        if lexicon.nonEntityHeads.contains(lastWord) { return false }
        // A lone head word ("Union", "Campaign") is a common noun, not a name.
        if lexicon.orgHeads.contains(lastWord) { return r.count > 1 }
        for k in r where lexicon.entityVocabulary.bodyPrepositions.contains(tokens[k].lower) {
            if k > r.lowerBound, lexicon.orgStarts.contains(tokens[k - 1].lower) || lexicon.orgHeads.contains(tokens[k - 1].lower) { return true }
        }
        return false
    }

    mutating func classifyOrganisation(_ r: Range<Int>, force: Bool) {
        guard !r.isEmpty else { return }
        let name = doc.text(r)
        let lowered = name.lowercased()
        if excluded.contains(lowered) || lexicon.isExcludedName(lowered) { return }
        if let last = r.last, lexicon.nonEntityHeads.contains(tokens[last].lower), !opensWithBodyOf(r) { return }
        if !force && !isOrganisationRun(r) { return }
        // "her Primary School", "their Parish Council": a common noun in capitals, not a name.
        if r.lowerBound > 0, lexicon.entityVocabulary.possessiveDeterminers.contains(tokens[r.lowerBound - 1].lower),
           !r.contains(where: { tokens[$0].isAcronym }) { return }
        if r.count == 1 && (lexicon.stopCapitals.contains(lowered) || lexicon.entityVocabulary.loneCommonNouns.contains(lowered)) { return }
        // "Lord Smith of Finsbury": a peer's "of" and place belong to the title.
        let b = r.lowerBound
        if b >= 3, tokens[b - 1].lower == "of", tokens[b - 2].isCapitalised, lexicon.entityVocabulary.peerageTitles.contains(tokens[b - 3].lower) { return }
        // "Moorland Transit" after "Moorland Transit Group": the shorter name of a body already named.
        if let e = organisation(prefixedBy: r.map { tokens[$0].lower }) {
            addMention(r, entity: e, form: .partial)
            return
        }
        var org = LocalEntity(name: name, kind: .organisation)
        org.orgKind = orgKind(forName: name)
        let e = addEntity(org)
        addMention(r, entity: e, form: .name)
        // "told The Northam Courier": a capital "The" mid-sentence belongs to the name.
        if r.lowerBound > 0, tokens[r.lowerBound - 1].text == "The", !isSentenceStart(r.lowerBound - 1) {
            result.entities[e].addAlias("The " + name)
        }
    }

    /// Two to four capitalised words that read as a person's name, given the words and their context.
    func looksLikePersonName(_ r: Range<Int>) -> Bool {
        let words = r.map { tokens[$0].lower }
        // "Joanna March": a month may be a surname after a given name.
        let givenFirst = lexicon.firstNames[words[0]] != nil
        if words.enumerated().contains(where: { k, w in
            lexicon.orgHeads.contains(w) || lexicon.nonEntityHeads.contains(w)
                || lexicon.isExcludedName(w) && !(givenFirst && k > 0 && lexicon.months.contains(w))
        }) { return false }
        // "Well I say": a pronoun is never part of a name.
        if words.contains(where: { w in lexicon.pronouns.values.contains { $0.contains(w) } }) { return false }
        if words.contains(where: { lexicon.entityVocabulary.nonPersonNameWords.contains($0) }) { return false }
        if r.contains(where: { tokens[$0].isAcronym }) { return false }
        if let last = words.last, lexicon.entityVocabulary.streetWords.contains(last) { return false }
        // "Alan Fri 14 Feb": a day of the week (or its short form) is no name.
        if words.contains(where: { w in w.count >= 3 && lexicon.weekdays.contains { $0.hasPrefix(w) } }) { return false }
        if lexicon.firstNames[words[0]] != nil { return true }
        let after = r.upperBound
        if after < tokens.count {
            let next = tokens[after]
            if next.text == "," || next.text == "(" {
                var k = after + 1
                if k < tokens.count, lexicon.entityVocabulary.personAppositionDeterminers.contains(tokens[k].lower) { k += 1 }
                if k < tokens.count, role(at: k) != nil { return true }
                // "Ann Berg, a retired nurse from Eastvale,": an appositive with no body's kind in it.
                if k > after + 1, lexicon.entityVocabulary.indefiniteArticles.contains(tokens[k - 1].lower), isAppositiveOfPerson(from: k) { return true }
                // "Jude Farrant, the UCU branch president,": a body's name or acronym (and a word
                // such as "branch") before the role.
                if next.text == "," {
                    var j = k
                    while j < min(tokens.count, k + 3), tokens[j].isWord, tokens[j].isCapitalised || tokens[j].isAcronym { j += 1 }
                    if j > k, j < tokens.count, role(at: j) != nil || j + 1 < tokens.count && tokens[j].isWord && !tokens[j].isCapitalised && role(at: j + 1) != nil,
                       !words.contains(where: { lowercaseWords.contains($0) || lexicon.stopCapitals.contains($0) }) { return true }
                }
                // "Mira Okafor, of the River Alder Trust,": two words of a name, then the body one is of.
                if next.text == ",", words.count == 2, after + 2 < tokens.count, tokens[after + 1].lower == "of" {
                    let b = tokens[after + 2].lower == "the" ? after + 3 : after + 2
                    if b < tokens.count, tokens[b].isCapitalised, tokens[b].isWord,
                       !words.contains(where: { lowercaseWords.contains($0) || lexicon.stopCapitals.contains($0) }) { return true }
                }
            }
            if lexicon.speechVerbs.contains(next.lower) { return true }
            // "Zarah Quint attacked ...": two words, neither an ordinary one, before an act's verb.
            if words.count == 2, !next.isCapitalised, lexicon.isPastForm(next.lower), lexicon.cuesByFirstWord[next.lower] != nil,
               !words.contains(where: { lowercaseWords.contains($0) || lexicon.stopCapitals.contains($0) }) { return true }
            // "Ivo Brannagh, Rosa Mendes and ...": listed before a given name, a person too.
            if words.count == 2, next.text == ",", after + 2 < tokens.count, isNameWord(after + 1), isNameWord(after + 2),
               lexicon.firstNames[tokens[after + 1].lower] != nil, !words.contains(where: { lowercaseWords.contains($0) || lexicon.stopCapitals.contains($0) }) { return true }
            // "Rosa Mendes, who chairs ...": "who" follows people.
            if next.text == ",", after + 1 < tokens.count, tokens[after + 1].lower == "who" { return true }
            if next.lower == "'s", after + 1 < tokens.count, role(at: after + 1) == nil { /* possessive of a name */ }
        }
        let before = r.lowerBound - 1
        if before >= 0 {
            if lexicon.speechVerbs.contains(tokens[before].lower) { return true }
            for len in 1...3 where before - len + 1 >= 0 {
                if let (_, l) = role(at: before - len + 1), l == len { return true }
            }
        }
        // The surname used alone elsewhere in the article, or after a title ("Ms Berg"): a person.
        if let last = r.last, words.count == 2, !lexicon.stopCapitals.contains(words[1]), isUsedAlone(last) {
            return true
        }
        // "Pensioners in Higher Combe": after a preposition of place, most often a place.
        if before >= 0, lexicon.entityVocabulary.placePrepositions.contains(tokens[before].lower) {
            return false
        }
        // "Post Incident Procedures": a plural common noun ends no name a given name does not open.
        if !givenFirst, let last = words.last, lexicon.entityVocabulary.commonNounEndings.contains(where: { last.hasSuffix($0) }) { return false }
        // Capitalised words mid-sentence, none an ordinary word: most often a name; but three
        // or more with no given name first ("Northam Kids Aid") more often a body's.
        if words.count >= 3 { return false }
        guard !isSentenceStart(r.lowerBound), !words.contains(where: { lexicon.stopCapitals.contains($0) }) else { return false }
        // With no given name we know, a personal pronoun soon after ("... Ivo Brannagh. He said")
        // says a person; "Border Protection", "Camp Closure" have none.
        // Nor one an act is done by or to ("was criticised by X", "attacked X"), or that does one.
        let actedOn = r.lowerBound > 0 && !tokens[r.lowerBound - 1].isCapitalised
            && (tokens[r.lowerBound - 1].lower == "by" || lexicon.isPastForm(tokens[r.lowerBound - 1].lower))
        let acting = r.upperBound < tokens.count && !tokens[r.upperBound].isCapitalised && lexicon.isPastForm(tokens[r.upperBound].lower)
        return givenFirst || actedOn || acting || personalPronounSoon(after: r.upperBound)
    }

    /// Whether "he", "she", "his" or "her" comes after `k` in its sentence or the next two.
    func personalPronounSoon(after k: Int) -> Bool {
        guard k < tokens.count else { return false }
        let last = min(doc.sentences.count - 1, doc.sentenceOf[k] + 2)
        let end = doc.sentences[last].range.upperBound
        return (k..<end).contains { lexicon.personalPronouns.contains(tokens[$0].lower) }
    }

    /// Whether the word at `t` stands alone, neither neighbour a name word, anywhere else in the article.
    func isUsedAlone(_ t: Int) -> Bool {
        func alone(_ k: Int) -> Bool { (!isNameWord(k - 1) || k > 0 && honorificAt[k - 1] != nil) && !isNameWord(k + 1) }
        guard tokens[t].isCapitalised else {
            return tokens.indices.contains { $0 != t && tokens[$0].text == tokens[t].text && alone($0) }
        }
        let count = loneCapitalisedWords[tokens[t].text] ?? 0
        return count > (alone(t) ? 1 : 0)
    }

    /// "By Jane Smith" opening a line, or "Photo: Jane Smith": the writer or photographer, not a stakeholder.
    func isByline(_ start: Int) -> Bool {
        var k = start - 1
        if k >= 0, (honorificAt[k] != nil) { k -= 1 }
        guard k >= 0 else { return false }
        let w = tokens[k].lower
        if w == "by", tokens[k].newlineBefore || k == 0 { return true }
        if w == ":", k >= 1, lexicon.entityVocabulary.bylineLabels.contains(tokens[k - 1].lower) { return true }
        return false
    }

    mutating func addPerson(_ name: Range<Int>, mention: Range<Int>, gender: Gender, role: String?) {
        if isByline(mention.lowerBound) { return }
        var parts = name.map { tokens[$0].text }.filter { $0 != "." }
        while let last = parts.last, lexicon.postNominals.contains(last.lowercased()), parts.count > 2 { parts.removeLast() }
        // Initials keep their full stops: "J. K. Rowling".
        let full = name.contains(where: { tokens[$0].text == "." }) ? doc.text(name) : parts.joined(separator: " ")
        if excluded.contains(full.lowercased()) { return }
        // A dictionary person under a fuller or equal name is the same one.
        if let existing = entityByName[EntityKey(kind: .person, name: full.lowercased())] {
            addMention(mention, entity: existing, form: .name)
            return
        }
        var person = LocalEntity(name: full, kind: .person)
        person.firstName = parts.count > 1 ? parts.first : nil
        person.surname = parts.last
        person.gender = gender == .unknown ? self.gender(ofFirstName: parts[0].lowercased()) : gender
        if let role { person.role = role.lowercased() }
        let e = addEntity(person)
        addMention(mention, entity: e, form: .name)
    }
}
