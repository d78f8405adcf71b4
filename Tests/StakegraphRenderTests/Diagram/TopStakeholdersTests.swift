import StakegraphExtraction
import StakegraphGraph
import Testing
@testable import StakegraphRender

@Suite struct TopStakeholdersTests {
    /// Hub criticises A three times and B once; A and B each meet C; Zed and Abe are idle.
    private var star: StakeholderGraph {
        let nodes = ["hub": "Hub", "a": "Alpha", "b": "Beta", "c": "Gamma", "z": "Zed", "y": "Abe"].sorted { $0.key < $1.key }
            .map { Fixtures.entity("org:" + $0.key, $0.value, .organisation) }.map(StakeholderNode.init(entity:))
        return StakeholderGraph(nodes: nodes, events: [
            Fixtures.event("org:hub", "org:a", .criticism, "2024-01-01", sentence: "One."),
            Fixtures.event("org:hub", "org:a", .criticism, "2024-02-01", sentence: "Two."),
            Fixtures.event("org:hub", "org:a", .criticism, "2024-03-01", sentence: "Three."),
            Fixtures.event("org:hub", "org:b", .criticism, "2024-01-05", sentence: "Four."),
            Fixtures.event("org:a", "org:c", .meeting, "2024-04-01", sentence: "Five."),
            Fixtures.event("org:b", "org:c", .meeting, "2024-04-02", sentence: "Six."),
        ])
    }

    @Test func weightedDegreeCountsEveryEventAtBothEnds() {
        #expect(TopStakeholders.weightedDegrees(of: star) == ["org:hub": 4, "org:a": 4, "org:b": 2, "org:c": 2])
    }

    @Test func rankingBreaksTiesByName() {
        // Hub and Alpha tie at 4, Beta and Gamma at 2, Abe and Zed at 0: names decide.
        #expect(TopStakeholders.ranked(star) == ["org:a", "org:hub", "org:b", "org:c", "org:y", "org:z"])
    }

    @Test func keepingTheTopDropsTheRestAndTheirEvents() throws {
        let top = TopStakeholders.keeping(3, of: star)
        #expect(top.nodes.map(\.id).sorted() == ["org:a", "org:b", "org:hub"])
        #expect(top.events.count == 4)
        #expect(top.events.allSatisfy { $0.source == "org:hub" })
        #expect(top.relationships.map(\.target) == ["org:a", "org:b"])
        // Event indexes are renumbered into the smaller event list.
        for relationship in top.relationships {
            #expect(relationship.events.allSatisfy { top.events.indices.contains($0) })
            #expect(relationship.events.allSatisfy { top.events[$0].target == relationship.target })
        }
        #expect(TopStakeholders.keeping(6, of: star) == star)
        #expect(TopStakeholders.keeping(0, of: star).nodes.isEmpty)
    }

    @Test func topOptionLimitsTheDiagramAndSaysSo() throws {
        let options = DiagramOptions(showsLegend: false, top: 2)
        let document = RelationshipDiagram(graph: star, options: options).document()
        #expect(document.allNodes.map(\.id).sorted() == ["org:a", "org:hub"])
        #expect(document.edges.count == 1)
        let label = try #require(document.attributes["label"])
        #expect(label.hasSuffix("The 2 most active of 6 stakeholders (by number of interactions)"))
        #expect(label.contains("1 January - 1 March 2024"))

        let all = RelationshipDiagram(graph: star, options: DiagramOptions(top: 10)).document()
        #expect(all.attributes["label"]?.contains("most active") == false)
    }

    @Test func largeGraphsSwitchToSFDP() {
        #expect(LayoutEngine.suited(forNodeCount: 150, requested: .dot) == .dot)
        #expect(LayoutEngine.suited(forNodeCount: 151, requested: .dot) == .sfdp)
        #expect(LayoutEngine.suited(forNodeCount: 151, requested: .circo) == .sfdp)
        #expect(LayoutEngine.suited(forNodeCount: 3, requested: .neato) == .neato)

        let large = Fixtures.large(200, eventsPerNode: 1)
        #expect(DiagramRenderer.suitedEngine(for: large, requested: .dot) == .sfdp)
        #expect(DiagramRenderer.suitedEngine(for: large, options: DiagramOptions(top: 40), requested: .dot) == .dot)
    }
}
