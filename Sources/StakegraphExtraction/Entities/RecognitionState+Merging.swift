extension RecognitionState {
    // MARK: - Step 7: acronyms joined to their expansions, sources that only report dropped

    /// Words an acronym may skip or keep: "Royal Society of Harbour Pilots" is RSHP, "Federation of
    /// Small Ferries" FSF, "Guild and College of Surveyors" GCS.
    /// The letter strings a name's acronym may be: initials without function words, and with them.
    func acronymForms(of name: String) -> Set<String> {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map { String($0) }
        guard words.count >= 2 else { return [] }
        // A word in capitals gives all its letters: "Colleges UK" is CUK, "HPC England" HPCE.
        func initials(_ ws: [String]) -> String {
            ws.map { w -> String in
                if w.count >= 2, w.unicodeScalars.allSatisfy({ $0.properties.isUppercase || !$0.properties.isAlphabetic }) {
                    return String(w.unicodeScalars.filter { $0.properties.isAlphabetic }.map(Character.init))
                }
                return w.unicodeScalars.first(where: { $0.properties.isAlphabetic }).map { String(Character($0)) } ?? ""
            }.joined().uppercased()
        }
        let content = words.filter { !lexicon.entityVocabulary.acronymFunctionWords.contains($0.lowercased()) }
        var forms: Set<String> = [initials(words), initials(content)]
        // "Institute for Fiscal Studies" is IFS: only "of", "and", "the" are always skipped.
        forms.insert(initials(words.filter { !lexicon.entityVocabulary.acronymSkippedWords.contains($0.lowercased()) }))
        return forms.filter { $0.count >= 2 }
    }

    /// An organisation found only as an acronym ("NBU") is the organisation of the article
    /// whose initials it spells ("National Boatmen's Union"), when exactly one does.
    /// A short form with an acronym in it ("HPC England") joins the fullest name it abbreviates too.
    mutating func mergeAcronymsWithExpansions() {
        var e = 0
        while e < result.entities.count {
            let entity = result.entities[e]
            let letters = entity.name.unicodeScalars
            let isAcronym = (2...6).contains(letters.count) && letters.allSatisfy({ $0.properties.isUppercase || $0 == "&" })
            let words = entity.name.split(separator: " ")
            let holdsAcronym = words.count <= 3 && words.contains { $0.count >= 2 && $0.unicodeScalars.allSatisfy { $0.properties.isUppercase } }
            guard entity.kind == .organisation, entity.dictionaryOrganisation == nil, isAcronym || holdsAcronym else { e += 1; continue }
            var forms: Set<String> = isAcronym ? [entity.name] : acronymForms(of: entity.name)
            // "HFEW" for a "Harbour Federation" (of England and Wales): a nation's initials after the body's.
            if isAcronym {
                for suffix in lexicon.entityVocabulary.nationInitials where entity.name.count > suffix.count + 1 && entity.name.hasSuffix(suffix) {
                    forms.insert(String(entity.name.dropLast(suffix.count)))
                }
            }
            let matching = result.entities.indices.filter { o in
                o != e && result.entities[o].kind == .organisation && result.entities[o].name.count > entity.name.count
                    && result.entities[o].name.unicodeScalars.first == entity.name.unicodeScalars.first
                    && !acronymForms(of: result.entities[o].name).isDisjoint(with: forms)
            }
            // The fullest of the names that fit, when one is.
            let most = matching.map { result.entities[$0].name.split(separator: " ").count }.max()
            let owners = matching.filter { result.entities[$0].name.split(separator: " ").count == most }
            guard owners.count == 1 else { e += 1; continue }
            let owner = owners[0] > e ? owners[0] - 1 : owners[0]
            merge(e, into: owners[0], form: isAcronym ? .acronym : .partial)
            if isAcronym, !result.entities[owner].acronyms.contains(entity.name) { result.entities[owner].acronyms.append(entity.name) }
        }
    }

    /// Words that make a newspaper or broadcaster only where something was said or printed:
    /// "speaking on Radio Northmoor", "an article in the Gazette", "according to the Echo".

    /// Newspapers and broadcasters that the article only cites ("told the Gazette", "on Radio
    /// Northmoor's breakfast show") are no stakeholders (annotation guide, section 1).
    mutating func dropMediaThatOnlyReport() {
        var e = 0
        while e < result.entities.count {
            let entity = result.entities[e]
            guard entity.kind == .organisation, isMedia(entity) else { e += 1; continue }
            // Pronouns and descriptions say nothing of whether it acts: its names do.
            let mentions = result.mentions.filter { $0.entity == e && $0.form != .pronoun && $0.form != .description }
            guard !mentions.isEmpty, mentions.allSatisfy({ onlyReports($0) }) else { e += 1; continue }
            remove(e)
        }
    }

    private func isMedia(_ entity: LocalEntity) -> Bool {
        if entity.orgKind == "newspaper" { return true }
        if let d = entity.dictionaryOrganisation { return dictionary.organisations[d].kind == "newspaper" }
        guard let last = entity.name.lowercased().split(separator: " ").last.map(String.init) else { return false }
        return lexicon.entityVocabulary.mediaHeads.contains(last)
    }

    private func onlyReports(_ m: Mention) -> Bool {
        var p = m.range.lowerBound - 1
        if p >= 0, tokens[p].lower == "the" { p -= 1 }
        // "said on the BBC", "writing in the Times": a report word shortly before the preposition.
        if p >= 0, lexicon.entityVocabulary.reportingPrepositions.contains(tokens[p].lower) {
            var q = p - 1
            while q >= max(0, p - 6), tokens[q].text != ".", tokens[q].text != ";" {
                if lexicon.entityVocabulary.mediaReportWords.contains(tokens[q].lower) { return true }
                q -= 1
            }
        }
        if p >= 1, tokens[p].lower == "to", tokens[p - 1].lower == "according" { return true }
        // "Northmoor FM's breakfast show", "the Sentinel Radio 4 programme": named for its output.
        let after = m.range.upperBound
        if after < tokens.count, lexicon.entityVocabulary.mediaOutputWords.contains(tokens[after].lower), tokens[after].isCapitalised { return true }
        return false
    }

    /// Moves every mention of entity `from` to entity `into`, with its names as aliases, and removes `from`.
    mutating func merge(_ from: Int, into target: Int, form: Mention.Form) {
        for k in result.mentions.indices where result.mentions[k].entity == from {
            result.mentions[k].entity = target
            if result.mentions[k].form == .name { result.mentions[k].form = form }
        }
        let names = [result.entities[from].name] + result.entities[from].aliases
        for name in names { result.entities[target].addAlias(name) }
        for k in result.entities.indices where result.entities[k].affiliation == from {
            result.entities[k].affiliation = target
            result.entities[k].affiliationName = result.entities[target].name
        }
        remove(from)
    }

    /// Removes entity `e` and its mentions, renumbering the rest.
    mutating func remove(_ e: Int) {
        result.mentions.removeAll { $0.entity == e }
        for k in result.mentions.indices where result.mentions[k].entity > e { result.mentions[k].entity -= 1 }
        result.entities.remove(at: e)
        for k in result.entities.indices {
            if let a = result.entities[k].affiliation {
                if a == e { result.entities[k].affiliation = nil } else if a > e { result.entities[k].affiliation = a - 1 }
            }
        }
    }
}
