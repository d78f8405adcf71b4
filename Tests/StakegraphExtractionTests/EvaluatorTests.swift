import Foundation
import Testing
@testable import StakegraphExtraction

/// The scorer (guide section 6), on a hand-made extraction whose every score is worked out below.
@Suite struct EvaluatorTests {
    static let goldJSON = """
    {
      "article": "a.txt",
      "date": "2024-03-15",
      "entities": [
        {"name": "Hugh Penrose", "kind": "person", "aliases": ["Penrose"]},
        {"name": "Ashgrove Teachers Union", "kind": "organisation", "aliases": ["ATU"]},
        {"name": "Imogen Tarrant", "kind": "person", "aliases": ["Tarrant"]},
        {"name": "Desmond Ferrier", "kind": "person", "aliases": ["Ferrier"]},
        {"name": "Marsh Valley Council", "kind": "organisation", "optional": true},
        {"name": "Tidewater Nurses Federation", "kind": "organisation", "optional": true}
      ],
      "interactions": [
        {"source": "Hugh Penrose", "target": "Ashgrove Teachers Union", "type": "criticism", "date": "2024-03-11"},
        {"source": "Imogen Tarrant", "target": "Hugh Penrose", "type": "meeting", "date": "2024-03-04/2024-03-10"},
        {"source": "Ashgrove Teachers Union", "target": "Imogen Tarrant", "type": "support", "date": null},
        {"source": "Imogen Tarrant", "target": "Desmond Ferrier", "type": "pledge", "date": "2024-03-15", "evidence": "Tarrant pledged to write to Ferrier"},
        {"source": "Imogen Tarrant", "target": "Ashgrove Teachers Union", "type": "support", "date": "2024-03"},
        {"source": "Hugh Penrose", "target": "Imogen Tarrant", "type": "response", "date": null, "optional": true}
      ]
    }
    """

    static func interaction(_ s: String, _ t: String, _ type: InteractionType, _ date: String?, at start: Int = 0) -> Interaction {
        Interaction(source: s, target: t, type: type, date: date.flatMap { EventDate(string: $0) }, article: "a.txt",
                    evidence: Evidence(sentence: "A sentence.", start: start, end: start + 11, cue: "cue"), confidence: 0.8)
    }

    /// Predicted: three entities matching gold (one only through an alias once "Dr" is dropped),
    /// one spurious, one of the wrong kind, one matching an optional gold entity.
    static var extraction: Extraction {
        let entities = [
            Entity(id: "p:hugh", name: "Hugh Penrose", kind: .person, aliases: ["Sir Hugh"]),
            Entity(id: "o:atu", name: "ATU", kind: .organisation),
            Entity(id: "p:imogen", name: "I. Tarrant", kind: .person, aliases: ["Dr Tarrant"]),
            Entity(id: "o:kestrel", name: "Kestrel Learning Trust", kind: .organisation),
            Entity(id: "o:ferrier", name: "Desmond Ferrier", kind: .organisation),
            Entity(id: "o:marsh", name: "Marsh Valley Council", kind: .organisation),
        ]
        let interactions = [
            interaction("p:hugh", "o:atu", .criticism, "2024-03-11"),             // right, date right
            interaction("p:hugh", "o:atu", .criticism, "2024-03-11", at: 40),     // the same act again: counted once
            interaction("p:hugh", "p:imogen", .meeting, "2024-03-06"),            // right in the other order, date inside the week
            interaction("o:atu", "p:imogen", .support, "2024-03-15"),             // right, gold date null: not scored
            interaction("p:imogen", "o:atu", .support, "2024-04-02"),             // right, date outside the month
            interaction("p:hugh", "p:imogen", .response, nil),                    // optional: neither rewarded nor penalised
            interaction("p:imogen", "o:atu", .criticism, "2024-03-15"),           // wrong type: spurious
            interaction("o:kestrel", "p:hugh", .criticism, "2024-03-15"),         // unmatched entity: spurious
            interaction("p:imogen", "o:ferrier", .pledge, "2024-03-15"),          // Ferrier has the wrong kind: spurious
        ]
        let article = Article(id: "a.txt", date: EventDate(string: "2024-03-15"), text: "", origin: "/news/a.txt")
        return Extraction(articles: [ArticleSummary(article: article, entities: entities.map(\.id))],
                          entities: entities, interactions: interactions)
    }

    static func gold(_ json: String = goldJSON) throws -> GoldFile {
        try JSONDecoder().decode(GoldFile.self, from: Data(json.utf8))
    }

    @Test func entityScores() throws {
        let report = Evaluator().evaluate(Self.extraction, gold: [try Self.gold()])
        // Gold required: Penrose, ATU, Tarrant, Ferrier. Found: Penrose (name), ATU (alias), Tarrant
        // ("Dr Tarrant" -> "tarrant"). Ferrier was predicted as an organisation: missed.
        // Spurious: Kestrel, Ferrier-the-organisation. Marsh Valley Council matches an optional entity.
        #expect(report.entities.truePositives == 3)
        #expect(report.entities.falseNegatives == 1)
        #expect(report.entities.falsePositives == 2)
        #expect(abs(report.entities.precision - 3.0 / 5.0) < 1e-9)
        #expect(abs(report.entities.recall - 3.0 / 4.0) < 1e-9)
        #expect(abs(report.entities.f1 - 2.0 / 3.0) < 1e-9)
    }

