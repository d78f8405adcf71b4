extension InteractionFinder {
    /// Descriptions tied to a named body: "the head of the Harbour Board" and "the Harbour Board
    /// chief" are whoever the article names as its leader (the body itself when it names none);
    /// "members of the union" and "the union's delegates" are the body acting. Runs before quotes
    /// are attributed, so that such descriptions can speak.
    mutating func resolveBodyDescriptions() {
        reindex()
        affiliateByAppositive()
        let words = lexicon.descriptions
        var added: [Mention] = []
        var modifiers: [Int] = []
        var i = 0
        while i < doc.tokens.count {
            let t = doc.tokens[i]
            // "the head of (the) X": the description and the body after it.
            if t.lower == "the", let length = leaderNoun(at: i + 1) {
                let end = i + 1 + length
                if let body = body(after: end) {
                    let leader = self.leader(of: body, called: doc.text((i + 1)..<end).lowercased())
                    let referent = leader ?? body
                    if let m = mentionAt[i + 1] ?? mentionAt[i], mentions[m].range.upperBound <= end {
                        // The recogniser's guess from the role alone, when it is another body's person
                        // or this body names a leader of its own.
                        let guess = entity(mentions[m].entity)
                        if guess.affiliation != body, guess.affiliation != nil || leader != nil {
                            mentions[m].entity = referent
                            mentions[m].form = .description
                        }
                    } else if mentionAt[i + 1] == nil {
                        added.append(Mention(range: i..<end, entity: referent, form: .description))
                    }
                    i = end
                    continue
                }
            }
            if let m = mentionAt[i], mentions[m].range.lowerBound == i, !mentions[m].isModifier, entity(mentions[m].entity).kind == .organisation {
                let body = mentions[m].entity
                var k = mentions[m].range.upperBound
                let possessive = k < doc.tokens.count && doc.tokens[k].lower == "'s"
                if possessive { k += 1 }
                // "the Harbour Board chief" (not "Harbour Board chief Ivy Strand", which names her).
                if let length = leaderNoun(at: k), !(k + length < doc.tokens.count && mentionAt[k + length] != nil),
                   mentionAt[k] == nil, let leader = leader(of: body, called: doc.text(k..<(k + length)).lowercased()) {
                    modifiers.append(m)
                    added.append(Mention(range: k..<(k + length), entity: leader, form: .description))
                    i = k + length
                    continue
                }
                // "the union's delegates": the body.
                if possessive, k < doc.tokens.count, mentionAt[k] == nil, words.memberNouns.contains(doc.tokens[k].lower) {
                    modifiers.append(m)
                    added.append(Mention(range: k..<(k + 1), entity: body, form: .description))
                    i = k + 1
                    continue
                }
            }
            // "members of the union", "delegates at the union's conference": the body.
            if mentionAt[i] == nil, words.memberNouns.contains(t.lower), i + 1 < doc.tokens.count,
               words.memberPrepositions.contains(doc.tokens[i + 1].lower), let body = body(after: i + 1) {
                added.append(Mention(range: i..<(i + 1), entity: body, form: .description))
            }
            i += 1
        }
        for m in modifiers { mentions[m].isModifier = true }
        mentions += added
        reindex()
        resolveQualifiedKinds()
        dropPronounsAfterUnnamedRoles()
    }

    /// "the country's biggest teaching union", "the sector's largest regulator": a definite
    /// description whose head is a kind of body, with modifiers the recogniser's short list does
    /// not know, is the last body of that kind named before it (or, when none was, the only one
    /// the article names).
    mutating func resolveQualifiedKinds() {
        var added: [Mention] = []
        let vocabulary = lexicon.entityVocabulary
        let kinds = entities.entities.map(\.orgKind)
        for i in doc.tokens.indices where doc.tokens[i].lower == "the" && mentionAt[i] == nil {
            var k = i + 1
            while k < min(doc.tokens.count, i + 7), mentionAt[k] == nil, doc.tokens[k].isWord || doc.tokens[k].text == "'",
                  lexicon.orgKindNouns[doc.tokens[k].lower] == nil, !doc.tokens[k].isCapitalised || doc.tokens[k].lower == "'s" { k += 1 }
            // Modifiers must stand between ("the union" alone is the recogniser's), and nothing
            // may follow that makes the kind part of a longer phrase ("the union of ...", "union leaders").
            guard k > i + 2, k < doc.tokens.count, mentionAt[k] == nil, let kind = lexicon.orgKindNouns[doc.tokens[k].lower],
                  (i + 1..<k).contains(where: { doc.tokens[$0].lower == "'s" || doc.tokens[$0].text == "'" }),
                  !(k + 1 < doc.tokens.count && (doc.tokens[k + 1].isWord && !lexicon.clauseBreaks.contains(doc.tokens[k + 1].lower)
                    && !speechVerbAt[k + 1] && !vocab.kindAuxiliaries.contains(doc.tokens[k + 1].lower))) else { continue }
            let fits = { (m: Mention) -> Bool in vocabulary.kindsFit(kind, kinds[m.entity]) }
            let before = mentions(in: 0..<i).last(where: fits)
            let all = Set(mentions.filter(fits).map(\.entity))
            guard let body = before?.entity ?? (all.count == 1 ? all.first : nil) else { continue }
            added.append(Mention(range: i..<(k + 1), entity: body, form: .description))
        }
        mentions += added
        reindex()
    }

    /// "wrote to the Transport Secretary urging him to ...": a he or she right after a role the
    /// article ties to nobody refers to that unnamed holder, not to the last person named.
    mutating func dropPronounsAfterUnnamedRoles() {
        let personal = (lexicon.pronouns["male"] ?? []).union(lexicon.pronouns["female"] ?? [])
        var dropped = Set<Int>()
        for (mi, m) in mentions.enumerated() where m.form == .pronoun && personal.contains(doc.tokens[m.range.lowerBound].lower) {
            let sentence = doc.sentences[doc.sentenceOf[m.range.lowerBound]].range
            let named = mentions(in: sentence.lowerBound..<m.range.lowerBound).last { $0.entity == m.entity }?.range.upperBound ?? sentence.lowerBound
            // The role stands right before the pronoun ("the Transport Secretary, urging him").
            var k = m.range.lowerBound - 1
            while k > max(named, m.range.lowerBound - 8) {
                if doc.tokens[k].lower == "the", mentionAt[k] == nil, mentionAt[k + 1] == nil,
                   let end = unnamedRole(at: k + 1), m.range.lowerBound - end <= 2 { dropped.insert(mi); break }
                k -= 1
            }
        }
        guard !dropped.isEmpty else { return }
        removeMentions(at: dropped)
        reindex()
    }

    /// The end of a role of the lexicon ("transport secretary") starting at `k` with no name
    /// after it; nil when there is none.
    func unnamedRole(at k: Int) -> Int? {
        for length in stride(from: min(lexicon.longestRole, 4), through: 1, by: -1) where k + length <= doc.tokens.count {
            let words = (k..<(k + length)).map { doc.tokens[$0].lower }
            // A listed role, or an office named by its portfolio ("the Transport Secretary").
            guard lexicon.roles.contains(words.joined(separator: " ")) || length >= 2 && lexicon.officeHeads.contains(words[length - 1]) else { continue }
            let next = k + length
            return next >= doc.tokens.count || mentionAt[next] == nil ? next : nil
        }
        return nil
    }

    /// "X, chair of the regulator,": a person whose role the article gives with a body it names
    /// only by description belongs to that body (the recogniser ties roles to names only).
    mutating func affiliateByAppositive() {
        for m in mentions where m.form == .name && entity(m.entity).kind == .person && entity(m.entity).affiliation == nil {
            var k = m.range.upperBound
            guard k < doc.tokens.count, doc.tokens[k].text == "," else { continue }
            k += 1
            let start = k
            while k < min(doc.tokens.count, start + 5), doc.tokens[k].isWord, mentionAt[k] == nil, !lexicon.descriptions.memberPrepositions.contains(doc.tokens[k].lower) { k += 1 }
            let role = doc.text(start..<k).lowercased()
            guard k > start, lexicon.roles.contains(role) || lexicon.descriptions.leaderNouns.contains(role), let body = body(after: k) else { continue }
            entities.entities[m.entity].affiliation = body
            if entities.entities[m.entity].role == nil { entities.entities[m.entity].role = role }
        }
    }

    /// The length in words of a leader noun ("head", "chief executive") at `k`, if one stands there.
    func leaderNoun(at k: Int) -> Int? {
        for length in [3, 2, 1] where k + length <= doc.tokens.count {
            let words = (k..<(k + length)).map { doc.tokens[$0].lower }
            if lexicon.descriptions.leaderNouns.contains(words.joined(separator: " ")) { return length }
        }
        return nil
    }

    /// The organisation named right after a preposition at `k` ("of the X", "at X").
    func body(after k: Int) -> Int? {
        guard k < doc.tokens.count, lexicon.descriptions.memberPrepositions.contains(doc.tokens[k].lower) else { return nil }
        var j = k + 1
        if j < doc.tokens.count, doc.tokens[j].lower == "the" { j += 1 }
        guard j < doc.tokens.count, let m = mentionAt[j], mentions[m].range.lowerBound == j,
              entity(mentions[m].entity).kind == .organisation else { return nil }
        return mentions[m].entity
    }

    /// The person the article names as the body's holder of the role `called` ("chief
    /// executive"), else as its only leader.
    func leader(of body: Int, called: String) -> Int? {
        let members = entities.entities.indices.filter { entity($0).kind == .person && entity($0).affiliation == body && entity($0).role != nil }
        if let exact = members.first(where: { entity($0).role!.lowercased() == called }) { return exact }
        let leaders = members.filter { lexicon.descriptions.isLeading(entity($0).role!) }
        return leaders.count == 1 ? leaders.first : nil
    }
}
