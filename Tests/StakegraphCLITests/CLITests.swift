import Foundation
import FoundationXML
import Testing

@Suite struct CLITests {
    static let seeds = CLIRunner.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    static var haveSeeds: Bool { FileManager.default.fileExists(atPath: seeds.path) }

    @Test(.enabled(if: CLITests.haveSeeds)) func extractSeedsCarriesEveryGuideField() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        let result = try CLIRunner.run(["extract"] + files.map { Self.seeds.appendingPathComponent($0).path })
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let entities = try #require(json["entities"] as? [[String: Any]])
        let interactions = try #require(json["interactions"] as? [[String: Any]])
        let articles = try #require(json["articles"] as? [[String: Any]])
        #expect(articles.count == files.count)
        #expect(!entities.isEmpty && !interactions.isEmpty)
        for e in entities {
            #expect(e["id"] is String && e["name"] is String && e["aliases"] is [String])
            #expect(["person", "organisation"].contains(e["kind"] as? String))
        }
        let ids = Set(entities.compactMap { $0["id"] as? String })
        for i in interactions {
            #expect(ids.contains(i["source"] as? String ?? "") && ids.contains(i["target"] as? String ?? ""))
            #expect(["criticism", "support", "meeting", "pledge", "response"].contains(i["type"] as? String))
            #expect(i.keys.contains("date"))
            #expect(files.contains(i["article"] as? String ?? ""))
            let evidence = try #require(i["evidence"] as? [String: Any])
            #expect(evidence["sentence"] is String && evidence["start"] is Int && evidence["end"] is Int)
        }
    }

    @Test func analyzeWritesEveryOutputAndTheSVGHasANodePerEntity() throws {
        let out = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLIRunner.run(["analyze", "Samples/articles", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["extraction.json", "graph.dot", "graph.svg", "timeline.txt", "timeline.svg", "report.html"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
        }
        let extraction = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("extraction.json"))) as? [String: Any]
        let entities = extraction?["entities"] as? [[String: Any]] ?? []
        let svg = try XMLDocument(data: Data(contentsOf: out.appendingPathComponent("graph.svg")))
        let titles = try svg.nodes(forXPath: "//*[local-name()='g'][@class='node']/*[local-name()='title']").compactMap(\.stringValue)
        let stakeholderNodes = titles.filter { $0 != "legend" }
        let texts = Set(try svg.nodes(forXPath: "//*[local-name()='g'][@class='node']//*[local-name()='text']").compactMap(\.stringValue))
        #expect(stakeholderNodes.count == entities.count)
        #expect(Set(stakeholderNodes) == Set(entities.compactMap { $0["id"] as? String }))
        for name in entities.compactMap({ $0["name"] as? String }) { #expect(texts.contains(name), "no node shows \(name)") }
        let lines = try String(contentsOf: out.appendingPathComponent("timeline.txt"), encoding: .utf8).split(separator: "\n")
        #expect(lines.first?.hasPrefix("Person level: ") == true)
        let timeline = lines.dropFirst()
        #expect(!timeline.isEmpty)
        // Oldest first; undated acts apart, after their own heading.
        let dates = timeline.filter { !$0.hasPrefix("Undated (") }.map { String($0.split(separator: " ")[0]) }
        let dated = dates.filter { $0 != "undated" }
        #expect(dated == dated.sorted())
        if let firstUndated = dates.firstIndex(of: "undated") { #expect(dates[firstUndated...].allSatisfy { $0 == "undated" }) }
    }

    @Test func graphFormatsComeOutOfGraphvizInProcess() throws {
        let out = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        for (format, magic) in [("png", Data([0x89, 0x50, 0x4E, 0x47])), ("pdf", Data("%PDF".utf8))] {
            let file = out.appendingPathComponent("g.\(format)")
            let result = try CLIRunner.run(["graph", "Samples/articles", "--format", format, "-o", file.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try Data(contentsOf: file).prefix(4) == magic)
        }
        let dot = try CLIRunner.run(["graph", "Samples/articles", "--format", "dot"])
        #expect(dot.stdout.hasPrefix("digraph") || dot.stdout.hasPrefix("strict digraph"))
        let json = try CLIRunner.run(["graph", "Samples/articles", "--format", "json"])
        let parsed = try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any]
        #expect(parsed?["nodes"] is [Any] && parsed?["edges"] is [Any])
    }

    @Test func standardInputIsAnInput() throws {
        let text = "---\ndate: 2022-05-04\n---\nThe Hallam Teachers Union has accused Brookfield Academy Trust of ignoring staff.\n"
        let result = try CLIRunner.run(["extract", "-"], stdin: Data(text.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Hallam Teachers Union") && result.stdout.contains("criticism"))
    }

    /// Each bad input: a non-zero exit, one line on standard error naming the file, no output file.
    @Test(arguments: [
        ("missing", "does-not-exist.txt"),
        ("binary", "binary.txt"),
        ("frontmatter", "front.md"),
        ("jsonl", "corpus.jsonl"),
        ("empty", "emptydir"),
        ("baddate", "baddate.md"),
    ])
    func badInputGivesOneLineErrorAndNoOutput(kind: String, name: String) throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(name)
        switch kind {
        case "binary": try Data([0x41, 0x00, 0x42]).write(to: path)
        case "frontmatter": try Data("---\ntitle: A\ndate 2020\n".utf8).write(to: path)
        case "jsonl": try Data("{\"id\": 1, \"text\": \"Fine.\"}\n{not json}\n".utf8).write(to: path)
        case "empty": try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
        case "baddate": try Data("---\ntitle: A\ndate: 31/31/2020\n---\nText.\n".utf8).write(to: path)
        default: break
        }
        let output = dir.appendingPathComponent("out.json")
        let result = try CLIRunner.run(["extract", path.path, "-o", output.path])
        #expect(result.status != 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(name))
        if kind == "jsonl" { #expect(result.stderr.contains(":2:")) }
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func invalidUTF8IsReplacedWithAWarning() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("latin1.txt")
        // Line 3 holds a Latin-1 "é" (0xE9), which is not UTF-8.
        var bytes = Data("The Kestrel Union praised Ms Holt.\nThe Kestrel Union welcomed it.\nCaf".utf8)
        bytes.append(contentsOf: [0xE9, 0x0A])
        try bytes.write(to: path)
        let result = try CLIRunner.run(["extract", path.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("latin1.txt:3: warning"))
    }

    @Test(arguments: [["graph", "Samples/articles", "--format", "gif"], ["graph", "Samples/articles", "--engine", "spring"],
                      ["graph", "Samples/articles", "--format", "png"], ["extract"],
                      ["graph", "Samples/articles", "--format", "svg", "--dpi", "150"],
                      ["graph", "Samples/articles", "--format", "png", "-o", "/tmp/never.png", "--width", "0"]])
    func badArgumentsAreRefused(arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains("Error") || result.stderr.contains("error"))
    }

    @Test func helpShowsExamples() throws {
        for command in ["extract", "graph", "analyze", "evaluate"] {
            let result = try CLIRunner.run([command, "--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("Examples:"), "\(command)")
        }
    }
}

@Suite struct QueryCommandTests {
    @Test func timelineWhoAndCompareAnswerFromTheSamples() throws {
        let timeline = try CLIRunner.run(["timeline", "Samples/articles", "--entity", "Ofsted", "--format", "csv"])
        #expect(timeline.status == 0, "\(timeline.stderr)")
        #expect(timeline.stdout.hasPrefix("event,date,source_id"))
        #expect(timeline.stdout.contains("Ofsted"))
        let pair = try CLIRunner.run(["timeline", "Samples/articles", "--pair", "Helen Marchbank", "Lucy Fenwick"])
        #expect(pair.status == 0 && pair.stdout.contains("response"))
        let who = try CLIRunner.run(["who", "Samples/articles", "--engaged", "Ofsted", "--format", "json"])
        #expect(who.status == 0)
        let found = try JSONSerialization.jsonObject(with: who.stdoutData) as? [String: Any]
        let entries = (found?["entries"] as? [Any]) ?? []
        #expect(entries.count > 0)
        let compare = try CLIRunner.run(["compare", "Samples/articles", "--period", "2018..2020", "--period", "2023..2025"])
        #expect(compare.status == 0)
        #expect(compare.stdout.contains("Appeared") && compare.stdout.contains("Disappeared"))
    }

    /// Every reading command takes --level, and the listings say which level they show.
    @Test func readingCommandsTakeALevelAndSayIt() throws {
        let timeline = try CLIRunner.run(["timeline", "Samples/articles", "--entity", "Ofsted", "--level", "organisation"])
        #expect(timeline.status == 0, "\(timeline.stderr)")
        #expect(timeline.stdout.hasPrefix("Organisation level: "))
        let who = try CLIRunner.run(["who", "Samples/articles", "--engaged", "Ofsted", "--named-only"])
        #expect(who.status == 0 && who.stdout.hasPrefix("Person level, names only: "), "\(who.stdout.prefix(80))")
        let both = try CLIRunner.run(["timeline", "Samples/articles", "--level", "both"])
        #expect(both.status != 0 && both.stderr.contains("--level both"))
        for command in ["graph", "timeline", "who", "compare", "report", "analyze"] {
            let help = try CLIRunner.run([command, "--help"])
            #expect(help.stdout.contains("--level"), "\(command)")
        }
    }

    @Test func versionAndCompareCSV() throws {
        let version = try CLIRunner.run(["--version"])
        #expect(version.status == 0 && version.stdout.hasPrefix("0.") && version.stdout.contains("extractor"), "\(version.stderr)")
        let compare = try CLIRunner.run(["compare", "Samples/articles", "--period", "2018..2020", "--period", "2023..2025", "--format", "csv"])
        #expect(compare.status == 0, "\(compare.stderr)")
        #expect(compare.stdout.hasPrefix("change,source_id,source,"))
    }

    @Test func unknownStakeholderAndBadPeriodsAreErrors() throws {
        let who = try CLIRunner.run(["who", "Samples/articles", "--engaged", "Nobody At All"])
        #expect(who.status != 0 && who.stderr.contains("Nobody At All"))
        let compare = try CLIRunner.run(["compare", "Samples/articles", "--period", "2018..2020"])
        #expect(compare.status != 0)
        let bad = try CLIRunner.run(["graph", "Samples/articles", "--from", "yesterday"])
        #expect(bad.status != 0)
    }

    @Test func graphExportsAndReport() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for format in ["graphml", "gexf"] {
            let file = dir.appendingPathComponent("g.\(format)")
            let result = try CLIRunner.run(["graph", "Samples/articles", "--level", "organisation", "--format", format, "-o", file.path])
            #expect(result.status == 0, "\(result.stderr)")
            _ = try XMLDocument(data: Data(contentsOf: file))
        }
        let csv = try CLIRunner.run(["graph", "Samples/articles", "--format", "csv", "-o", dir.appendingPathComponent("g.csv").path])
        #expect(csv.status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("g-nodes.csv").path))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("g-edges.csv").path))
        let report = try CLIRunner.run(["report", "Samples/articles", "--out", dir.appendingPathComponent("r").path, "--top", "20"])
        #expect(report.status == 0, "\(report.stderr)")
        for name in ["graph.svg", "timeline.svg", "report.html"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("r/\(name)").path))
        }
    }
}
