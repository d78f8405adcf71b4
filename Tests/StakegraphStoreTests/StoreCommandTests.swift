import Foundation
import Testing

@Suite struct StoreCommandTests {
    @Test func readingFromTheStoreGivesTheSameOutputsAsReadingTheFiles() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("corpus.sqlite").path
        let ingest = try CLI.run(["ingest", Fixture.samples, "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        for query in [["graph", "--format", "json"], ["who", "--engaged", "Ofsted", "--format", "json"],
                      ["timeline", "--format", "csv"], ["extract"]] {
            let files = try CLI.run(query + [Fixture.samples])
            let stored = try CLI.run(query + ["--db", db])
            #expect(files.status == 0 && stored.status == 0, "\(query) \(stored.stderr)")
            #expect(files.stdout == stored.stdout, "\(query)")
        }
        // With --from, the store reads only articles dated from then on (an article cannot report a
        // later act), so stakeholders are linked among those: the same relationships, counted alike.
        let query = ["graph", "--level", "organisation", "--format", "json", "--from", "2020"]
        let files = try CLI.run(query + [Fixture.samples])
        let stored = try CLI.run(query + ["--db", db])
        #expect(files.status == 0 && stored.status == 0)
        func edges(_ data: Data) throws -> Set<String> {
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            return Set((object?["edges"] as? [[String: Any]] ?? []).map { edge in
                "\(edge["source"] ?? "")>\(edge["target"] ?? ""):\(edge["weight"] ?? "")"
            })
        }
        #expect(try edges(files.stdout) == edges(stored.stdout))
        #expect(try !edges(stored.stdout).isEmpty)
    }

    @Test func storeCommandsReportAndCorrect() throws {
        let dir = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Synthetic.jsonLines(Synthetic.articles(12)).write(to: dir.appendingPathComponent("c.jsonl"))
        // The default store is stakegraph.sqlite in the current folder.
        #expect(try CLI.run(["ingest", "c.jsonl"], in: dir).status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("stakegraph.sqlite").path))
        let again = try CLI.run(["ingest", "c.jsonl"], in: dir)
        #expect(String(decoding: again.stdout, as: UTF8.self).contains("0 added, 0 replaced, 12 unchanged"))
        let stats = try CLI.run(["stats", "--check"], in: dir)
        let text = String(decoding: stats.stdout, as: UTF8.self)
        #expect(stats.status == 0 && text.contains("12 articles") && text.contains("Daily Sample") && text.contains("criticism") && text.contains("check: ok"), "\(text)")
        #expect(try CLI.run(["merge", "Alice Hartley", "Brian Morgan"], in: dir).status == 0)
        #expect(try CLI.run(["alias", "A. Hartley", "Alice Hartley"], in: dir).status == 0)
        let bad = try CLI.run(["merge", "Nobody", "Alice Hartley"], in: dir)
        #expect(bad.status == 1 && bad.stderr.contains("stakegraph.sqlite"))
        #expect(try CLI.run(["reindex", "--all"], in: dir).status == 0)
        let graph = try CLI.run(["graph", "--db", "stakegraph.sqlite", "--format", "json"], in: dir)
        let json = String(decoding: graph.stdout, as: UTF8.self)
        #expect(graph.status == 0 && json.contains("person:alice-hartley") && !json.contains("person:brian-morgan"))
    }

    @Test func inputsAndDbTogetherOrNeitherAreRefused() throws {
        let both = try CLI.run(["graph", Fixture.samples, "--db", "x.sqlite"])
        #expect(both.status != 0 && both.stderr.contains("not both"))
        let neither = try CLI.run(["who", "--engaged", "Ofsted"])
        #expect(neither.status != 0 && neither.stderr.contains("--db"))
        for command in ["ingest", "reindex", "stats", "alias", "merge", "split"] {
            let help = try CLI.run([command, "--help"])
            #expect(help.status == 0 && String(decoding: help.stdout, as: UTF8.self).contains("Examples:"), "\(command)")
        }
    }
}
