import Foundation
import StakegraphExtraction
import StakegraphGraph
import Testing
@testable import StakegraphRender

@Suite struct ReportWriterTests {
    private func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stakegraph-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func writesTheThreeFilesIntoANewDirectory() throws {
        let base = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let directory = (base as NSString).appendingPathComponent("nested/out")
        let paths = try ReportWriter(graph: Fixtures.schools, title: "Schools", articleCount: 3).write(to: directory)
        #expect(paths.map { ($0 as NSString).lastPathComponent } == ReportWriter.fileNames)
        #expect(ReportWriter.fileNames == ["graph.svg", "timeline.svg", "report.html"])

        let graph = try SVG(Data(contentsOf: URL(fileURLWithPath: paths[0])))
        #expect(graph.groups(class: "node").count >= Fixtures.schools.nodes.count)
        let timeline = try SVG(Data(contentsOf: URL(fileURLWithPath: paths[1])))
        #expect(timeline.groups(class: "event").count == Fixtures.schools.events.count)
        let html = try String(contentsOfFile: paths[2], encoding: .utf8)
        #expect(html.contains("<h1>Schools</h1>"))
        #expect(html.contains("<dd>3</dd>"))
        // The diagram and the timeline at person level, and at organisation level for the level filter.
        #expect(html.components(separatedBy: "<svg").count == 5)
        // Only the three files: no temporary file left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ReportWriter.fileNames.sorted())
    }

    @Test func topLimitsBothDiagramsButNotTheTable() throws {
        let graph = Fixtures.large(40)
        let files = try ReportWriter(graph: graph, top: 5).render()
        let byName = Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.data) })
        let timeline = try SVG(try #require(byName["timeline.svg"]))
        #expect(timeline.groups(class: "lane").count <= 5)
        let diagram = try SVG(try #require(byName["graph.svg"]))
        let ids = Set(graph.nodes.map(\.id))
        #expect(diagram.groups(class: "node").filter { ids.contains(SVG.title(of: $0)) }.count == 5)
        let html = String(decoding: try #require(byName["report.html"]), as: UTF8.self)
        let rows = html.components(separatedBy: "<tr data-type=").count - 1 - InteractionType.allCases.count // less the summary
        #expect(rows == graph.events.count)
    }

    @Test func analysisWritesTheTimelineAndReportToo() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let entities = [
            Fixtures.entity("org:ofsted", "Ofsted", .organisation),
            Fixtures.entity("org:dfe", "Department for Education", .organisation),
        ]
        let sentence = "Ofsted criticised the department."
        let evidence = Evidence(sentence: sentence, start: 0, end: sentence.unicodeScalars.count, cue: "criticised")
        let interaction = Interaction(source: "org:ofsted", target: "org:dfe", type: .criticism,
                                      date: EventDate(string: "2024-01-08"), article: "a1", evidence: evidence, confidence: 0.9)
        let extraction = Extraction(articles: [], entities: entities, interactions: [interaction])

        let paths = try Analysis(extraction: extraction).write(to: directory)
        #expect(Analysis.fileNames == ["extraction.json", "graph.dot", "graph.svg", "timeline.txt", "timeline.svg", "report.html"])
        #expect(paths.map { ($0 as NSString).lastPathComponent } == Analysis.fileNames)
        let timeline = try SVG(Data(contentsOf: URL(fileURLWithPath: (directory as NSString).appendingPathComponent("timeline.svg"))))
        #expect(timeline.groups(class: "event").count == 1)
        let html = try String(contentsOfFile: (directory as NSString).appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<td class=\"evidence\">\(sentence)</td>"))
        #expect(html.contains("<dt>Articles</dt>"))
        let text = try String(contentsOfFile: (directory as NSString).appendingPathComponent("timeline.txt"), encoding: .utf8)
        #expect(text.hasPrefix("Person level: 1 event\n2024-01-08  Ofsted -> Department for Education  criticism"))
    }
}
