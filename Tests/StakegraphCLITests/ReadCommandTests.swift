import Foundation
import Testing

/// `stakegraph read`: what extraction reads from each input.
@Suite struct ReadCommandTests {
    @Test func printsTheBodyOfTheSampleWebPage() throws {
        let result = try CLIRunner.run(["read", "Samples/web/harbour-bridge.html"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("==> Samples/web/harbour-bridge.html <==\nEastmere Borough Council has been criticised"))
        #expect(result.stdout.contains("the guild's chair. \"We were never asked for our view.\"\n\nA cheaper option\n\n"))
        for furniture in ["cookies", "Related stories", "Share on social media", "Copyright", "must never be read", "Reader one"] {
            #expect(!result.stdout.contains(furniture), "\(furniture)")
        }
    }

    @Test func jsonGivesTheRecordWithWhereTheDateCameFrom() throws {
        let result = try CLIRunner.run(["read", "--format", "json", "Samples/web/harbour-bridge.html"])
        #expect(result.status == 0, "\(result.stderr)")
        let record = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        #expect(record["id"] as? String == "harbour-bridge.html")
        #expect(record["title"] as? String == "Councillors split over Eastmere harbour bridge repairs")
        #expect(record["date"] as? String == "2024-03-09")
        #expect(record["date_source"] as? String == "published-time")
        #expect(record["outlet"] as? String == "The Tidewater Courier")
        #expect(record["author"] as? String == "Priya Okonkwo-Hale")
        #expect(record["url"] as? String == "https://tidewater-courier.example/news/2024/03/09/eastmere-bridge-repairs")
        #expect((record["text"] as? String)?.hasPrefix("Eastmere Borough Council") == true)
    }

    @Test func aDamagedInputIsOneLineAndNothingIsPrinted() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("broken.html.gz")
        try Data("not compressed".utf8).write(to: bad)
        let result = try CLIRunner.run(["read", "Samples/web/harbour-bridge.html", bad.path])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "stakegraph: error: \(bad.path): cannot decompress: not gzip-compressed (no gzip signature)\n")
    }

    @Test func noInputIsAUsageError() throws {
        let result = try CLIRunner.run(["read"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Give at least one input"))
    }
}