    @Test func interactionScores() throws {
        let report = Evaluator().evaluate(Self.extraction, gold: [try Self.gold()])
        // Gold required: 5. Found: criticism, meeting (reversed), both supports. Missed: the pledge to Ferrier.
        // Spurious: the wrong-type criticism, Kestrel's criticism, the pledge to Ferrier-the-organisation.
        #expect(report.interactions.truePositives == 4)
        #expect(report.interactions.falseNegatives == 1)
        #expect(report.interactions.falsePositives == 3)
        #expect(abs(report.interactions.f1 - 2 * (4.0 / 7.0) * (4.0 / 5.0) / (4.0 / 7.0 + 4.0 / 5.0)) < 1e-9)
    }

    @Test func pairScoresIgnoreTypeAndDirection() throws {
        let report = Evaluator().evaluate(Self.extraction, gold: [try Self.gold()])
        // Gold pairs: Penrose-ATU, Tarrant-Penrose, ATU-Tarrant, Tarrant-Ferrier.
        // Predicted pairs among matched entities: the first three; plus two pairs with unmatched entities.
        #expect(report.pairs.truePositives == 3)
        #expect(report.pairs.falseNegatives == 1)
        #expect(report.pairs.falsePositives == 2)
    }

    @Test func dateAccuracyCountsMatchedInteractionsWithAGoldDate() throws {
        let report = Evaluator().evaluate(Self.extraction, gold: [try Self.gold()])
        // Scored: the criticism (right), the meeting (inside the week: right), the support in
        // March (April: wrong). The null-dated support and the missed pledge are not scored.
        #expect(report.datesScored == 3)
        #expect(report.articles.first?.datesRight == 2)
        #expect(abs(report.dateAccuracy - 2.0 / 3.0) < 1e-9)
    }

    @Test func perArticleReportListsMissesAndSpuriousFinds() throws {
        let report = Evaluator().evaluate(Self.extraction, gold: [try Self.gold()])
        let article = try #require(report.articles.first)
        #expect(article.article == "a.txt")
        #expect(article.missed.contains("entity person Desmond Ferrier"))
        // A miss names its gold evidence, when the gold gives one.
        #expect(article.missed.contains("pledge Imogen Tarrant -> Desmond Ferrier: Tarrant pledged to write to Ferrier"))
        #expect(article.spurious.contains("entity organisation Kestrel Learning Trust"))
        #expect(report.unmatchedGold.isEmpty)
        #expect(report.table().contains("micro-average"))
    }

    @Test func goldFileWithoutArticleIsReportedUnmatched() throws {
        let other = try Self.gold(Self.goldJSON.replacingOccurrences(of: "\"a.txt\"", with: "\"elsewhere.txt\""))
        let report = Evaluator().evaluate(Self.extraction, gold: [try Self.gold(), other])
        #expect(report.unmatchedGold == ["elsewhere.txt"])
        #expect(report.articles.count == 1)
    }

    @Test func goldMatchesAnArticleByTheFileNameOfItsOrigin() throws {
        var x = Self.extraction
        x.articles[0].id = "renamed"
        for i in x.interactions.indices { x.interactions[i].article = "renamed" }
        let report = Evaluator().evaluate(x, gold: [try Self.gold()])
        #expect(report.unmatchedGold.isEmpty)
        #expect(report.interactions.truePositives == 4)
    }

    @Test func perfectExtractionScoresOne() throws {
        let gold = try Self.gold("""
        {"article": "a.txt", "entities": [
            {"name": "Hugh Penrose", "kind": "person"},
            {"name": "Imogen Tarrant", "kind": "person"}],
         "interactions": [{"source": "Hugh Penrose", "target": "Imogen Tarrant", "type": "meeting", "date": "2024-03"}]}
        """)
        let entities = [Entity(id: "h", name: "Hugh Penrose", kind: .person), Entity(id: "i", name: "Imogen Tarrant", kind: .person)]
        let article = Article(id: "a.txt", text: "", origin: "a.txt")
        let x = Extraction(articles: [ArticleSummary(article: article, entities: ["h", "i"])], entities: entities,
                           interactions: [Self.interaction("i", "h", .meeting, "2024-03-12")])
        let report = Evaluator().evaluate(x, gold: [gold])
        #expect(report.entities.f1 == 1)
        #expect(report.interactions.f1 == 1)
        #expect(report.dateAccuracy == 1)
    }

    @Test(arguments: [
        ("Sir Hugh Penrose", "hugh penrose"),
        ("Dr. Tarrant", "tarrant"),
        ("Professor Dame Esther Volkov", "esther volkov"),
        ("Teachers\u{2019} Union", "teachers' union"),
        ("Sir", "sir"),
    ])
    func normalisationDropsHonorificsAndCase(raw: String, expected: String) {
        #expect(Evaluator().normalise(raw) == expected)
    }

    @Test func goldFilesLoadSortedFromADirectory() throws {
        try withTemporaryFolder { folder in
            try folder.write("gold/b.json", Self.goldJSON.replacingOccurrences(of: "\"a.txt\"", with: "\"b.txt\""))
            try folder.write("gold/a.json", Self.goldJSON)
            try folder.write("gold/notes.txt", "not a gold file")
            let golds = try GoldFile.load(folder.path("gold"))
            #expect(golds.map(\.article) == ["a.txt", "b.txt"])
            #expect(golds.first?.entities.count == 6)
            #expect(golds.first?.interactions.last?.optional == true)
        }
    }

    @Test func malformedGoldFileIsAnErrorNamingIt() throws {
        try withTemporaryFolder { folder in
            let file = try folder.write("gold/a.json", "{\"article\": 3}")
            let error = #expect(throws: InputError.self) { try GoldFile.load(folder.path("gold")) }
            guard case .malformedJSONLines(let path, _, _)? = error else {
                Issue.record("expected an error naming the file, got \(String(describing: error))")
                return
            }
            #expect(path == file)
        }
    }
}
