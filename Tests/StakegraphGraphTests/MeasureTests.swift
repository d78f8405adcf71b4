import Testing
import StakegraphExtraction
@testable import StakegraphGraph

@Suite struct MeasureTests {
    @Test func pathGraphBetweenness() {
        // a - b - c - d - e
        let graph = Fixture.graph([("a", "b", .support, nil), ("b", "c", .support, nil), ("c", "d", .support, nil), ("d", "e", .support, nil)])
        let measures = graph.measures([.betweenness])
        let values = measures.nodes.map { $0.betweenness! }
        let expected = [0, 3.0 / 6, 4.0 / 6, 3.0 / 6, 0]
        #expect(zip(values, expected).allSatisfy { abs($0 - $1) < 1e-9 }, "\(values)")
        #expect(measures.nodes.allSatisfy { $0.community == nil && $0.topPartners == nil })
    }

    @Test func organisationsKnownOnlyFromAffiliationsDoNotDiluteBetweenness() {
        // a - p - b, where p belongs to an organisation that is no entity of the graph.
        let p = Fixture.person("p", "P", affiliations: [Fixture.affiliation("org:elsewhere", "Elsewhere")])
        let graph = Fixture.graph([("a", "p", .support, nil), ("p", "b", .support, nil)], extraEntities: [p])
        #expect(graph.nodes.count == 3)
        #expect(graph.measures([.betweenness])["p"]?.betweenness == 1)
    }

    @Test func betweennessCountsSplitShortestPathsAndIgnoresDirection() {
        // A 4-cycle a-b-c-d-a: each node lies on half of the two shortest paths between its neighbours.
        let graph = Fixture.graph([("a", "b", .support, nil), ("c", "b", .support, nil), ("c", "d", .support, nil), ("a", "d", .support, nil)])
        let values = graph.measures([.betweenness]).nodes.map { $0.betweenness! }
        #expect(values.allSatisfy { abs($0 - 0.5 / 3) < 1e-9 }, "\(values)")
    }

    @Test func starDegree() {
        let graph = Fixture.graph([
            ("hub", "a", .support, "2024-01-01"), ("hub", "b", .support, nil), ("c", "hub", .criticism, nil),
            ("hub", "d", .meeting, nil), ("a", "hub", .criticism, "2024-02-01"), ("hub", "a", .pledge, "2024-03-01"),
        ])
        let m = graph.measures()
        #expect(m["hub"]?.degree == 4)
        #expect(m["hub"]?.weightedDegree == 6)
        #expect(m["a"]?.degree == 1)
        #expect(m["a"]?.weightedDegree == 3)
        #expect(abs(m["hub"]!.betweenness! - 1) < 1e-9)
        #expect(m["b"]?.betweenness == 0)
        #expect(m["hub"]?.topPartners?.map(\.id) == ["a", "b", "c"])
        #expect(m["hub"]?.topPartners?.first?.events == 3)
        #expect(m["a"]?.topPartners?.map(\.name) == ["HUB"])
    }

    @Test func degreesAloneAgreeWithTheFullAdjacency() {
        let graph = Fixture.graph([
            ("a", "b", .support, nil), ("b", "a", .criticism, nil), ("b", "a", .pledge, nil), ("c", "a", .meeting, nil),
            ("d", "c", .response, nil), ("c", "d", .response, nil), ("e", "a", .criticism, nil),
        ])
        let alone = graph.measures([]), full = graph.measures([.partners])
        #expect(alone.nodes.map(\.degree) == full.nodes.map(\.degree))
        #expect(alone.nodes.map(\.weightedDegree) == full.nodes.map(\.weightedDegree))
        #expect(alone["a"]?.degree == 3 && alone["a"]?.weightedDegree == 5)
        // Relationships out of (source, target) order take the adjacency path.
        var shuffled = graph
        shuffled.relationships.reverse()
        #expect(shuffled.measures([]).nodes.map(\.degree) == alone.nodes.map(\.degree))
    }

    @Test func twoCliquesJoinedByABridgeAreTwoCommunities() {
        var edges: [(String, String, InteractionType, String?)] = []
        for clique in [["a1", "a2", "a3", "a4"], ["b1", "b2", "b3", "b4"]] {
            for i in clique.indices { for j in clique.indices where i < j { edges.append((clique[i], clique[j], .meeting, nil)) } }
        }
        edges.append(("a4", "b1", .criticism, nil))
        let graph = Fixture.graph(edges)
        let m = graph.measures([.communities])
        #expect(m.communityCount == 2)
        let community = Dictionary(uniqueKeysWithValues: m.nodes.map { ($0.id, $0.community!) })
        #expect(Set(["a1", "a2", "a3", "a4"].map { community[$0]! }).count == 1)
        #expect(Set(["b1", "b2", "b3", "b4"].map { community[$0]! }).count == 1)
        #expect(community["a1"] != community["b1"])
        #expect(community["a1"] == 0) // equal sizes: numbered by first node
        #expect(abs(m.modularity! - (12.0 / 13 - 0.5)) < 1e-9, "\(m.modularity!)")
        // Deterministic across runs.
        #expect(graph.measures([.communities]) == m)
    }

    @Test func isolatedNodesHaveZeroMeasures() {
        let graph = Fixture.graph([("a", "b", .support, nil)], extraEntities: [Fixture.organisation("lonely", "Lonely")])
        let m = graph.measures()
        #expect(m["lonely"]?.degree == 0)
        #expect(m["lonely"]?.topPartners == [])
        #expect(m.communityCount == 2)
    }
}
