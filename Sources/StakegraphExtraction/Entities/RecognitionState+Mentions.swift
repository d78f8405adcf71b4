extension RecognitionState {
    // MARK: - Step 3: organisations named only through a role ("chief executive of Brightwater")

    mutating func findRoleOrganisations() {
        let vocabulary = lexicon.entityVocabulary
        // First names and surnames of the people found so far, kept up to date as entities are added.
        var personNames = Set<String>()
        var indexed = 0
        for run in leftovers {
            for entity in result.entities[indexed...] where entity.kind == .person {
                for part in [entity.surname, entity.firstName].compactMap({ $0?.lowercased() }) { personNames.insert(part) }
            }
            indexed = result.entities.count
            let r = run.lowerBound
            guard !taken.contains(r), isNameWord(r), !(honorificAt[r] != nil) else { continue }
            let end = run.upperBound
            let words = run.map { tokens[$0].lower }
            if words.contains(where: { lexicon.isExcludedName($0) || lexicon.stopCapitals.contains($0) }) { continue }
            if personNames.contains(words[0]) { continue }
            var isOrg = false
            // "<role> of|at Name" (but not a role that goes on, like "Secretary of State")
            if r >= 2, vocabulary.rolePlacePrepositions.contains(tokens[r - 1].lower) {
                for len in 1...3 where r - 1 - len >= 0 {
                    if let (_, l) = role(at: r - 1 - len), l == len { isOrg = true }
                    if let (_, l) = role(at: r - 1 - len), l > len { isOrg = false; break }
                }
            }
            // "Name's <role>"
            if end + 1 < tokens.count, tokens[end].lower == "'s" {
                var k = end + 1
                if k < tokens.count, vocabulary.roleModifiers.contains(tokens[k].lower) { k += 1 }
                if role(at: k) != nil { isOrg = true }
            }
            // "Name, the <kind noun>" and "a spokesperson for Name"
            if end + 2 < tokens.count, tokens[end].text == ",", tokens[end + 1].lower == "the" {
                for k in (end + 2)..<min(end + 6, tokens.count) where lexicon.orgKindNouns[tokens[k].lower] != nil { isOrg = true }
            }
            if r >= 2, tokens[r - 1].lower == "for", vocabulary.spokespersonNouns.contains(tokens[r - 2].lower) { isOrg = true }
            if end < tokens.count, vocabulary.spokespersonNouns.contains(tokens[end].lower) { isOrg = true }
            // "Northcom said", "Northcom warned", "Northcom fined X": one word no person is called
            // by, speaking or acting.
            if run.count == 1, end < tokens.count, !tokens[end].isCapitalised,
               lexicon.speechVerbs.contains(tokens[end].lower) || lexicon.cuesByFirstWord[tokens[end].lower] != nil && tokens[end].lower.hasSuffix("ed"),
               tokens[end].lower.hasSuffix("ed") || tokens[end].lower.hasSuffix("s") || vocabulary.irregularSpeechVerbs.contains(tokens[end].lower),
               lexicon.firstNames[words[0]] == nil, !tokens[r].isAcronym || tokens[r].text.count <= 6,
               // "Campaigners said": a plural opening the sentence is people, not a body;
               // "Staff said" where the article writes "staff" too: a common word.
               !(isSentenceStart(r) && (words[0].hasSuffix("s") || lowercaseWords.contains(words[0]))) {
                isOrg = true
            }
            // "fined by Ofwat", "criticised Ofcom": one word no person is called by, acting after
            // "by" or acted on right after an act.
            if run.count == 1, !isSentenceStart(r), lexicon.firstNames[words[0]] == nil, r >= 1,
               (r >= 2 && tokens[r - 1].lower == "by" && lexicon.cuesByFirstWord[tokens[r - 2].lower] != nil && tokens[r - 2].lower.hasSuffix("ed"))
                || (lexicon.cuesByFirstWord[tokens[r - 1].lower] != nil && tokens[r - 1].lower.hasSuffix("ed")) {
                isOrg = true
            }
            // "Avanti West Coast was criticised by Transport Focus Group": three or four names, no
            // given name first, acting or acted on right beside the verb, are a body's name.
            if (3...4).contains(run.count), lexicon.firstNames[words[0]] == nil, isBesideAct(run) { isOrg = true }
            if isOrg {
                // "The HoS said" after "the Harbour Standards Office (HoS)": the body's acronym.
                if run.count == 1, let e = result.entities.firstIndex(where: { $0.kind == .organisation && $0.acronyms.contains(tokens[r].text) }) {
                    addMention(run, entity: e, form: .acronym)
                } else if run.count == 1, let e = organisation(startingWith: tokens[r].lower) {
                    addMention(run, entity: e, form: .partial)
                } else {
                    classifyOrganisation(run, force: true)
                }
            }
        }
    }

    /// "fined Sussex", "denounced Sussex's statement", "Sussex said": a known place acted on or
    /// acting, never used as a place in the article, is the one body named after it.
    mutating func resolvePlacesNamingBodies() {
        for r in tokens.indices where tokens[r].isCapitalised && !taken.contains(r) && lexicon.places.contains(tokens[r].lower)
            && (r + 1 >= tokens.count || !tokens[r + 1].isCapitalised) && (r == 0 || !tokens[r - 1].isCapitalised || isSentenceStart(r)) {
            guard !usedAsPlace(tokens[r].lower), isBesideAct(r..<(r + 1)) || isActedOn(r) else { continue }
            let named = organisations(namedAfter: tokens[r].lower)
            if named.count == 1 { addMention(r..<(r + 1), entity: named[0], form: .partial) }
        }
    }

    /// Whether the word at `r` is the object of an act right before it ("fined X", "denounced X").
    func isActedOn(_ r: Int) -> Bool {
        r >= 1 && lexicon.cuesByFirstWord[tokens[r - 1].lower] != nil && lexicon.isPastForm(tokens[r - 1].lower)
    }

    /// Whether a run stands right before a speech verb or an act ("X said", "X criticised", "X
    /// was criticised", "X has welcomed") or right after "by" following an act ("criticised by X").
    func isBesideAct(_ run: Range<Int>) -> Bool {
        func isAct(_ k: Int) -> Bool {
            k < tokens.count && (lexicon.speechVerbs.contains(tokens[k].lower) || lexicon.cuesByFirstWord[tokens[k].lower] != nil && tokens[k].lower.hasSuffix("ed"))
        }
        var k = run.upperBound
        while k < min(run.upperBound + 2, tokens.count), lexicon.entityVocabulary.auxiliaries.contains(tokens[k].lower) { k += 1 }
        if isAct(k) { return true }
        let b = run.lowerBound - 1
        return b >= 1 && tokens[b].lower == "by" && isAct(b - 1)
    }

    /// True when the article puts `word` after "in", "near", "across" or "around" on its own:
    /// a place, whatever else it may look like.
    func usedAsPlace(_ word: String) -> Bool {
        placeWords.contains(word)
    }

    /// Every word the article puts after one of `markers` ("in", "near", ...) on its own.
    static func placeWords(in tokens: [Token], markers: WordSet, isNameWord: (Int) -> Bool) -> WordSet {
        var words = WordSet()
        for k in tokens.indices where k > 0 && markers.contains(tokens[k - 1].lower) && !isNameWord(k + 1) {
            words.insert(tokens[k].lower)
        }
        return words
    }

    /// An organisation of several words whose first word is `word` ("Copperfield" for
    /// "Copperfield Housing Association"), when exactly one fits and the word is distinctive.
    func organisation(startingWith word: String) -> Int? {
        organisation(prefixedBy: [word])
    }

    /// The one organisation whose longer name starts with these words ("Moorland Transit" for
    /// "Moorland Transit Group"), when the first word is distinctive.
    func organisation(prefixedBy words: [String]) -> Int? {
        guard let word = words.first, !lexicon.stopCapitals.contains(word), !lexicon.orgStarts.contains(word), !lexicon.isExcludedName(word) else { return nil }
        // A single word the article also uses as a place ("residents in Eastgate") is the place.
        if words.count == 1, usedAsPlace(word) { return nil }
        // Only organisations whose name starts with `word` can fit.
        let fits = (organisationsByFirstWord[word] ?? []).filter { e in
            let parts = result.entities[e].name.lowercased().split(separator: " ").map(String.init)
            guard parts.count > words.count, parts.starts(with: words) else { return false }
            return !namesAnotherBody(words, within: parts, endingAt: words.count)
        }
        let namedAfter = words.count > 1 ? [] : organisations(namedAfter: word)
        return fits.count + namedAfter.count == 1 ? (fits + namedAfter)[0] : nil
    }

    /// "Northvale" for the University of Northvale: the bodies "<head> of <word>" named after it.
    func organisations(namedAfter word: String) -> [Int] {
        (organisationsByWord[word] ?? []).filter { e in
            let parts = result.entities[e].name.lowercased().split(separator: " ")
            return parts.count == 3 && parts[1] == "of" && parts[2] == word && lexicon.orgHeads.contains(String(parts[0]))
        }
    }

    // MARK: - Step 4: surnames, first names, title forms, acronyms

    /// People by the lower-cased first names and surnames they can be called by.
    mutating func indexPeopleByNamePart() {
        peopleByNamePart = [:]
        for (e, entity) in result.entities.enumerated() where entity.kind == .person {
            for part in [entity.surname, entity.firstName].compactMap({ $0?.lowercased() }) where !(peopleByNamePart[part]?.contains(e) ?? false) {
                peopleByNamePart[part, default: []].append(e)
            }
        }
    }

    /// Whether the word at `n` follows "MP for" (a role of `constituency_roles` and "for").
    func followsConstituencyRole(_ n: Int) -> Bool {
        guard n >= 2, tokens[n - 1].lower == "for" else { return false }
        for len in 1...3 where n - 1 - len >= 0 {
            if let (_, l) = role(at: n - 1 - len), l == len,
               lexicon.entityVocabulary.constituencyRoles.contains(doc.text((n - 1 - len)..<(n - 1)).lowercased()) { return true }
        }
        return false
    }

    mutating func resolveShortForms() {
        // Asked only at a sentence's start before a longer name's first word; made once, when first asked.
        var alone: Set<String>?
        func aloneInside() -> Set<String> {
            if let alone { return alone }
            let words = wordsUsedAloneInside()
            alone = words
            return words
        }
        indexPeopleByNamePart()
        // Where each entity was last mentioned before the token being read: the mentions found
        // so far are sorted, and the ones added here come in text order.
        let existing = result.mentions.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var cursor = 0
        lastMentionStart = [:]
        var i = 0
        while i < tokens.count {
            while cursor < existing.count, existing[cursor].range.upperBound <= i {
                lastMentionStart[existing[cursor].entity] = max(lastMentionStart[existing[cursor].entity] ?? -1, existing[cursor].range.lowerBound)
                cursor += 1
            }
            guard !taken.contains(i) else { i += 1; continue }
            var h: Int?
            var n = i
            if (honorificAt[i] != nil), i + 1 < tokens.count {
                h = i
                n = i + 1
                if tokens[n].text == ".", n + 1 < tokens.count { n += 1 }
            }
            guard isNameWord(n), !taken.contains(n) else { i += 1; continue }
            let word = tokens[n].lower
            let start = h ?? n
            if let e = person(named: word, before: n) {
                // "Ivo Brannagh" again where the run was not read as a name: the given name and
                // the surname of one person are one mention of the whole name.
                if n + 1 < tokens.count, isNameWord(n + 1), !taken.contains(n + 1), h == nil,
                   result.entities[e].firstName?.lowercased() == word, result.entities[e].surname?.lowercased() == tokens[n + 1].lower {
                    addMention(n..<(n + 2), entity: e, form: .name)
                    lastMentionStart[e] = n
                    i = n + 2
                    continue
                }
                addMention(start..<(n + 1), entity: e, form: .partial)
                lastMentionStart[e] = start
                if let h, let g = honorificAt[h], g != .unknown, result.entities[e].gender == .unknown {
                    result.entities[e].gender = g
                }
                i = n + 1
                continue
            }
            if let h, !lexicon.stopCapitals.contains(word) || lexicon.firstNames[word] == nil, !lexicon.isExcludedName(word), role(at: h) == nil || tokens[h].lower == "professor" {
                // "Mr Smith" with no fuller name: the person is known by the surname.
                var person = LocalEntity(name: tokens[n].text, kind: .person)
                person.surname = tokens[n].text
                person.gender = honorificAt[h] ?? .unknown
                let e = addEntity(person)
                if !(peopleByNamePart[word]?.contains(e) ?? false) { peopleByNamePart[word, default: []].append(e) }
                addMention(start..<(n + 1), entity: e, form: .partial)
                i = n + 1
                continue
            }
            if tokens[n].isAcronym, let e = result.entities.firstIndex(where: { $0.acronyms.contains(tokens[n].text) }) {
                addMention(n..<(n + 1), entity: e, form: .acronym)
            } else if h == nil, !isSentenceStart(n) || !lexicon.stopCapitals.contains(word), !(n + 1 < tokens.count && isNameWord(n + 1)), !lexicon.isExcludedName(word),
                      // "Environment minister X": a portfolio, not the first word of the Environment Agency.
                      !(n + 1 < tokens.count && lexicon.portfolioHeads.contains(tokens[n + 1].lower) && entityByName[EntityKey(kind: .organisation, name: word)] == nil),
                      // "the MP for Brackwood": a constituency, a place, not the first word of Brackwood District Council.
                      !followsConstituencyRole(n),
                      let e = entityByName[EntityKey(kind: .organisation, name: word)] ?? organisation(startingWith: word),
                      // "Rail operators have ...": opening a sentence, a capital says nothing, so the first
                      // word of a longer name is taken only when the article also uses it alone elsewhere.
                      !isSentenceStart(n) || result.entities[e].name.lowercased() == word || aloneInside().contains(word) {
                // A one-word organisation named again, or the first word of a longer name.
                addMention(n..<(n + 1), entity: e, form: result.entities[e].name.lowercased() == word ? .name : .partial)
            }
            i = n + 1
        }
    }

    /// The words that stand capitalised and alone (no capitalised word after them) somewhere
    /// other than at a sentence's start; one pass over the text.
    func wordsUsedAloneInside() -> Set<String> {
        var words = Set<String>()
        for j in tokens.indices where tokens[j].isCapitalised && !isSentenceStart(j) && !(j + 1 < tokens.count && tokens[j + 1].isCapitalised) {
            words.insert(tokens[j].lower)
        }
        return words
    }

    /// The person a lone surname or first name refers to: the one last mentioned before, else the first known.
    func person(named word: String, before position: Int) -> Int? {
        let candidates = peopleByNamePart[word] ?? []
        guard !candidates.isEmpty else { return nil }
        if candidates.count == 1 { return candidates[0] }
        if let recent = candidates.compactMap({ e in lastMentionStart[e].map { (start: $0, entity: e) } }).max(by: { $0.start < $1.start }) {
            return recent.entity
        }
        // Prefer the surname reading.
        return candidates.first { result.entities[$0].surname?.lowercased() == word } ?? candidates[0]
    }

    // MARK: - Step 5: roles and affiliations stated by the text

    mutating func attachRoles() {
        let vocabulary = lexicon.entityVocabulary
        result.index()
        var textRole = Set<Int>()
        for m in result.mentions where result.entities[m.entity].kind == .person && (m.form == .name || m.form == .partial) {
            // After: "X, general secretary of the Y," / "X (CEO of Y)"
            var k = m.range.upperBound
            if k < tokens.count, tokens[k].text == "," || tokens[k].text == "(" {
                k += 1
                if k < tokens.count, vocabulary.roleAppositionDeterminers.contains(tokens[k].lower) { k += 1 }
                // "X, the Y chief executive"
                var orgFirst: Int?
                if let om = result.mentionAt[k], result.entities[result.mentions[om].entity].kind == .organisation {
                    orgFirst = om
                    k = result.mentions[om].range.upperBound
                    if k < tokens.count, tokens[k].lower == "'s" { k += 1 }
                }
                // "Dr A, Professor B and Mr C": an honorific starting the next name is no role.
                // (The text may end here: "..., the" closing a scraped fragment.)
                let nextIsTitledName = k < tokens.count && (honorificAt[k] != nil) && tokens[k].isCapitalised && isNameWord(k + 1)
                // "X, the Liberal Democrat environment spokesman,": up to two plain words between the body and the role.
                var rk = k
                if orgFirst != nil, k < tokens.count, role(at: k) == nil {
                    var p = k
                    while p < min(tokens.count, k + 2), tokens[p].kind == .word, !tokens[p].isCapitalised, result.mentionAt[p] == nil,
                          !isVerbBetweenBodyAndRole(tokens[p].lower), role(at: p) == nil { p += 1 }
                    if p > k, p < tokens.count, role(at: p) != nil { rk = p }
                }
                if !nextIsTitledName, let (_, roleLength) = role(at: rk) {
                    let len = rk - k + roleLength
                    let roleText = doc.text(k..<(k + len)).lowercased()
                    var org = orgFirst
                    var c = k + len
                    // "X, Northfield branch secretary of the NEU": the body after "of" wins.
                    if c < tokens.count, vocabulary.rolePrepositions.contains(tokens[c].lower) {
                        c += 1
                        if c < tokens.count, tokens[c].lower == "the" { c += 1 }
                        if let om = result.mentionAt[c], result.entities[result.mentions[om].entity].kind == .organisation {
                            if let first = org { result.mentions[first].isModifier = true }
                            org = om
                        }
                    }
                    if !textRole.contains(m.entity) {
                        setRole(m.entity, roleText, org: org.map { result.mentions[$0].entity })
                        textRole.insert(m.entity)
                    }
                    if let org { result.mentions[org].isModifier = true }
                }
            }
            // "Neil Carrow of the ASCL": an affiliation without a role.
            var of = m.range.upperBound
            if of + 1 < tokens.count, vocabulary.affiliationPrepositions.contains(tokens[of].lower) {
                of += 1
                if of < tokens.count, tokens[of].lower == "the" { of += 1 }
                if let om = result.mentionAt[of], result.entities[result.mentions[om].entity].kind == .organisation {
                    result.mentions[om].isModifier = true
                    if result.entities[m.entity].affiliation == nil || !textRole.contains(m.entity) {
                        result.entities[m.entity].affiliation = result.mentions[om].entity
                        result.entities[m.entity].affiliationName = result.entities[result.mentions[om].entity].name
                    }
                }
            }
            // Before: "Its chief executive, David Black": the organisation last named.
            if m.range.lowerBound >= 3, tokens[m.range.lowerBound - 1].text == "," {
                // "Its head of health, X": up to six words after "its", starting with a role.
                let comma = m.range.lowerBound - 1
                for r0 in max(1, comma - 6)..<comma where vocabulary.bodyPossessives.contains(tokens[r0 - 1].lower) && role(at: r0) != nil {
                    guard !(r0..<comma).contains(where: { tokens[$0].text == "," }) else { continue }
                    // ("Its chair, X" opening a sentence: the body the sentence before was about.)
                    let opening = isSentenceStart(r0 - 1) ? subjectBody(before: r0 - 1) : nil
                    if let org = opening ?? result.mentions.last(where: { $0.range.upperBound <= r0 - 1 && result.entities[$0.entity].kind == .organisation })?.entity,
                       !textRole.contains(m.entity) {
                        setRole(m.entity, doc.text(r0..<comma).lowercased(), org: org)
                        textRole.insert(m.entity)
                    }
                    break
                }
            }
            // Before: "the chief executive of Southmoor Water, Rebecca Clarke".
            if m.range.lowerBound >= 2, tokens[m.range.lowerBound - 1].text == ",", let om = result.mentionAt[m.range.lowerBound - 2],
               result.entities[result.mentions[om].entity].kind == .organisation {
                var p = result.mentions[om].range.lowerBound - 1
                if p >= 0, tokens[p].lower == "the" { p -= 1 }
                if p >= 1, vocabulary.rolePrepositions.contains(tokens[p].lower) {
                    for len in (1...lexicon.longestRole).reversed() where p - len >= 0 {
                        guard let (_, l) = role(at: p - len), l == len else { continue }
                        if !textRole.contains(m.entity) {
                            setRole(m.entity, doc.text((p - len)..<p).lowercased(), org: result.mentions[om].entity)
                            textRole.insert(m.entity)
                        }
                        result.mentions[om].isModifier = true
                        break
                    }
                }
            }
            // Before: "Ofsted's new Chief Inspector X", "Ofsted Chair, Dame X", "chief executive X".
            var b = m.range.lowerBound
            if b > 0, tokens[b - 1].text == "," { b -= 1 }
            for len in (1...lexicon.longestRole).reversed() where b - len >= 0 {
                guard let (_, l) = role(at: b - len), l == len else { continue }
                let roleText = doc.text((b - len)..<b).lowercased()
                var p = b - len
                // "The Liberal Democrats' health spokesperson, X": up to two plain words before the role.
                var plain = 0
                while p > 0, plain < 2, tokens[p - 1].kind == .word, !tokens[p - 1].isCapitalised,
                      tokens[p - 1].lower != "'s", tokens[p - 1].lower != "'", result.mentionAt[p - 1] == nil,
                      !isVerbBetweenBodyAndRole(tokens[p - 1].lower) {
                    p -= 1
                    plain += 1
                }
                // "the DfE board member X": plain words may also stand between a body and the role.
                if p > 0, tokens[p - 1].lower == "'s" || tokens[p - 1].lower == "'" { p -= 1 }
                else if !(plain > 0 && result.mentionAt[p - 1].map({ result.entities[result.mentions[$0].entity].kind == .organisation }) == true) { p = b - len }
                if p > 0, vocabulary.roleModifiers.contains(tokens[p - 1].lower) { p -= 1 }
                var org: Int?
                if p > 0, let om = result.mentionAt[p - 1], result.entities[result.mentions[om].entity].kind == .organisation {
                    org = om
                    result.mentions[om].isModifier = true
                }
                if !textRole.contains(m.entity) {
                    setRole(m.entity, roleText, org: org.map { result.mentions[$0].entity })
                    textRole.insert(m.entity)
                }
                break
            }
        }
    }

    /// "Unison criticised education secretary X": a verb between a body and a role means the
    /// body acts on the role holder, it is not their employer.
    private func isVerbBetweenBodyAndRole(_ word: String) -> Bool {
        lexicon.isPastForm(word) || lexicon.cuesByFirstWord[word] != nil || lexicon.speechVerbs.contains(word)
    }

    /// "Clearbrook, the water company,": the apposition says what kind of body it is.
    mutating func attachKinds() {
        for m in result.mentions where result.entities[m.entity].kind == .organisation && result.entities[m.entity].orgKind == nil {
            var k = m.range.upperBound
            guard k + 1 < tokens.count, tokens[k].text == ",", lexicon.entityVocabulary.kindAppositionDeterminers.contains(tokens[k + 1].lower) else { continue }
            k += 2
            for j in k..<min(k + 4, tokens.count) {
                if let kind = lexicon.orgKindNouns[tokens[j].lower] { result.entities[m.entity].orgKind = kind; break }
                if tokens[j].text == "," { break }
            }
        }
    }

    /// "X has used her first week as chief executive of Y": a role stated with "as".
    mutating func attachRolesStatedWithAs() {
        for (i, t) in tokens.enumerated() where t.lower == "as" && i + 1 < tokens.count {
            guard let (_, len) = role(at: i + 1) else { continue }
            var k = i + 1 + len
            guard k < tokens.count, lexicon.entityVocabulary.rolePrepositions.contains(tokens[k].lower) else { continue }
            k += 1
            if k < tokens.count, tokens[k].lower == "the" { k += 1 }
            guard let om = result.mentionAt[k], result.entities[result.mentions[om].entity].kind == .organisation else { continue }
            let sentence = doc.sentences[doc.sentenceOf[i]].range
            guard let person = result.mentions.last(where: { sentence.contains($0.range.lowerBound) && $0.range.upperBound <= i && result.entities[$0.entity].kind == .person && !$0.isModifier }),
                  result.entities[person.entity].role == nil || result.entities[person.entity].dictionaryPerson != nil else { continue }
            setRole(person.entity, doc.text((i + 1)..<(i + 1 + len)).lowercased(), org: result.mentions[om].entity)
        }
    }

    mutating func setRole(_ e: Int, _ role: String, org: Int?) {
        result.entities[e].role = role
        if let org {
            result.entities[e].affiliation = org
            result.entities[e].affiliationName = result.entities[org].name
        }
    }

    // MARK: - Step 6: descriptions and pronouns

    mutating func resolveDescriptionsAndPronouns() {
        let vocabulary = lexicon.entityVocabulary
        // Affiliations known by name (from the dictionary) point at the article's entity.
        for e in result.entities.indices where result.entities[e].affiliation == nil {
            guard let name = result.entities[e].affiliationName?.lowercased() else { continue }
            result.entities[e].affiliation = result.entities.indices.first {
                result.entities[$0].kind == .organisation && (result.entities[$0].name.lowercased() == name || result.entities[$0].acronyms.contains { $0.lowercased() == name })
            }
        }
        // "The ombudsman, X" holds the office the Housing Ombudsman is named after: an office
        // word that ends the name of the one body that ends so.
        for e in result.entities.indices where result.entities[e].kind == .person && result.entities[e].affiliation == nil && result.entities[e].affiliationName == nil {
            guard let role = result.entities[e].role?.lowercased(), !role.contains(" "), lexicon.officeHeads.contains(role) else { continue }
            let named = (organisationsByWord[role] ?? []).filter { result.entities[$0].name.lowercased().split(separator: " ").last.map(String.init) == role }
            if named.count == 1 {
                result.entities[e].affiliation = named[0]
                result.entities[e].affiliationName = result.entities[named[0]].name
            }
        }
        // "The transport secretary, X" belongs to the Department for Transport the article names
        // (a shadow holder does not; nor a general or press secretary).
        for e in result.entities.indices where result.entities[e].kind == .person && result.entities[e].affiliation == nil && result.entities[e].affiliationName == nil {
            guard let role = result.entities[e].role?.lowercased() else { continue }
            let words = role.split(separator: " ").map(String.init)
            guard words.count >= 2, let head = words.last, lexicon.portfolioHeads.contains(head),
                  !words.contains(where: { vocabulary.counterpartRanks.contains($0) || vocabulary.nonOfficeWords.contains($0) }) else { continue }
            let fields = words.dropLast().filter { !vocabulary.rankWords.contains($0) }
            guard !fields.isEmpty else { continue }
            // (Only bodies whose name holds the first field word: indexed, not a scan of every entity.)
            let departments = ((organisationsByWord[fields[0]] ?? []) + (organisationsByWord[fields[0] + ","] ?? [])).filter { o in
                let org = result.entities[o]
                guard ["department", "office"].contains(org.orgKind ?? "") else { return false }
                let name = org.name.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
                return fields.allSatisfy(name.contains)
            }
            if departments.count == 1 {
                result.entities[e].affiliation = departments[0]
                result.entities[e].affiliationName = result.entities[departments[0]].name
            }
        }
        result.index()
        var lastPersons: [Int] = [] // most recent last
        var lastOrgs: [Int] = []
        // Bodies of three words or more by their name's last word, lower case: "the integrated
        // care board" asks only those ending in "board" (made once: asked at every "the").
        var namesByLastWord: [String: [(entity: Int, words: [String])]] = [:]
        for o in result.entities.indices where result.entities[o].kind == .organisation {
            let words = result.entities[o].name.lowercased().split(separator: " ").map(String.init)
            if words.count >= 3, let last = words.last { namesByLastWord[last, default: []].append((o, words)) }
        }
        var spokesOrg: Int?
        var i = 0
        var added: [Mention] = []
        var seenIn: [Int: Int] = [:] // entity -> sentence of its latest mention
        func note(_ e: Int) {
            seenIn[e] = doc.sentenceOf[min(i, tokens.count - 1)]
            if result.entities[e].kind == .person {
                lastPersons.removeAll { $0 == e }
                lastPersons.append(e)
            } else {
                lastOrgs.removeAll { $0 == e }
                lastOrgs.append(e)
            }
        }
        while i < tokens.count {
            if let mi = result.mentionAt[i] {
                let m = result.mentions[mi]
                note(m.entity)
                // "an Ofsted spokesperson" speaks for Ofsted.
                let after = m.range.upperBound
                if result.entities[m.entity].kind == .organisation, after < tokens.count,
                   vocabulary.bodySpeakerNouns.contains(tokens[after].lower) {
                    spokesOrg = m.entity
                    added.append(Mention(range: after..<(after + 1), entity: m.entity, form: .description))
                    i = after + 1
                    continue
                }
                i = max(after, i + 1)
                continue
            }
            let w = tokens[i].lower
            // "accused university bosses of", "A trust spokesperson said": the body of that kind named before.
            if !tokens[i].isCapitalised || isSentenceStart(i), let kind = lexicon.orgKindNouns[w], i + 1 < tokens.count, !tokens[i + 1].isCapitalised,
               vocabulary.kindSpeakerNouns.contains(tokens[i + 1].lower), !(i > 0 && tokens[i - 1].lower == "'s"),
               let e = lastOrgs.last(where: { vocabulary.kindsFit(kind, result.entities[$0].orgKind) }) {
                added.append(Mention(range: i..<(i + 2), entity: e, form: .description))
                note(e)
                i += 2
                continue
            }
            // "the" before a name already found ("the Association of ...") starts no description.
            if vocabulary.descriptionOpeners.contains(w), i + 1 < tokens.count, result.mentionAt[i + 1] != nil {
                i += 1
                continue
            }
            // "A spokesperson said" or "The spokesman said", with none named before: the body named
            // last, in this sentence or the one before, speaks.
            if vocabulary.indefiniteArticles.contains(w) || vocabulary.descriptionOpeners.contains(w) && spokesOrg == nil,
               i + 2 < tokens.count, vocabulary.spokespersonNouns.contains(tokens[i + 1].lower), lexicon.speechVerbs.contains(tokens[i + 2].lower),
               let org = lastOrgs.last, let seen = seenIn[org], doc.sentenceOf[i] - seen <= 1 {
                added.append(Mention(range: i..<(i + 2), entity: org, form: .description))
                i += 2
                continue
            }
            // "the integrated care board" for the Marden Integrated Care Board named before: the
            // last words of a body's name, in lower case (two at least, never the whole name).
            if vocabulary.descriptionOpeners.contains(w), let (e, end) = nameTail(after: i, among: lastOrgs, names: namesByLastWord) {
                added.append(Mention(range: i..<end, entity: e, form: .description))
                note(e)
                i = end
                continue
            }
            if vocabulary.descriptionOpeners.contains(w) {
                var k = i + 1
                while k < tokens.count, k - i <= 3, vocabulary.descriptionModifiers.contains(tokens[k].lower), !(lexicon.orgKindNouns[tokens[k].lower] != nil && (k + 1 >= tokens.count || lexicon.orgKindNouns[tokens[k + 1].lower] == nil)) { k += 1 }
                // "the police watchdog", "the rail regulator": of two kind nouns, the last is the head.
                // The first then names the body's field: it must be in the body's name.
                var field: String?
                if k + 1 < tokens.count, k - i <= 3, lexicon.orgKindNouns[tokens[k].lower] != nil, lexicon.orgKindNouns[tokens[k + 1].lower] != nil,
                   !tokens[k + 1].isCapitalised {
                    field = tokens[k].lower
                    k += 1
                }
                let names = field == nil ? [] : result.entities.map { $0.name.lowercased() }
                let inField = { (e: Int) -> Bool in field.map { names[e].contains($0) } ?? true }
                // Two-word kind nouns: "the think tank" (not "the campaign group Tarn Watch": that names it).
                if k + 1 < tokens.count, let kind2 = lexicon.orgKindNouns[tokens[k].lower + " " + tokens[k + 1].lower],
                   !(k + 2 < tokens.count && tokens[k + 2].isCapitalised),
                   let e = lastOrgs.last(where: { vocabulary.kindsFit(kind2, result.entities[$0].orgKind) }) {
                    added.append(Mention(range: i..<(k + 2), entity: e, form: .description))
                    note(e)
                    i = k + 2
                    continue
                }
                // ("the police and crime commissioner": a role of several words that opens with a kind noun.)
                if k < tokens.count, let kind = lexicon.orgKindNouns[tokens[k].lower], !tokens[k].lower.hasSuffix("s") || tokens[k].lower.hasSuffix("ss"),
                   (role(at: k)?.1 ?? 0) < 2,
                   !(k + 1 < tokens.count && tokens[k + 1].isCapitalised),
                   let e = lastOrgs.last(where: { vocabulary.kindsFit(kind, result.entities[$0].orgKind) && inField($0) })
                    // ("the college" for the Royal College of Nursing, whatever kind the dictionary gives it.)
                    ?? lastOrgs.last(where: { e in field == nil && result.entities[e].name.lowercased().split(separator: " ").contains { $0 == tokens[k].lower } })
                    ?? lastOrgs.last(where: { vocabulary.openKinds.contains(kind) && result.entities[$0].orgKind == nil && doc.sentenceOf[i] - (seenIn[$0] ?? -100) <= 4 && inField($0) }) {
                    // "the trust's medical director": the organisation only qualifies the person.
                    let possessiveRole = k + 2 < tokens.count && tokens[k + 1].lower == "'s"
                        && ((k + 2)..<min(k + 5, tokens.count)).contains(where: { role(at: $0) != nil })
                        || k + 2 < tokens.count && role(at: k + 1) != nil && tokens[k + 1 + role(at: k + 1)!.1].text == ","
                    added.append(Mention(range: i..<(k + 1), entity: e, form: .description, isModifier: possessiveRole))
                    note(e)
                    i = k + 1
                    continue
                }
                // The longest role right after "the" wins over one after skipped adjectives.
                if let (r, len) = role(at: i + 1), len > 1 || k == i + 1 { k = i + 1; _ = r; _ = len }
                // "The chief executive of X, Jane Doe," introduces her: not a description.
                var introduces = false
                if k < tokens.count, let (_, len) = role(at: k) {
                    var j = k + len
                    if j < tokens.count, vocabulary.rolePrepositions.contains(tokens[j].lower) {
                        j += 1
                        if j < tokens.count, tokens[j].lower == "the" { j += 1 }
                        if let om = result.mentionAt[j] { j = result.mentions[om].range.upperBound }
                    }
                    if j + 1 < tokens.count, tokens[j].text == ",", let pm = result.mentionAt[j + 1], result.entities[result.mentions[pm].entity].kind == .person,
                       result.mentions[pm].form == .name {
                        introduces = true
                    }
                }
                if !introduces, k < tokens.count, !taken.contains(k), let (r, len) = role(at: k), let e = personWithRole(r, recent: lastPersons) ?? officeHolder(r, at: i) {
                    // "the chief inspector" but not "the chief inspector Amanda X" (that names her).
                    if !(k + len < tokens.count && isNameWord(k + len)) {
                        added.append(Mention(range: i..<(k + len), entity: e, form: .description))
                        note(e)
                        i = k + len
                        continue
                    }
                }
                if k < tokens.count, vocabulary.spokespersonNouns.contains(tokens[k].lower), let org = spokesOrg {
                    added.append(Mention(range: i..<(k + 1), entity: org, form: .description))
                    i = k + 1
                    continue
                }
            }
            // "the unions", "both councils": every body of that kind named so far, when several are.
            if vocabulary.pluralDescriptionOpeners.contains(w) || w == "two" && i > 0 && tokens[i - 1].lower == "the" {
                var k = i + 1
                if k < tokens.count, tokens[k].lower == "two" { k += 1 }
                if k < tokens.count, tokens[k].lower.hasSuffix("s"), !tokens[k].isCapitalised,
                   let kind = lexicon.orgKindNouns[String(tokens[k].lower.dropLast())] {
                    let bodies = lastOrgs.filter { kindsFit(kind, result.entities[$0].orgKind) }
                    if (2...5).contains(bodies.count) {
                        for e in bodies { added.append(Mention(range: i..<(k + 1), entity: e, form: .description)) }
                        i = k + 1
                        continue
                    }
                }
            }
            // "Ofsted's new chief": the organisation's person in that role.
            if w == "'s", i > 0, let om = result.mentionAt[i - 1], result.entities[result.mentions[om].entity].kind == .organisation {
                var k = i + 1
                while k < tokens.count, vocabulary.roleModifiers.contains(tokens[k].lower) { k += 1 }
                let org = result.mentions[om].entity
                // (Not when a name follows, after a comma too: "to Ofcom's chief executive, Dame X,".)
                if k < tokens.count, let (r, len) = role(at: k), !(k + len < tokens.count && isNameWord(k + len)),
                   !(k + len + 1 < tokens.count && tokens[k + len].text == "," && (isNameWord(k + len + 1) || honorificAt[k + len + 1] != nil)),
                   let e = result.entities.indices.first(where: { result.entities[$0].kind == .person && result.entities[$0].affiliationName == result.entities[org].name && roleMatches(result.entities[$0].role, r) })
                    // (Else the one holder of the role the article ties to no body.)
                    ?? Optional(result.entities.indices.filter({ result.entities[$0].kind == .person && result.entities[$0].affiliationName == nil && result.entities[$0].affiliation == nil && roleMatches(result.entities[$0].role, r) }))
                        .flatMap({ $0.count == 1 ? $0[0] : nil }) {
                    // ("Northvale's vice-chancellor" ties the holder to the body.)
                    if result.entities[e].affiliationName == nil { result.entities[e].affiliationName = result.entities[org].name; result.entities[e].affiliation = org }
                    added.append(Mention(range: k..<(k + len), entity: e, form: .description))
                    note(e)
                    i = k + len
                    continue
                }
            }
            // "A housing association has hit out at X. The Harbour Housing Association said ...": in
            // the opening sentences, "a" or "an" and a kind is the body of that kind the next two
            // sentences name (its modifiers in the name), when no body of the kind came before.
            if vocabulary.indefiniteArticles.contains(w), doc.sentenceOf[i] <= 2, let (e, end) = bodyNamedAfter(indefinite: i, seen: lastOrgs) {
                added.append(Mention(range: i..<end, entity: e, form: .description))
                note(e)
                i = end
                continue
            }
            let owner = pronounReferent(w, at: i, persons: lastPersons, orgs: lastOrgs, seenIn: seenIn)
            if let e = owner {
                added.append(Mention(range: i..<(i + 1), entity: e, form: .pronoun))
            }
            // "backed his health secretary": the holder of the office, another than the owner.
            if vocabulary.possessiveDeterminers.contains(w), i + 1 < tokens.count, !taken.contains(i + 1), result.mentionAt[i + 1] == nil,
               let (r, len) = role(at: i + 1), isOffice(r), !(i + 1 + len < tokens.count && isNameWord(i + 1 + len)),
               // (Not "Its general secretary, X," that names the holder.)
               !(i + 2 + len < tokens.count && tokens[i + 1 + len].text == "," && (isNameWord(i + 2 + len) || honorificAt[i + 2 + len] != nil)),
               let e = personWithRole(r, recent: lastPersons), e != owner {
                added.append(Mention(range: (i + 1)..<(i + 1 + len), entity: e, form: .description))
                note(e)
                i += 1 + len
                continue
            }
            i += 1
        }
        result.mentions += added
        affiliateThroughDescriptions(added)
    }

    /// The body named in the two sentences after the indefinite description at `i` ("a housing
    /// association") whose kind it is and whose name holds its modifiers, and the description's
    /// end; nil when a body of that kind is among `seen`, or none or several fit.
    func bodyNamedAfter(indefinite i: Int, seen: [Int]) -> (Int, Int)? {
        var k = i + 1
        var modifiers: [String] = []
        while k < min(tokens.count, i + 4), tokens[k].kind == .word, !tokens[k].isCapitalised, lexicon.orgKindNouns[tokens[k].lower] == nil {
            modifiers.append(tokens[k].lower)
            k += 1
        }
        guard k < tokens.count, !tokens[k].isCapitalised, let kind = lexicon.orgKindNouns[tokens[k].lower],
              !(k + 1 < tokens.count && (tokens[k + 1].isCapitalised || lexicon.orgKindNouns[tokens[k + 1].lower] != nil)) else { return nil }
        let vocabulary = lexicon.entityVocabulary
        guard !seen.contains(where: { vocabulary.kindsFit(kind, result.entities[$0].orgKind) }) else { return nil }
        let s = doc.sentenceOf[i]
        guard s + 1 < doc.sentences.count else { return nil }
        let ahead = doc.sentences[s + 1].range.lowerBound..<doc.sentences[min(s + 2, doc.sentences.count - 1)].range.upperBound
        let fitting = Set(mentionsStarting(in: ahead).filter { m in
            m.form == .name && result.entities[m.entity].kind == .organisation && vocabulary.kindsFit(kind, result.entities[m.entity].orgKind)
                && modifiers.allSatisfy { word in result.entities[m.entity].name.lowercased().split(separator: " ").contains { $0 == word } }
        }.map(\.entity))
        guard fitting.count == 1, let e = fitting.first else { return nil }
        return (e, k + 1)
    }

    /// The body (of `orgs`, latest first) whose name ends in the two to five lower-case words
    /// after `i`, and where those words end; nil when none does. `names` holds the bodies of
    /// three words or more by their last word.
    func nameTail(after i: Int, among orgs: [Int], names: [String: [(entity: Int, words: [String])]]) -> (Int, Int)? {
        guard i + 2 < tokens.count, tokens[i + 1].kind == .word, !tokens[i + 1].isCapitalised else { return nil }
        for n in stride(from: 5, through: 2, by: -1) where i + n < tokens.count {
            guard let candidates = names[tokens[i + n].lower] else { continue }
            let words = tokens[(i + 1)...(i + n)]
            guard words.allSatisfy({ $0.kind == .word && !$0.isCapitalised }) else { continue }
            // ("the care board Marden ...": a name after it makes the words its description.)
            if i + n + 1 < tokens.count, tokens[i + n + 1].isCapitalised, tokens[i + n + 1].kind == .word { continue }
            let tail = words.map(\.lower)
            let fitting = candidates.filter { $0.words.count > n && Array($0.words.suffix(n)) == tail }.map(\.entity)
            if !fitting.isEmpty, let e = orgs.last(where: { fitting.contains($0) }) { return (e, i + n + 1) }
        }
        return nil
    }

    /// The body the sentence before token `i`'s was about: its first body named that no
    /// preposition governs, or the one its members open it with ("Campaigners from X ...").
    func subjectBody(before i: Int) -> Int? {
        let s = doc.sentenceOf[i]
        guard s > 0 else { return nil }
        let before = doc.sentences[s - 1].range
        let descriptions = lexicon.descriptions
        var k = before.lowerBound
        if k + 2 < before.upperBound, descriptions.memberNouns.contains(tokens[k].lower), descriptions.memberPrepositions.contains(tokens[k + 1].lower) {
            k += 2
            if lexicon.entityVocabulary.articles.contains(tokens[k].lower) { k += 1 }
            if let m = result.mentionAt[k], result.entities[result.mentions[m].entity].kind == .organisation { return result.mentions[m].entity }
        }
        return mentionsStarting(in: before).first { m in
            result.entities[m.entity].kind == .organisation && !m.isModifier
                && !(m.range.lowerBound > before.lowerBound && lexicon.entityVocabulary.obliquePrepositions.contains(tokens[m.range.lowerBound - 1].lower))
        }?.entity
    }

    /// "X, chair of the board,", "The trust's chief executive, X," and "X, the college's general
    /// secretary": a role tied to a body described, not named, ties the person to that body.
    mutating func affiliateThroughDescriptions(_ descriptions: [Mention]) {
        let people = Dictionary(result.mentions.filter { result.entities[$0.entity].kind == .person && $0.form == .name }
            .flatMap { m in [(m.range.lowerBound, m.entity), (m.range.upperBound - 1, m.entity)] }, uniquingKeysWith: { a, _ in a })
        let prepositions = lexicon.entityVocabulary.rolePrepositions
        for d in descriptions where d.form == .description && result.entities[d.entity].kind == .organisation {
            var person: Int?
            var stated: String?
            let start = d.range.lowerBound, end = d.range.upperBound
            // "X, chair of the board": a role, then "of", right before the description.
            if start >= 3, prepositions.contains(tokens[start - 1].lower),
               let k = ((max(0, start - 1 - lexicon.longestRole))..<(start - 1)).first(where: { k in role(at: k).map { k + $0.1 == start - 1 } ?? false }) {
                var j = k - 1
                if j >= 0, lexicon.entityVocabulary.articles.contains(tokens[j].lower) { j -= 1 }
                if j >= 1, tokens[j].text == "," { person = people[j - 1]; stated = role(at: k)?.0 }
            }
            // "The trust's chief executive, X," / "X, the college's general secretary".
            if person == nil, end + 1 < tokens.count, tokens[end].lower == "'s", let (title, length) = role(at: end + 1) {
                stated = title
                var after = end + 1 + length
                if after < tokens.count, tokens[after].text == "," { after += 1 }
                person = people[after]
                if person == nil, start >= 2, tokens[start - 1].text == "," { person = people[start - 2] }
            }
            guard let p = person, result.entities[p].affiliation == nil, result.entities[p].affiliationName == nil else { continue }
            result.entities[p].affiliation = d.entity
            result.entities[p].affiliationName = result.entities[d.entity].name
            if result.entities[p].role == nil { result.entities[p].role = stated }
        }
    }

    /// Whether a description's kind ("the regulator") fits an organisation's kind ("authority").
    func kindsFit(_ described: String, _ actual: String?) -> Bool {
        lexicon.entityVocabulary.kindsFit(described, actual)
    }

    /// The mentions (sorted by start) that start in `range`, found by binary search.
    func mentionsStarting(in range: Range<Int>) -> ArraySlice<Mention> {
        var lo = 0, hi = result.mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if result.mentions[mid].range.lowerBound < range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < result.mentions.count, result.mentions[end].range.lowerBound < range.upperBound { end += 1 }
        return result.mentions[lo..<end]
    }

    func roleMatches(_ role: String?, _ phrase: String) -> Bool {
        guard let role = role?.lowercased() else { return false }
        // "the health secretary" is not the shadow health secretary.
        if let rank = role.split(separator: " ").first.map(String.init), lexicon.entityVocabulary.counterpartRanks.contains(rank),
           !phrase.hasPrefix(rank + " ") { return false }
        if role == phrase || role.hasSuffix(phrase) || role.hasPrefix(phrase) { return true }
        // "chief" stands for chief inspector or chief executive; "boss" for any leading role.
        if phrase == "chief" { return role.hasPrefix("chief") || role.contains("chief") }
        if lexicon.entityVocabulary.leaderWords.contains(phrase) { return lexicon.entityVocabulary.leadingRoles.contains { role.contains($0) } }
        if phrase == "hmci" || phrase.contains("majesty") { return role.contains("chief inspector") }
        if lexicon.entityVocabulary.ministerWords.contains(phrase) { return role.contains("minister") || role.hasSuffix("secretary") && !role.contains("general") }
        return false
    }

    func personWithRole(_ phrase: String, recent: [Int]) -> Int? {
        let holders = result.entities.indices.filter { result.entities[$0].kind == .person && roleMatches(result.entities[$0].role, phrase) }
        guard !holders.isEmpty else { return nil }
        // "told the Health Secretary" before "Health Secretary X" names him: the only holder.
        return recent.last(where: holders.contains) ?? (holders.count == 1 ? holders.first : nil)
    }

    /// The last person before `i` (outside quotes, within six sentences) who was the subject of a
    /// speech verb ("X said", "X, ..., said") or named after one ("said X"), and fits.
    func lastSpeaker(before i: Int, fits: (Int) -> Bool) -> Int? {
        let sentence = doc.sentenceOf[i]
        let floor = doc.sentences[max(0, sentence - 6)].range.lowerBound
        var k = i - 1
        while k >= floor {
            defer { k -= 1 }
            guard doc.quoteOf[k] == nil, lexicon.speechVerbs.contains(tokens[k].lower) else { continue }
            let before = stride(from: k - 1, through: max(floor, k - 24), by: -1).lazy.compactMap { self.result.mentionAt[$0] }
                .map { self.result.mentions[$0] }.first { !$0.isModifier && self.result.entities[$0.entity].kind == .person && self.doc.quoteOf[$0.range.lowerBound] == nil }
            if let before, fits(before.entity), before.range.upperBound <= k, doc.sentenceOf[before.range.lowerBound] == doc.sentenceOf[k] { return before.entity }
            if k + 1 < tokens.count, let m = result.mentionAt[k + 1], result.entities[result.mentions[m].entity].kind == .person, fits(result.mentions[m].entity) {
                return result.mentions[m].entity
            }
        }
        return nil
    }

    func pronounReferent(_ w: String, at i: Int, persons: [Int], orgs: [Int], seenIn: [Int: Int]) -> Int? {
        guard lexicon.referringPronouns.contains(w) else { return nil }
        // "His Majesty's": a title, not a pronoun.
        if tokens[i].isCapitalised, !isSentenceStart(i) { return nil }
        let male = lexicon.pronouns["male"]?.contains(w) == true
        let female = lexicon.pronouns["female"]?.contains(w) == true
        if male || female {
            let fits: (Int) -> Bool = { female ? self.result.entities[$0].gender != .male : self.result.entities[$0].gender != .female }
            // "..., he added": speech that goes on is the last speaker's.
            if doc.quoteOf[i] == nil, i + 1 < tokens.count, lexicon.entityVocabulary.continuingSpeechVerbs.contains(tokens[i + 1].lower),
               let speaker = lastSpeaker(before: i, fits: fits) {
                return speaker
            }
            // "X described her as": an object is not the one its own clause's subject names
            // (unless a clause of its own opens between them: "X said Y had attacked her").
            let vocabulary = lexicon.entityVocabulary
            let isObject = vocabulary.objectPronouns.contains(w)
                || w == "her" && i + 1 < tokens.count && (vocabulary.objectPronounFollowers.contains(tokens[i + 1].lower) || tokens[i + 1].kind == .closeQuote)
            let bound = { (m: Mention) -> Bool in
                isObject && self.doc.sentenceOf[m.range.lowerBound] == self.doc.sentenceOf[i] && !m.isModifier
                    && !(m.range.lowerBound > 0 && vocabulary.obliquePrepositions.contains(self.tokens[m.range.lowerBound - 1].lower))
                    && !(m.range.upperBound < self.tokens.count && ["'s", "'"].contains(self.tokens[m.range.upperBound].lower))
                    && !(m.range.upperBound..<i).contains { vocabulary.clauseOpeners.contains(self.tokens[$0].lower) }
            }
            let s = doc.sentenceOf[i]
            let subjectsBound = isObject ? Set(mentionsStarting(in: doc.sentences[s].range.lowerBound..<i).filter(bound).map(\.entity)) : []
            // Prefer the subject of this sentence, then of the previous one, then the latest fitting person.
            for sentence in [s, s - 1, s - 2, s - 3] where sentence >= 0 {
                let range = doc.sentences[sentence].range
                let candidate = { (m: Mention) -> Bool in
                    m.range.lowerBound < i && self.result.entities[m.entity].kind == .person && !subjectsBound.contains(m.entity)
                        && !m.isModifier && self.doc.quoteOf[m.range.lowerBound] == self.doc.quoteOf[i]
                        && !(m.range.lowerBound > range.lowerBound && vocabulary.obliquePrepositions.contains(self.tokens[m.range.lowerBound - 1].lower))
                }
                // (An object in its own sentence: the nearest one named before it that is free,
                // "X backs Y after Z urges him to quit".)
                let inSentence = mentionsStarting(in: range)
                if let subject = isObject && sentence == s ? inSentence.last(where: candidate) : inSentence.first(where: candidate), fits(subject.entity) {
                    return subject.entity
                }
                // "X piled pressure on Y, saying she ...": when the subject does not fit, one named
                // earlier in the same sentence who does (after a preposition too) comes before
                // the sentences before.
                if sentence == s, let other = inSentence.last(where: { m in
                    m.range.upperBound <= i && self.result.entities[m.entity].kind == .person && !m.isModifier && !subjectsBound.contains(m.entity)
                        && self.doc.quoteOf[m.range.lowerBound] == self.doc.quoteOf[i] && fits(m.entity)
                }) {
                    return other.entity
                }
            }
            return persons.last { fits($0) && !subjectsBound.contains($0) }
        }
        // "It supported children in two cities": a sentence's opening "it" before a verb that
        // is no expletive's is the body the sentence before was about.
        if w == "it", doc.quoteOf[i] == nil, isSentenceStart(i), i + 1 < tokens.count, let s = Optional(doc.sentenceOf[i]), s > 0 {
            let next = tokens[i + 1]
            let verbLike = next.kind == .word && !next.isCapitalised && (next.lower.hasSuffix("ed") || next.lower.hasSuffix("s") || lexicon.speechVerbs.contains(next.lower))
            if verbLike, !lexicon.entityVocabulary.expletiveItVerbs.contains(next.lower),
               let subject = mentionsStarting(in: doc.sentences[s - 1].range).first(where: { !$0.isModifier && doc.quoteOf[$0.range.lowerBound] == nil }),
               result.entities[subject.entity].kind == .organisation {
                return subject.entity
            }
        }
        // "accused it of", "praised it for": an organisation as the object of an act.
        // ("described it as": what a naming verb names is more often an act than a body.)
        if w == "it", doc.quoteOf[i] == nil, i > 0, i + 1 < tokens.count, !lexicon.entityVocabulary.namingVerbs.contains(tokens[i - 1].lower),
           tokens[i - 1].lower.hasSuffix("ed") || tokens[i - 1].lower.hasSuffix("ing"),
           lexicon.entityVocabulary.objectItFollowers.contains(tokens[i + 1].lower), let org = orgs.last,
           doc.sentenceOf[i] - (seenIn[org] ?? -10) <= 1 {
            return org
        }
        // "praised officers for their work": a plural noun just before is what "their" means.
        let pluralNounBefore = (max(0, i - 3)..<i).contains { k in
            let t = tokens[k]
            return t.kind == .word && !t.isCapitalised && result.mentionAt[k] == nil && t.lower.count > 4
                && t.lower.hasSuffix("s") && !t.lower.hasSuffix("ss") && !t.lower.hasSuffix("ous") && !t.lower.hasSuffix("is")
        }
        // "would force the tenants to give up their claims": a plural noun after a determiner
        // earlier in the sentence, past the body's last mention, is what "their" means.
        // (Asked only of a plural pronoun: every other pronoun reaches here too.)
        func determinedPluralBefore() -> Bool {
            let sentenceStart = doc.sentences[doc.sentenceOf[i]].range.lowerBound
            return (min(i, max(sentenceStart + 1, i - 8))..<i).contains { k in
                let t = tokens[k]
                return t.kind == .word && result.mentionAt[k] == nil && t.lower.count > 3 && t.lower.hasSuffix("s") && !t.lower.hasSuffix("ss")
                    && (!t.isCapitalised || lexicon.nationalities.contains(t.lower))
                    && lexicon.entityVocabulary.leadingDeterminers.contains(tokens[k - 1].lower)
                    && !(k..<i).contains { result.mentionAt[$0] != nil }
            }
        }
        if lexicon.entityVocabulary.pluralBodyPronouns.contains(w), doc.quoteOf[i] == nil, !pluralNounBefore, !determinedPluralBefore(), let org = orgs.last,
           !(i > 0 && (lexicon.speechVerbs.contains(tokens[i - 1].lower) || tokens[i - 1].lower == "that")),
           doc.sentenceOf[i] - (seenIn[org] ?? -10) <= 1 {
            return org
        }
        return nil
    }
}
