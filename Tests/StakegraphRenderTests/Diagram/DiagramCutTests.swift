import Testing
import StakegraphGraph
@testable import StakegraphRender

/// The engine is chosen from the diagram as built: the `top` cut is made once and the cut
/// diagram draws the same document as the uncut one.
@Suite struct DiagramCutTests {
    @Test func aCutDiagramDrawsTheSameDocumentAndKeepsItsNote() {
        let graph = Fixtures.large(200)
        let diagram = RelationshipDiagram(graph: graph, options: DiagramOptions(top: 40))
        let cut = diagram.cut()
        #expect(cut.options.top == nil)
        #expect(TopStakeholders.stakeholderCount(of: cut.graph) == 40)
        for engine in [LayoutEngine.dot, .sfdp] {
            let whole = DOTEncoder().encode(diagram.document(for: engine))
            #expect(DOTEncoder().encode(cut.document(for: engine)) == whole)
            #expect(DOTEncoder().encode(cut.cut().document(for: engine)) == whole)
            #expect(whole.contains("The 40 most active of 200 stakeholders"))
        }
    }

    @Test func theEngineIsTheSameFromTheCutDiagram() {
        for (graph, top) in [(Fixtures.large(200), 40), (Fixtures.large(200), nil), (Fixtures.schools, 2)] as [(StakeholderGraph, Int?)] {
            let options = DiagramOptions(top: top)
            let diagram = RelationshipDiagram(graph: graph, options: options).cut()
            #expect(DiagramRenderer.suitedEngine(for: diagram, requested: .dot)
                    == DiagramRenderer.suitedEngine(for: graph, options: options, requested: .dot))
        }
    }

    @Test func dataExportsIgnoreTheCut() throws {
        let graph = Fixtures.large(60)
        let diagram = RelationshipDiagram(graph: graph, options: DiagramOptions(top: 5)).cut()
        let json = try GraphExport.documents(graph, drawing: diagram, format: .json)
        #expect(json.first?.data == (try graph.jsonData()))
    }
}

@Suite struct ReadableDefaultTests {
    @Test func onlyLargeGraphsWithoutATopAreCut() {
        #expect(DiagramOptions().readable(for: Fixtures.large(200)).top == DiagramOptions.defaultTop)
        #expect(DiagramOptions().readable(for: Fixtures.large(LayoutEngine.largeGraphThreshold)).top == nil)
        #expect(DiagramOptions(top: 20).readable(for: Fixtures.large(200)).top == 20)
    }
}
