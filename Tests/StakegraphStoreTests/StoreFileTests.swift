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

    /// A store of 200 synthetic articles, checkpointed into its file; returns its path.
    static func checkpointedStore(in dir: URL) throws -> String {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("corpus.sqlite").path
        do {
            let store = try CorpusStore(path: path)
            try store.ingest(Synthetic.articles(200))
        }
        try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        return path
    }

    /// Flips every bit of 64 bytes at the start of the page in the middle of the file (past the
    /// schema page): SQLite still opens the store, but its structure is broken.
    static func flipBytes(inMiddleOf path: String) throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let page = bytes.count / 4096 / 2
        for i in (page * 4096)..<(page * 4096 + 64) { bytes[i] ^= 0xFF }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    @Test func ingestRefusesADamagedStoreAndWritesNothing() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try Self.checkpointedStore(in: dir)
        try Self.flipBytes(inMiddleOf: path)
        let damaged = try Data(contentsOf: URL(fileURLWithPath: path))
        let corpus = dir.appendingPathComponent("more.jsonl")
        try Synthetic.jsonLines((300..<310).map { Synthetic.article($0) }).write(to: corpus)

        let result = try CLI.run(["ingest", corpus.path, "--db", path, "--quiet"], in: dir)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains(path) && lines[0].contains("damaged") && lines[0].contains("stats --db \(path) --check"),
                "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == damaged, "the damaged store was written to")

        // The library refuses too, before writing, with the problem SQLite found.
        let error = try #require(throws: StoreError.self) { try CorpusStore(path: path, create: false).ingest([Synthetic.article(400)]) }
        guard case .damaged(let named, let message) = error else { Issue.record("\(error)"); return }
        #expect(named == path && message.hasPrefix("SQLite's quick check") && !message.contains("\n"))

        // The full check names the damage and fails.
        let check = try CLI.run(["stats", "--db", path, "--check"], in: dir)
        #expect(check.status == 1)
        #expect(!check.stderr.isEmpty && check.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("\(path): ") }, "\(check.stderr)")
    }

    @Test func aReadThatFindsARecordDamagedNamesTheStoreAndTheCheck() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try Self.checkpointedStore(in: dir)
        // Bytes changed inside a row: SQLite's structure is sound, the stored record is not.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE article SET record = CAST('{\"entities\": [' AS BLOB) WHERE id = 'syn-7'")
        }
        let result = try CLI.run(["graph", "--db", path, "--format", "json"], in: dir)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains(path) && lines[0].contains("damaged") && lines[0].contains("stats --db \(path) --check")
                && !lines[0].contains("DecodingError"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)

        let check = try CLI.run(["stats", "--db", path, "--check"], in: dir)
        #expect(check.status == 1)
        #expect(check.stderr == "\(path): article syn-7: its stored record does not decode\n", "\(check.stderr)")

        // A sound store passes the full check.
        let sound = try Self.checkpointedStore(in: dir.appendingPathComponent("sound"))
        let ok = try CLI.run(["stats", "--db", sound, "--check"], in: dir)
        #expect(ok.status == 0 && String(decoding: ok.stdout, as: UTF8.self).hasSuffix("check: ok\n"), "\(ok.stderr)")
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
