import Foundation
import GRDB
import StakegraphExtraction
import StakegraphStore
import Testing

@Suite struct StoreFileTests {
    @Test func aFileThatIsNotSQLiteGetsAClearError() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("notes.sqlite").path
        try Data("these are my notes, not a database\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADatabase(path: path, message: "no SQLite header")) { try CorpusStore(path: path) }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))

        let result = try CLI.run(["stats", "--db", path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains(path) && lines[0].contains("not an SQLite database"), "\(result.stderr)")
    }

    @Test func aDamagedStoreGetsAClearError() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("corpus.sqlite").path
        do {
            let store = try CorpusStore(path: path)
            try store.ingest(Synthetic.articles(200))
        }
        // Checkpoint the WAL into the file, then overwrite pages past the header.
        try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seek(toOffset: 4096)
        handle.write(Data(repeating: 0xA5, count: 4096 * 8))
        try handle.close()
        let result = try CLI.run(["graph", "--db", path, "--format", "json"])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains(path), "\(result.stderr)")
    }

    @Test func someoneElsesDatabaseIsRefused() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("other.sqlite").path
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE recipe (name TEXT)") }
        #expect(throws: StoreError.notAStore(path: path)) { try CorpusStore(path: path) }
        #expect(throws: StoreError.missing(path: path + ".none")) { try CorpusStore(path: path + ".none", create: false) }
    }

    @Test func aKilledIngestLeavesWholeBatchesAndARerunCompletesIt() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("big.jsonl")
        let articles = Synthetic.articles(3000)
        try Synthetic.jsonLines(articles).write(to: corpus)
        let path = dir.appendingPathComponent("corpus.sqlite").path

        let process = CLI.process(["ingest", corpus.path, "--db", path, "--batch", "50", "--quiet"], in: dir)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until some batches are committed, then kill the process mid-ingest.
        let deadline = Date().addingTimeInterval(60)
        var stored = 0
        while Date() < deadline, process.isRunning {
            if FileManager.default.fileExists(atPath: path) {
                stored = (try? DatabaseQueue(path: path).read { db in
                    try db.tableExists("article") ? try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0 : 0
                }) ?? 0
                if stored >= 100 { break }
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        let killed = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(killed, "the ingest finished before it could be killed")
        #expect(process.terminationReason == .uncaughtSignal || !killed)

        let store = try CorpusStore(path: path, create: false)
        #expect(try store.consistencyProblems().isEmpty)
        let partial = try store.statistics().articles
        #expect(partial % 50 == 0 && partial < articles.count, "\(partial) articles after the kill")

        let rerun = try CLI.run(["ingest", corpus.path, "--db", path, "--batch", "50"], in: dir)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let done = try CorpusStore(path: path, create: false)
        #expect(try done.consistencyProblems().isEmpty)
        #expect(try done.statistics().articles == articles.count)
        let loaded = try ArticleLoader().load(paths: [corpus.path]).articles
        #expect(try done.extraction() == Extractor().extract(loaded))
    }
}
