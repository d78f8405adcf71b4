import StakegraphExtraction
@testable import StakegraphGraph

/// Small hand-made extractions for the tests.
enum Fixture {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static func date(_ text: String?) -> EventDate? { text.map { EventDate(string: $0)! } }

    static func organisation(_ id: String, _ name: String, aliases: [String] = []) -> Entity {
        Entity(id: id, name: name, kind: .organisation, aliases: aliases)
    }

    static func person(_ id: String, _ name: String, aliases: [String] = [], affiliations: [Affiliation] = []) -> Entity {
        Entity(id: id, name: name, kind: .person, aliases: aliases, affiliationID: affiliations.first?.organisationID,
               affiliations: affiliations)
    }

    static func affiliation(_ id: String, _ name: String, from: String? = nil, to: String? = nil) -> Affiliation {
        Affiliation(organisation: name, organisationID: id, role: nil, from: from.map(day), to: to.map(day))
    }

    static func article(_ id: String, outlet: String? = nil, date: String? = nil) -> ArticleSummary {
        ArticleSummary(article: Article(id: id, date: self.date(date), outlet: outlet, text: "", origin: id))
    }

    static func interaction(_ source: String, _ target: String, _ type: InteractionType, _ date: String?,
                            article: String, sentence: String? = nil, start: Int = 0) -> Interaction {
        let text = sentence ?? "\(source) \(type.rawValue) \(target) in \(article)."
        return Interaction(source: source, target: target, type: type, date: self.date(date), article: article,
                           evidence: Evidence(sentence: text, start: start, end: start + text.unicodeScalars.count, cue: type.rawValue),
                           confidence: 0.9)
    }

    /// A graph of organisations named by their ids, one article per interaction.
    static func graph(_ edges: [(String, String, InteractionType, String?)], extraEntities: [Entity] = []) -> StakeholderGraph {
        let ids = Set(edges.flatMap { [$0.0, $0.1] })
        let entities = extraEntities + ids.subtracting(extraEntities.map(\.id)).sorted().map { organisation($0, $0.uppercased()) }
        let interactions = edges.enumerated().map { i, e in interaction(e.0, e.1, e.2, e.3, article: "a\(i)") }
        let articles = interactions.map { article($0.article, outlet: "Outlet") }
        let graph = StakeholderGraph(extraction: Extraction(articles: articles, entities: entities, interactions: interactions))
        graph.checkInvariants()
        return graph
    }

    /// Ofsted, the NEU and the DfE; Martyn Oliver is Ofsted's chief inspector from 2024-01-01,
    /// having run a trust before; Mary Bousted leads the NEU; Kate Green has no affiliation.
    static let schools: Extraction = {
        let entities = [
            organisation("org:ofsted", "Ofsted", aliases: ["the inspectorate"]),
            organisation("org:neu", "National Education Union", aliases: ["NEU"]),
            organisation("org:dfe", "Department for Education", aliases: ["DfE"]),
            person("person:martyn-oliver", "Martyn Oliver", aliases: ["Sir Martyn", "Oliver"], affiliations: [
                affiliation("org:outwood", "Outwood Grange Academies Trust", to: "2023-12-31"),
                affiliation("org:ofsted", "Ofsted", from: "2024-01-01"),
            ]),
            person("person:mary-bousted", "Mary Bousted", aliases: ["Bousted"], affiliations: [
                affiliation("org:neu", "National Education Union"),
            ]),
            person("person:kate-green", "Kate Green"),
        ]
        let interactions = [
            interaction("person:mary-bousted", "org:ofsted", .criticism, "2023-03-10", article: "a1", sentence: "Bousted said Ofsted was \"not safe\"."),
            interaction("person:martyn-oliver", "org:neu", .meeting, "2023-06-01", article: "a2", sentence: "Oliver, then at Outwood, met the NEU."),
            interaction("person:martyn-oliver", "org:neu", .meeting, "2024-01-08", article: "a3", sentence: "Sir Martyn has met the NEU."),
            interaction("org:neu", "person:martyn-oliver", .meeting, "2024-01-08", article: "a4", sentence: "The NEU held talks with Sir Martyn."),
            interaction("person:mary-bousted", "person:martyn-oliver", .support, "2024-02-01", article: "a5", sentence: "Bousted welcomed Oliver's pledge."),
            interaction("person:martyn-oliver", "org:dfe", .pledge, "2024-02-02", article: "a5", sentence: "Oliver pledged to work with the DfE."),
            interaction("person:kate-green", "org:ofsted", .criticism, nil, article: "a6", sentence: "Green attacked Ofsted."),
            interaction("org:dfe", "org:ofsted", .support, "2024-02-03", article: "a6", sentence: "The DfE backed Ofsted."),
        ]
        let articles = [
            article("a1", outlet: "TES", date: "2023-03-10"), article("a2", outlet: "Schools Week", date: "2023-06-01"),
            article("a3", outlet: "Schools Week", date: "2024-01-08"), article("a4", outlet: "TES", date: "2024-01-10"),
            article("a5", outlet: "BBC", date: "2024-02-02"), article("a6", outlet: "Guardian", date: "2024-02-04"),
        ]
        return Extraction(articles: articles, entities: entities, interactions: interactions)
    }()
}
