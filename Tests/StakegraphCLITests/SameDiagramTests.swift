import Foundation
import Testing

/// One diagram for the same input and options, whatever the command draws it.
@Suite struct SameDiagramTests {
    @Test func graphAnalyzeAndReportDrawTheSameDiagram() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for level in ["person", "organisation"] {
            let analyzed = dir.appendingPathComponent("analyze-\(level)"), reported = dir.appendingPathComponent("report-\(level)")
            let svg = dir.appendingPathComponent("graph-\(level).svg")
            #expect(try CLIRunner.run(["analyze", "Samples/articles", "--level", level, "--out", analyzed.path]).status == 0)
            #expect(try CLIRunner.run(["report", "Samples/articles", "--level", level, "--out", reported.path]).status == 0)
            #expect(try CLIRunner.run(["graph", "Samples/articles", "--level", level, "--format", "svg", "-o", svg.path]).status == 0)
            let dot = try CLIRunner.run(["graph", "Samples/articles", "--level", level, "--format", "dot"])
            #expect(dot.stdoutData == (try Data(contentsOf: analyzed.appendingPathComponent("graph.dot"))), "\(level)")
            let drawn = try Data(contentsOf: analyzed.appendingPathComponent("graph.svg"))
            #expect(try Data(contentsOf: svg) == drawn, "\(level)")
            #expect(try Data(contentsOf: reported.appendingPathComponent("graph.svg")) == drawn, "\(level)")
        }
    }

    @Test func radiusIsDepth() throws {
        let depth = try CLIRunner.run(["graph", "Samples/articles", "--focus", "Ofsted", "--depth", "2", "--format", "json"])
        let radius = try CLIRunner.run(["graph", "Samples/articles", "--focus", "Ofsted", "--radius", "2", "--format", "json"])
        #expect(depth.status == 0 && radius.status == 0)
        #expect(depth.stdoutData == radius.stdoutData)
    }
}
