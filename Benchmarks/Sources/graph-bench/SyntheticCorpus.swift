import StakegraphExtraction

/// SplitMix64: small, fast and the same on every machine.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A synthetic extraction shaped like a news corpus: a fifth of the stakeholders are
/// organisations, the rest people with one or two dated affiliations (some move between
/// organisations); popular stakeholders act far more often; most acts go to a stakeholder's
/// usual partners; a fifth of the interactions re-report an earlier act from another
/// article a day or two apart; 5% are undated and 5% dated only by month.
enum SyntheticCorpus {
    static func make(interactions count: Int, stakeholders: Int, seed: UInt64 = 42) -> Extraction {
        var random = SplitMix64(state: seed)
        let organisationCount = max(1, stakeholders / 5)
        let start = Day(year: 2018, month: 1, day: 1).ordinal
        let span = Day(year: 2024, month: 12, day: 31).ordinal - start

        var entities = [Entity]()
        entities.reserveCapacity(stakeholders)
        for o in 0..<organisationCount {
            entities.append(Entity(id: "org:o\(o)", name: "Organisation \(o)", kind: .organisation, aliases: ["O\(o)"]))
        }
        for p in 0..<(stakeholders - organisationCount) {
            let first = Int.random(in: 0..<organisationCount, using: &random)
            var affiliations = [Affiliation(organisation: "Organisation \(first)", organisationID: "org:o\(first)", role: "officer")]
            if Int.random(in: 0..<10, using: &random) < 3 {
                let moved = Day(ordinal: start + Int.random(in: 0..<span, using: &random))
                let second = Int.random(in: 0..<organisationCount, using: &random)
                affiliations[0].to = moved.adding(days: -1)
                affiliations.append(Affiliation(organisation: "Organisation \(second)", organisationID: "org:o\(second)", role: "chief", from: moved))
            }
            entities.append(Entity(id: "person:p\(p)", name: "Person \(p)", kind: .person, aliases: ["P\(p)"],
                                   affiliationID: affiliations.last?.organisationID, affiliations: affiliations))
        }

        let articleCount = max(1, count / 5)
        let outlets = (0..<50).map { "Outlet \($0)" }
        var articles = [ArticleSummary]()
        articles.reserveCapacity(articleCount)
        for a in 0..<articleCount {
            let date = EventDate.day(Day(ordinal: start + Int.random(in: 0..<span, using: &random)))
            articles.append(ArticleSummary(article: Article(id: "a\(a)", date: date, outlet: outlets[a % outlets.count], text: "", origin: "a\(a)")))
        }

        // Skewed choice: squaring a uniform variable favours low indexes.
        func popular(_ n: Int) -> Int {
            let u = Double.random(in: 0..<1, using: &random)
            return min(n - 1, Int(u * u * Double(n)))
        }
        let verbs: [InteractionType: String] = [.criticism: "criticised", .support: "backed", .meeting: "met",
                                                .pledge: "pledged to work with", .response: "responded to"]
        let types: [InteractionType] = [.criticism, .criticism, .criticism, .support, .support, .meeting, .meeting, .pledge, .response, .response]
        var interactions = [Interaction]()
        interactions.reserveCapacity(count)
        for i in 0..<count {
            let article = "a\(i * articleCount / count)"
            if i > 0, Int.random(in: 0..<5, using: &random) == 0 {
                // Another article's report of an earlier act, a day or two apart.
                var again = interactions[Int.random(in: max(0, i - 5_000)..<i, using: &random)]
                if case .day(let d)? = again.date { again.date = .day(d.adding(days: Int.random(in: -2...2, using: &random))) }
                again.article = article
                interactions.append(again)
                continue
            }
            let source = popular(stakeholders)
            var target: Int
            if Int.random(in: 0..<10, using: &random) < 7 {
                // One of the source's twenty usual partners.
                var h = SplitMix64(state: UInt64(source) &* 31 &+ UInt64(Int.random(in: 0..<20, using: &random)))
                target = Int(h.next() % UInt64(stakeholders))
            } else {
                target = popular(stakeholders)
            }
            if target == source { target = (target + 1) % stakeholders }
            let type = types[Int.random(in: 0..<types.count, using: &random)]
            let day = Day(ordinal: start + Int.random(in: 0..<span, using: &random))
            let roll = Int.random(in: 0..<20, using: &random)
            let date: EventDate? = roll == 0 ? nil : roll == 1 ? .month(year: day.year, month: day.month) : .day(day)
            let sourceID = entities[source].id, targetID = entities[target].id
            let sentence = "\(entities[source].name) \(verbs[type]!) \(entities[target].name) over the plans, sources said (\(i))."
            let evidence = Evidence(sentence: sentence, start: 0, end: sentence.unicodeScalars.count, cue: verbs[type]!)
            interactions.append(Interaction(source: sourceID, target: targetID, type: type, date: date, article: article,
                                            evidence: evidence, confidence: 0.8))
        }
        return Extraction(articles: articles, entities: entities, interactions: interactions)
    }
}
