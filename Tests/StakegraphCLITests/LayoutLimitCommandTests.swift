import Foundation
import Testing

/// `--engine dot` on a graph dot cannot lay out in reasonable time answers at once, with one
/// line saying why, instead of running for minutes.
@Suite struct LayoutLimitCommandTests {
    /// One article in which 40 invented people each criticise 30 others: 40 stakeholders and
    /// 1,200 edges.
    static var denseArticle: String {
        let first = ["Colin", "Gavin", "Owen", "Keith", "Helen", "Sarah", "James", "David"]
        let last = ["Elstow", "Harrowby", "Farrand", "Quist", "Marrack"]
        let people = first.flatMap { f in last.map { "\(f) \($0)" } }
        var sentences: [String] = []
        for (i, source) in people.enumerated() {
            for k in 1...30 { sentences.append("\(source) criticised \(people[(i + k) % people.count]) over the delays to the bypass.") }
        }
        return "---\ntitle: Dense\ndate: 2024-05-01\n---\n" + sentences.joined(separator: " ") + "\n"
    }

    @Test(.timeLimit(.minutes(2))) func explicitDotOnADenseGraphIsRefusedAtOnce() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let article = dir.appendingPathComponent("dense.md")
        try Data(Self.denseArticle.utf8).write(to: article)
        let svg = dir.appendingPathComponent("graph.svg").path

        let refused = try CLIRunner.run(["graph", article.path, "--engine", "dot", "--format", "svg", "-o", svg])
        #expect(refused.status == 1)
        let lines = refused.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains("Graphviz layout 'dot' refused") && lines[0].contains("sfdp"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: svg))

        // Without --engine the graph is drawn, with sfdp.
        let drawn = try CLIRunner.run(["graph", article.path, "--format", "svg", "-o", svg])
        #expect(drawn.status == 0, "\(drawn.stderr)")
        #expect(FileManager.default.fileExists(atPath: svg))
    }
}
