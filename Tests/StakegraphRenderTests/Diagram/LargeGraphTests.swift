import Foundation
import StakegraphExtraction
import StakegraphGraph
import Testing
@testable import StakegraphRender

/// A corpus-sized graph must still render, fast, with the engine chosen for it.
@Suite struct LargeGraphTests {
    @Test(.timeLimit(.minutes(2)))
    func fiveHundredStakeholdersRenderToSVGWithSFDP() throws {
        let graph = Fixtures.large(500)
        let engine = DiagramRenderer.suitedEngine(for: graph, requested: .dot)
        #expect(engine == .sfdp)

        let clock = ContinuousClock()
        var data = Data()
        let elapsed = try clock.measure {
            data = try DiagramRenderer.render(graph, format: .svg, engine: engine)
        }
        #expect(elapsed < .seconds(20), "500 nodes took \(elapsed)")

        let svg = try SVG(data)
        let ids = Set(graph.nodes.map(\.id))
        #expect(svg.groups(class: "node").filter { ids.contains(SVG.title(of: $0)) }.count == 500)
        let expected = graph.relationships.reduce(0) { $0 + $1.counts.values.filter { $0 > 0 }.count }
        #expect(svg.groups(class: "edge").count == expected)
        #expect(svg.texts.contains("Interaction types"))
    }

    @Test func topKeepsALargeGraphSmall() throws {
        let graph = Fixtures.large(500)
        let options = DiagramOptions(top: 25)
        let engine = DiagramRenderer.suitedEngine(for: graph, options: options, requested: .dot)
        #expect(engine == .dot)
        let svg = try SVG(DiagramRenderer.render(graph, format: .svg, engine: engine, options: options))
        let ids = Set(graph.nodes.map(\.id))
        #expect(svg.groups(class: "node").filter { ids.contains(SVG.title(of: $0)) }.count == 25)
        #expect(svg.texts.contains("The 25 most active of 500 stakeholders (by number of interactions)"))
    }

    @Test func theTimelineOfALargeGraphIsWellFormed() throws {
        let graph = Fixtures.large(500)
        let svg = try SVG(Data(TimelineDiagram(graph: graph).svg.utf8))
        #expect(svg.groups(class: "lane").count == 500)
        #expect(svg.groups(class: "event").count == graph.events.count)
    }
}
