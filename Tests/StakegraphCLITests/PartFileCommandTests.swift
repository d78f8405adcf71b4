import Foundation
import Testing

/// `stakegraph extract --jsonl` as the map of a line-piping tool, and the readers taking its
/// part files: split the corpus as Spark does, give the parts in any order, get the bytes of
/// one run over the whole corpus.
@Suite struct PartFileCommandTests {
    @Test func partsGiveTheGraphAndReportOfTheWholeCorpusInAnyOrder() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try CLIRunner.run(["synth", "--articles", "24", "--seed", "11"])
        #expect(corpus.status == 0, "\(corpus.stderr)")
        let lines = corpus.stdout.split(separator: "\n")
        let whole = dir.appendingPathComponent("corpus.jsonl").path
        try corpus.stdoutData.write(to: URL(fileURLWithPath: whole))

        // The map, on the whole corpus and on three consecutive ranges of it.
        let all = try CLIRunner.run(["extract", "--jsonl", "-"], stdin: corpus.stdoutData)
        #expect(all.status == 0 && all.stderr.isEmpty, "\(all.stderr)")
        let out = all.stdout.split(separator: "\n")
        #expect(out.count == lines.count)
        #expect(out.allSatisfy { $0.hasPrefix(#"{"stakegraph-extracted":1,"#) })
        #expect(out.map { $0.contains(#""id":"synth-11-"#) }.allSatisfy { $0 })
        let ids = try out.map { line -> String in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return try #require((object["article"] as? [String: Any])?["id"] as? String)
        }
        #expect(ids == (0..<24).map { "synth-11-\($0)" })

        var parts: [String] = []
        for (n, range) in [0..<9, 9..<15, 15..<24].enumerated() {
            let input = Data((lines[range].joined(separator: "\n") + "\n").utf8)
            let map = try CLIRunner.run(["extract", "--jsonl", "-"], stdin: input)
            #expect(map.status == 0 && map.stderr.isEmpty, "\(map.stderr)")
            let part = dir.appendingPathComponent("part-0000\(n)").path
            try map.stdoutData.write(to: URL(fileURLWithPath: part))
            parts.append(part)
        }

        let graph = try CLIRunner.run(["graph", whole, "--format", "json"])
        let report = try CLIRunner.run(["report", whole, "--out", dir.appendingPathComponent("whole").path])
        #expect(graph.status == 0 && report.status == 0, "\(graph.stderr)\(report.stderr)")
        for (n, order) in [[2, 0, 1], [1, 2, 0]].enumerated() {
            let given = order.map { parts[$0] }
            let merged = try CLIRunner.run(["graph"] + given + ["--format", "json"])
            #expect(merged.status == 0, "\(merged.stderr)")
            #expect(merged.stdoutData == graph.stdoutData)
            let folder = dir.appendingPathComponent("parts-\(n)")
            let mergedReport = try CLIRunner.run(["report"] + given + ["--out", folder.path])
            #expect(mergedReport.status == 0, "\(mergedReport.stderr)")
            // The report's data (rows, acts, timeline) equal byte for byte; its diagrams are
            // compared without their drawings, since Graphviz 2.42 lays out a process's second
            // packed diagram differently from run to run (it reads freed memory).
            #expect(try withoutDrawings(Data(contentsOf: folder.appendingPathComponent("report.html")))
                    == withoutDrawings(Data(contentsOf: dir.appendingPathComponent("whole/report.html"))))
        }
    }

    @Test func ingestingPartsStoresTheirArticles() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lines = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Samples/corpus.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        #expect(lines.count >= 2)
        var parts: [String] = []
        for (n, line) in [lines[0...0], lines[1...]].enumerated() {
            let map = try CLIRunner.run(["extract", "--jsonl", "-"], stdin: Data((line.joined(separator: "\n") + "\n").utf8))
            #expect(map.status == 0, "\(map.stderr)")
            let part = dir.appendingPathComponent("part-0000\(n)").path
            try map.stdoutData.write(to: URL(fileURLWithPath: part))
            parts.append(part)
        }
        let db = dir.appendingPathComponent("corpus.sqlite").path
        let ingest = try CLIRunner.run(["ingest", parts[1], parts[0], "--db", db, "--quiet"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let stored = try CLIRunner.run(["graph", "--db", db, "--format", "json"])
        let whole = try CLIRunner.run(["graph", "Samples/corpus.jsonl", "--format", "json"])
        #expect(stored.status == 0 && whole.status == 0, "\(stored.stderr)\(whole.stderr)")
        #expect(stored.stdoutData == whole.stdoutData)
    }

    @Test func aBadLineStopsTheMapWithOneLineNamingIt() throws {
        let input = Data("""
        {"id": "b1", "text": "Hester Quill met Anton Varga."}
        {"id": "b2", "text": "Anton Varga praised
        """.utf8)
        let result = try CLIRunner.run(["extract", "--jsonl", "-"], stdin: input)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let errors = result.stderr.split(separator: "\n")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("stakegraph: error: <stdin>:2: malformed JSON Lines record") == true, "\(result.stderr)")
    }

    @Test func anEmptyPartitionGivesNoLinesAndNoError() throws {
        let result = try CLIRunner.run(["extract", "--jsonl", "-"], stdin: Data())
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty && result.stderr.isEmpty)
    }

    @Test func aCorruptPartIsNamedByFileAndLine() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let part = dir.appendingPathComponent("part-00000").path
        try Data(#"{"stakegraph-extracted":1,"article":{"id":"x"}}"#.utf8).write(to: URL(fileURLWithPath: part))
        let result = try CLIRunner.run(["graph", part])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("stakegraph: error: \(part):1: not an extracted article (stakegraph extract --jsonl): missing field"),
                "\(result.stderr)")
    }

    /// The report without the inside of its `<svg>` drawings.
    private func withoutDrawings(_ data: Data) -> String {
        let text = String(decoding: data, as: UTF8.self)
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<svg"), let close = rest[open.upperBound...].range(of: "</svg>") {
            out += rest[..<open.lowerBound] + "<svg/>"
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}
