import Foundation
import StakegraphExtraction
import Testing

/// Articles without a date are named in one warning.
@Suite struct UndatedArticleTests {
    @Test func undatedArticlesAreNamedInOneWarning() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "The Quayside Residents Group criticised Brackwater Council over the ferry fares.\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try WebAddressTests.page("Ines Calloway met the Quayside Residents Group.", date: nil).write(to: dir.appendingPathComponent("b.html"), atomically: true, encoding: .utf8)
        try "---\ndate: 2025-01-05\n---\nInes Calloway praised Brackwater Council.\n".write(to: dir.appendingPathComponent("c.md"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["extract", dir.path])
        #expect(result.status == 0)
        #expect(result.stderr == "warning: 2 articles have no date (a.txt, b.html); dates of their acts are unknown (give one with --assume-date)\n")
        let assumed = try CLIRunner.run(["extract", dir.path, "--assume-date", "2024"])
        #expect(assumed.stderr.isEmpty)
        let read = try CLIRunner.run(["read", dir.appendingPathComponent("a.txt").path])
        #expect(read.stderr == "warning: 1 article has no date (a.txt); dates of its acts are unknown (give one with --assume-date)\n")
    }

    @Test func analyzeSaysItInItsSummaryAndListsTheirActsApart() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try "The Quayside Residents Group criticised Brackwater Council over the ferry fares.\n".write(to: inputs.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "---\ndate: 2025-01-05\n---\nInes Calloway praised Brackwater Council for the new slipway.\n".write(to: inputs.appendingPathComponent("c.md"), atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let result = try CLIRunner.run(["analyze", inputs.path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\n2 articles, 3 stakeholders, 2 interactions in "), "\(result.stdout)")
        #expect(result.stdout.hasSuffix("\n1 article has no date (a.txt): its 1 act is listed apart, as undated\n"), "\(result.stdout)")
        let timeline = try String(contentsOf: out.appendingPathComponent("timeline.txt"), encoding: .utf8)
        #expect(timeline.contains("\n\nUndated (no date found in their articles): 1 event\nundated     Quayside Residents Group -> Brackwater Council"), "\(timeline)")
    }

    @Test func longListsAreCounted() throws {
        let articles = (1...7).map { Article(id: "n\($0).txt", text: "x", origin: "n\($0).txt") }
        let notice = try #require(UndatedArticles(articles))
        #expect(notice.names == "n1.txt, n2.txt, n3.txt, n4.txt, n5.txt and 2 more")
        #expect(UndatedArticles([Article(id: "d", date: EventDate(string: "2024"), text: "x", origin: "d")]) == nil)
    }
}
