import Foundation
import GRDB
import StakegraphExtraction
import Testing
import StakegraphStore

@Suite struct IngestTests {
    @Test func ingestingTwiceChangesNothing() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("corpus.sqlite").path
        let articles = try Fixture.sampleArticles()
        let store = try CorpusStore(path: path)
        let first = try store.ingest(articles, batchSize: 4)
        #expect(first.added == articles.count && first.batches == 3)
        let counts = try Fixture.rowCounts(path)
        let extraction = try store.extraction()

        let second = try CorpusStore(path: path).ingest(articles, batchSize: 4)
        #expect(second.added == 0 && second.replaced == 0 && second.unchanged == articles.count && second.batches == 0)
        #expect(try Fixture.rowCounts(path) == counts)
        #expect(try store.extraction() == extraction)
        #expect(try store.consistencyProblems().isEmpty)
    }

    @Test func storedExtractionEqualsExtractingTheFiles() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let articles = try Fixture.sampleArticles()
        let store = try CorpusStore(path: dir.appendingPathComponent("corpus.sqlite").path)
        try store.ingest(articles, batchSize: 3)
        #expect(try store.extraction() == Extractor().extract(articles))
        let synthetic = Synthetic.articles(40)
        try store.ingest(synthetic)
        #expect(try store.extraction() == Extractor().extract(articles + synthetic))
    }

    @Test func aChangedArticleReplacesItsExtraction() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("corpus.sqlite").path
        var articles = Synthetic.articles(6)
        let store = try CorpusStore(path: path)
        try store.ingest(articles)
        let before = try store.extraction()
        let oldActor = before.interactions.first { $0.article == "syn-2" }!.source

        articles[2] = Synthetic.article(2, variant: 1)
        let summary = try store.ingest(articles)
        #expect(summary.replaced == 1 && summary.unchanged == 5 && summary.added == 0)
        let after = try store.extraction()
        #expect(after == Extractor().extract(articles))
        #expect(after.articles.map(\.id) == before.articles.map(\.id)) // keeps its place
        #expect(!after.interactions.contains { $0.article == "syn-2" && $0.source == oldActor })
        #expect(after.interactions.filter { $0.article == "syn-2" }.count == 3)
        let counts = try Fixture.rowCounts(path)
        #expect(counts["article"] == 6 && counts["interaction"] == after.interactions.count)
        #expect(try store.consistencyProblems().isEmpty)
    }

    @Test func filtersReadOnlyTheArticlesTheyNeed() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let articles = Synthetic.articles(30)
        let store = try CorpusStore(path: dir.appendingPathComponent("corpus.sqlite").path)
        try store.ingest(articles)
        let range = try store.extraction(filter: ExtractionFilter(from: Day(year: 2016, month: 1, day: 1), to: Day(year: 2017, month: 12, day: 31)))
        let expected = articles.filter { ($0.date?.bounds.lowerBound.year ?? 0) >= 2016 && ($0.date?.bounds.lowerBound.year ?? 0) <= 2017 }
        #expect(range == Extractor().extract(expected))
        let someone = Entity.id(forName: Synthetic.name(0), kind: .person)
        let mentioning = try store.extraction(filter: ExtractionFilter(entities: [someone]))
        #expect(!mentioning.articles.isEmpty)
        #expect(mentioning.articles.allSatisfy { $0.entities.contains(someone) })
        let outlet = try store.articles(filter: ExtractionFilter(outlets: ["Daily Sample"]))
        #expect(outlet.count == 15)
    }

    @Test func readersSeeOnlyWholeBatches() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("corpus.sqlite").path
        let articles = Synthetic.articles(400)
        let store = try CorpusStore(path: path)
        // The writer runs on its own thread (not the cooperative pool, which a blocking ingest would starve).
        let outcome = Outcome()
        let writer = Thread {
            do { try store.ingest(articles, batchSize: 25) } catch { outcome.set("\(error)") }
            outcome.set("done")
        }
        writer.start()
        let reader = try DatabasePool(path: path)
        var seen = Set<Int>()
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            let (count, partial) = try reader.read { db in
                (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0,
                 try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM article a WHERE interaction_count != (SELECT COUNT(*) FROM interaction i WHERE i.article_seq = a.seq)
                    """) ?? 0)
            }
            #expect(count % 25 == 0, "a reader saw \(count) articles")
            #expect(partial == 0)
            seen.insert(count)
            if count == articles.count || outcome.value != nil && count == articles.count { break }
            Thread.sleep(forTimeInterval: 0.002)
        }
        while outcome.value == nil, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        #expect(outcome.value == "done")
        #expect(seen.contains(articles.count))
        #expect(seen.count > 2, "the reader should have seen the corpus grow: \(seen.sorted())")
    }
}

/// A value set once by another thread.
final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?
    var value: String? { lock.withLock { stored } }
    func set(_ v: String) { lock.withLock { if stored == nil { stored = v } } }
}
