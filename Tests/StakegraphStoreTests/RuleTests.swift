import Foundation
import StakegraphExtraction
import StakegraphStore
import Testing

@Suite struct RuleTests {
    /// Six synthetic articles plus one that names Alice Hartley "Ali Hartley".
    func corpus() -> [Article] {
        var articles = Synthetic.articles(6)
        articles.append(Article(id: "nick", date: .day(Day(year: 2024, month: 5, day: 2)),
                                text: "Ali Hartley criticised Brian Morgan over school funding on Monday.", origin: "synthetic"))
        return articles
    }

    @Test func aliasAndMergeRulesSurviveReindex() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("corpus.sqlite").path
        let store = try CorpusStore(path: path)
        try store.ingest(corpus())
        let before = try store.extraction()
        #expect(before.entities.contains { $0.id == "person:ali-hartley" })
        let carla = Entity.id(forName: Synthetic.name(2), kind: .person)
        #expect(before.entities.contains { $0.id == carla })

        try store.add(.alias(form: "Ali Hartley", entity: "Alice Hartley"))
        try store.add(.merge(kept: "person:brian-morgan", merged: Synthetic.name(2)))
        func check(_ x: Extraction) {
            #expect(!x.entities.contains { $0.id == "person:ali-hartley" || $0.id == carla })
            let alice = x.entities.first { $0.id == "person:alice-hartley" }
            #expect(alice?.aliases.contains("Ali Hartley") == true)
            #expect(alice?.articles.contains("nick") == true)
            #expect(x.entities.first { $0.id == "person:brian-morgan" }?.aliases.contains(Synthetic.name(2)) == true)
            #expect(x.interactions.allSatisfy { ![$0.source, $0.target].contains("person:ali-hartley") && ![$0.source, $0.target].contains(carla) })
            #expect(x.interactions.contains { $0.article == "nick" && $0.source == "person:alice-hartley" && $0.target == "person:brian-morgan" })
        }
        check(try store.extraction())
        #expect(try store.rules().count == 2)

        #expect(try CorpusStore(path: path).reindex(all: true) == 7)
        check(try CorpusStore(path: path).extraction())
        #expect(try store.consistencyProblems().isEmpty)
        let stats = try store.statistics()
        #expect(stats.rules == 2)

        // New articles are corrected as they are ingested.
        try store.ingest([Article(id: "later", text: "Ali Hartley praised Ofsted for its work.", origin: "synthetic")])
        check(try store.extraction())
    }

    @Test func splitGivesTheStakeholderItsOwnIdInOneArticle() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try CorpusStore(path: dir.appendingPathComponent("corpus.sqlite").path)
        try store.ingest(corpus())
        let brian = "person:brian-morgan"
        #expect(try store.extraction().entities.first { $0.id == brian }?.articles.count ?? 0 > 1)
        try store.add(.split(entity: brian, article: "nick"))
        let x = try store.extraction()
        let newID = CorrectionRule.splitID(brian, article: "nick")
        #expect(x.entities.first { $0.id == newID }?.articles == ["nick"])
        #expect(x.entities.first { $0.id == brian }?.articles.contains("nick") == false)
        #expect(x.interactions.filter { $0.article == "nick" }.allSatisfy { $0.target == newID })
        #expect(x.interactions.contains { $0.article != "nick" && ($0.source == brian || $0.target == brian) })
    }

    @Test func rulesNamingNothingAreRefused() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try CorpusStore(path: dir.appendingPathComponent("corpus.sqlite").path)
        try store.ingest(corpus())
        #expect(throws: StoreError.self) { try store.add(.merge(kept: "Nobody Known", merged: "Alice Hartley")) }
        #expect(throws: StoreError.self) { try store.add(.split(entity: "person:alice-hartley", article: "no-such-article")) }
        #expect(try store.rules().isEmpty)
    }
}
