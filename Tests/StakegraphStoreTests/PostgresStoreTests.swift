import Foundation
import StakegraphExtraction
import StakegraphStore
import Testing

/// The PostgreSQL store against a real server: the same outputs as SQLite, concurrent ingests,
/// whole batches for readers. Skipped (with a note saying why) when no server is given.
@Suite(.enabled(if: PostgresServer.available, PostgresServer.skipped), .serialized)
struct PostgresStoreTests {
    /// The reading commands' outputs compared byte for byte.
    static let queries: [[String]] = [
        ["graph", "--format", "json"], ["graph", "--format", "dot"], ["graph", "--level", "organisation", "--format", "json", "--from", "2020"],
        ["who", "--engaged", "Ofsted", "--format", "json"], ["timeline", "--format", "csv"], ["extract"], ["stats", "--format", "json"],
    ]

    /// Runs `queries` on both stores and expects the same bytes.
    func expectSameOutputs(_ sqlite: String, _ postgres: String, context: String) throws {
        for query in Self.queries {
            let a = try CLI.run(query + ["--db", sqlite])
            let b = try CLI.run(query + ["--db", postgres])
            #expect(a.status == 0 && b.status == 0, "\(context) \(query): \(a.stderr) \(b.stderr)")
            #expect(!a.stdout.isEmpty && a.stdout == b.stdout, "\(context) \(query): the outputs differ")
        }
    }

    @Test func sqliteAndPostgresGiveByteIdenticalOutputs() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let database = try PostgresServer.freshDatabase()
        defer { PostgresServer.drop(database) }
        let file = dir.appendingPathComponent("corpus.sqlite").path
        for db in [file, database] {
            let ingest = try CLI.run(["ingest", Fixture.samples, "--db", db, "--batch", "5"])
            #expect(ingest.status == 0, "\(ingest.stderr)")
        }
        try expectSameOutputs(file, database, context: "after ingest")

        // Corrections and re-extraction change both alike.
        for command in [["merge", "Ofsted", "the watchdog"], ["alias", "the chief inspector", "Ofsted"], ["reindex", "--all"]] {
            let a = try CLI.run(command + ["--db", file])
            let b = try CLI.run(command + ["--db", database])
            #expect(a.status == b.status, "\(command): \(a.stderr) | \(b.stderr)")
        }
        let stored = try CorpusStore(path: database).extraction()
        if let someone = stored.entities.first(where: { $0.articles.count == 1 && $0.kind == .person }) {
            for db in [file, database] {
                let split = try CLI.run(["split", someone.id, "--article", someone.articles[0], "--db", db])
                #expect(split.status == 0, "\(split.stderr)")
            }
        }
        try expectSameOutputs(file, database, context: "after corrections")
        let check = try CLI.run(["stats", "--check", "--db", database])
        #expect(check.status == 0 && String(decoding: check.stdout, as: UTF8.self).contains("check: ok"), "\(check.stderr)")
        // Ingesting again changes nothing.
        let again = try CLI.run(["ingest", Fixture.samples, "--db", database])
        #expect(String(decoding: again.stdout, as: UTF8.self).contains("0 added, 0 replaced"), "\(again.stderr)")
    }

    @Test func filtersAreAnsweredByTheDatabase() throws {
        let database = try PostgresServer.freshDatabase()
        defer { PostgresServer.drop(database) }
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("corpus.sqlite").path
        let articles = Synthetic.articles(40)
        let stores = [try CorpusStore(path: file), try CorpusStore(path: database)]
        for store in stores { try store.ingest(articles, batchSize: 7) }
        let someone = try stores[0].extraction().entities[3].id
        for filter in [ExtractionFilter(from: Day(year: 2016, month: 1, day: 1), to: Day(year: 2017, month: 12, day: 31)),
                       ExtractionFilter(from: Day(year: 2020, month: 1, day: 1), includeUndated: true),
                       ExtractionFilter(entities: [someone]), ExtractionFilter(outlets: ["Daily Sample"])] {
            let a = try stores[0].extraction(filter: filter), b = try stores[1].extraction(filter: filter)
            #expect(!a.articles.isEmpty && a.articles.count < articles.count, "\(filter)")
            #expect(a == b, "\(filter)")
        }
    }

    @Test func concurrentIngestsLoseNothingAndDuplicateNothing() throws {
        let database = try PostgresServer.freshDatabase()
        defer { PostgresServer.drop(database) }
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Three overlapping slices of one corpus, ingested by three processes at once.
        let articles = Synthetic.articles(90)
        let slices = [0..<50, 20..<70, 40..<90]
        var processes: [(Process, Pipe)] = []
        for (n, slice) in slices.enumerated() {
            let path = dir.appendingPathComponent("part\(n).jsonl")
            try Synthetic.jsonLines(Array(articles[slice])).write(to: path)
            let process = CLI.process(["ingest", path.path, "--db", database, "--batch", "4", "--quiet"], in: dir)
            let errors = Pipe()
            process.standardError = errors
            processes.append((process, errors))
        }
        for (process, _) in processes { try process.run() }
        for (process, errors) in processes {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(message)")
        }
        let store = try CorpusStore(path: database, create: false)
        let stored = try store.articles()
        #expect(stored.count == articles.count)
        #expect(Set(stored.map(\.id)) == Set(articles.map(\.id)))
        #expect(try store.consistencyProblems().isEmpty)
        let again = try store.ingest(articles)
        #expect(again.added == 0 && again.replaced == 0 && again.unchanged == articles.count)
        // Each article's rows are there once: the counts equal one ingest into a fresh SQLite file.
        let file = dir.appendingPathComponent("one.sqlite").path
        let single = try CorpusStore(path: file)
        try single.ingest(articles)
        let (a, b) = (try single.statistics(), try store.statistics())
        #expect(a.articles == b.articles && a.interactions == b.interactions && a.entities == b.entities && a.interactionsByType == b.interactionsByType)
    }

    @Test func readersSeeOnlyWholeBatches() throws {
        let database = try PostgresServer.freshDatabase()
        defer { PostgresServer.drop(database) }
        let articles = Synthetic.articles(200)
        let store = try CorpusStore(path: database)
        let reader = try CorpusStore(path: database)
        let outcome = Outcome()
        // The writer runs on its own thread (not the cooperative pool, which a blocking ingest would hold).
        let writer = Thread {
            do { try store.ingest(articles, batchSize: 20) } catch { outcome.set("\(error)") }
            outcome.set("done")
        }
        writer.start()
        var seen = Set<Int>()
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            let stats = try reader.statistics()
            let problems = try reader.consistencyProblems()
            #expect(stats.articles % 20 == 0, "a reader saw \(stats.articles) articles")
            #expect(problems.isEmpty, "\(problems)")
            seen.insert(stats.articles)
            if stats.articles == articles.count { break }
            Thread.sleep(forTimeInterval: 0.005)
        }
        while outcome.value == nil, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        #expect(outcome.value == "done")
        #expect(seen.contains(articles.count))
    }

    @Test func wrongPasswordOtherSchemaAndNoStoreGiveOneLine() throws {
        let server = try PostgresAddress(url: PostgresServer.url ?? "")
        var wrong = server
        wrong.password = "not-the-password"
        let refused = try CLI.run(["stats", "--db", PostgresServer.url(of: wrong)])
        var lines = refused.stderr.split(separator: "\n")
        #expect(refused.status == 1 && lines.count == 1 && lines[0].contains("refused") && !refused.stderr.contains("not-the-password"),
                "\(refused.stderr)")

        let database = try PostgresServer.freshDatabase()
        defer { PostgresServer.drop(database) }
        let missing = try CLI.run(["graph", "--db", database])
        lines = missing.stderr.split(separator: "\n")
        #expect(missing.status == 1 && lines.count == 1 && lines[0].contains("no such store"), "\(missing.stderr)")

        try CorpusStore(path: database).ingest(Synthetic.articles(3))
        try PostgresServer.execute("CREATE TABLE someone_elses (x integer)", in: database)
        try PostgresServer.execute("UPDATE stakegraph_schema SET version = 99", in: database)
        let newer = try CLI.run(["who", "--engaged", "Ofsted", "--db", database])
        #expect(newer.status == 1 && newer.stderr.split(separator: "\n").count == 1 && newer.stderr.contains("newer Stakegraph"), "\(newer.stderr)")

        let other = try PostgresServer.freshDatabase()
        defer { PostgresServer.drop(other) }
        try PostgresServer.execute("CREATE TABLE invoices (id integer)", in: other)
        let foreign = try CLI.run(["ingest", Fixture.samples, "--db", other])
        lines = foreign.stderr.split(separator: "\n")
        #expect(foreign.status == 1 && lines.count == 1 && lines[0].contains("not a Stakegraph store") && lines[0].contains("invoices"), "\(foreign.stderr)")
    }
}

