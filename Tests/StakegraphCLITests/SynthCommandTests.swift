import Foundation
import Testing

/// `stakegraph synth`: the same seed gives the same corpus, which reads back as articles with
/// every interaction type; bad arguments are refused before anything is written.
@Suite struct SynthCommandTests {
    @Test func sameSeedSameBytesOtherSeedOtherCorpus() throws {
        let a = try CLIRunner.run(["synth", "--articles", "12", "--seed", "7"])
        let b = try CLIRunner.run(["synth", "--articles", "12", "--seed", "7"])
        let c = try CLIRunner.run(["synth", "--articles", "12", "--seed", "8"])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdoutData == b.stdoutData)
        #expect(a.stdoutData != c.stdoutData)
        #expect(a.stdout.split(separator: "\n").count == 12)
    }

    @Test func aCorpusReadsBackWithAllFiveTypesAndIdenticalSerialAndParallelJSON() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("synth.jsonl").path
        let made = try CLIRunner.run(["synth", "--megabytes", "0.2", "--seed", "3", "-o", corpus])
        #expect(made.status == 0, "\(made.stderr)")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: corpus)[.size] as? Int)
        #expect(size >= 200_000 && size < 220_000)
        let result = try CLIRunner.run(["extract", corpus])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let types = Set((json["interactions"] as? [[String: Any]] ?? []).compactMap { $0["type"] as? String })
        #expect(types == ["criticism", "support", "meeting", "pledge", "response"])
        let articles = try #require(json["articles"] as? [[String: Any]])
        #expect(articles.allSatisfy { ($0["outlet"] as? String)?.isEmpty == false && $0["date"] is String })
    }

    @Test func markdownArticlesHaveFrontMatter() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let made = try CLIRunner.run(["synth", "--articles", "3", "--format", "markdown", "-o", dir.path])
        #expect(made.status == 0, "\(made.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(files == ["synth-000000.md", "synth-000001.md", "synth-000002.md"])
        let text = try String(contentsOf: dir.appendingPathComponent(files[0]), encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: "))
        let read = try CLIRunner.run(["extract", dir.path])
        #expect(read.status == 0, "\(read.stderr)")
    }

    @Test(arguments: [
        (["synth"], "--articles N or --megabytes M"),
        (["synth", "--articles", "0"], "at least 1"),
        (["synth", "--articles", "2", "--megabytes", "1"], "not both"),
        (["synth", "--articles", "2", "--format", "markdown"], "needs -o DIRECTORY"),
    ])
    func badArgumentsAreRefused(arguments: [String], message: String) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}
