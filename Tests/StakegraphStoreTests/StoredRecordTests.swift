import Foundation
import GRDB
import StakegraphExtraction
import StakegraphStore
import Testing

/// What a stored record holds: the extractor's own values and each interaction's evidence, so
/// that reading links records without reading the texts again.
@Suite struct StoredRecordTests {
    /// A store holding the samples, its path, and the extraction read from it.
    static func store(in dir: URL) throws -> (String, Extraction) {
        let path = dir.appendingPathComponent("corpus.sqlite").path
        let store = try CorpusStore(path: path)
        try store.ingest(try Fixture.sampleArticles())
        return (path, try store.extraction())
    }

    @Test func readingDoesNotReadTheTextsAgain() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (path, extraction) = try Self.store(in: dir)
        #expect(!extraction.interactions.isEmpty)
        // A sentence put before every stored text: evidence found again in the text would move.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE article SET text = 'An invented foreword. ' || text")
        }
        #expect(try CorpusStore(path: path).extraction() == extraction)
    }

    @Test func recordsStoredBeforeEvidenceWasKeptStillRead() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (path, extraction) = try Self.store(in: dir)
        // The earlier record layout: no evidence, and no rule per interaction.
        try DatabaseQueue(path: path).write { db in
            for row in try Row.fetchAll(db, sql: "SELECT seq, record FROM article") {
                var record = try #require(try JSONSerialization.jsonObject(with: row["record"] as Data) as? [String: Any])
                record["evidence"] = nil
                record["interactions"] = (record["interactions"] as? [[String: Any]] ?? []).map { var x = $0; x["rule"] = nil; return x }
                try db.execute(sql: "UPDATE article SET record = ? WHERE seq = ?",
                               arguments: [try JSONSerialization.data(withJSONObject: record), row["seq"] as Int64])
            }
        }
        #expect(try CorpusStore(path: path).extraction() == extraction)
        #expect(try CorpusStore(path: path).consistencyProblems().isEmpty)
    }
}