/// Addresses that cannot be used: these need no server.
@Suite struct PostgresAddressTests {
    @Test func urlsAreRead() throws {
        let a = try PostgresAddress(url: "postgresql://ann:s%40cret@db.example.org:6543/news?sslmode=disable")
        #expect(a.user == "ann" && a.password == "s@cret" && a.host == "db.example.org" && a.port == 6543 && a.database == "news" && a.tls == .disable)
        #expect(a.description == "postgres://ann@db.example.org:6543/news?sslmode=disable")
        let socket = try PostgresAddress(url: "postgres://ann@/news?host=/run/postgresql")
        #expect(socket.socketDirectory == "/run/postgresql" && socket.host == nil && socket.port == 5432)
        #expect(try StoreLocation("corpus.sqlite") == .file(path: "corpus.sqlite"))
    }

    @Test func badAddressesAndUnreachableServersGiveOneLine() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases: [(url: String, expected: String)] = [
            ("postgres://ann:secret@localhost:99999/news", "not a usable PostgreSQL address"),
            ("postgres://ann:s@secret@localhost:99999/news", "port 99999 is out of range"),
            ("postgres://ann:secret@localhost/news?sslmode=sometimes", "sslmode"),
            ("postgres://ann:secret@127.0.0.1:1/news", "cannot reach the PostgreSQL server"),
            ("postgres://ann:secret@/news?host=\(dir.path)", "cannot reach the PostgreSQL server"),
        ]
        for (url, expected) in cases {
            for command in [["stats"], ["ingest", Fixture.samples], ["graph"]] {
                let result = try CLI.run(command + ["--db", url])
                let lines = result.stderr.split(separator: "\n")
                #expect(result.status == 1 && lines.count == 1 && lines[0].contains(expected), "\(command) \(url): \(result.stderr)")
                #expect(!result.stderr.contains("secret"), "the password is never shown: \(result.stderr)")
            }
        }
    }
}
