import Foundation
import StakegraphExtraction
import StakegraphGraph
import Testing
@testable import StakegraphRender

/// An engine that cannot lay a graph out in reasonable time refuses it at once instead of
/// running for minutes (Graphviz cannot be interrupted), and the default choice avoids it.
@Suite struct LayoutLimitTests {
    /// 60 organisations and about 2,000 edges: few enough nodes for the default to have picked
    /// dot, far too many edges for dot (minutes) or circo.
    static let dense = Fixtures.large(60, eventsPerNode: 40)

    static var edgeCount: Int { dense.relationships.reduce(0) { $0 + $1.counts.values.filter { $0 > 0 }.count } }

    @Test(.timeLimit(.minutes(1)), arguments: [LayoutEngine.dot, .circo])
    func anExplicitEngineRefusesAGraphAboveItsLimit(_ engine: LayoutEngine) throws {
        #expect(Self.edgeCount > 1_000)
        let error = try #require(throws: GraphvizError.self) {
            try DiagramRenderer.render(Self.dense, format: .svg, engine: engine)
        }
        guard case .tooLarge(let refused, let nodes, let edges, let limit) = error else { Issue.record("\(error)"); return }
        #expect(refused == engine && limit == engine.limit)
        #expect(nodes >= 60 && edges >= Self.edgeCount)
        #expect(error.description.hasPrefix("Graphviz layout '\(engine.rawValue)' refused: \(nodes) nodes and \(edges) edges"))
        #expect(!error.description.contains("\n"))
    }

    @Test func theDefaultEngineAvoidsAnEngineTheGraphIsTooLargeFor() {
        #expect(DiagramRenderer.suitedEngine(for: Self.dense, requested: .dot) == .sfdp)
        #expect(DiagramRenderer.suitedEngine(for: Self.dense, requested: .circo) == .sfdp)
        // A small graph keeps the engine asked for.
        #expect(DiagramRenderer.suitedEngine(for: Fixtures.large(40), requested: .dot) == .dot)
        #expect(LayoutEngine.suited(forNodeCount: 60, edgeCount: 1_001, requested: .dot) == .sfdp)
        #expect(LayoutEngine.suited(forNodeCount: 60, edgeCount: 1_000, requested: .dot) == .dot)
        #expect(LayoutEngine.sfdp.limit == nil)
    }

    @Test func aGraphWithinTheLimitIsLaidOut() throws {
        let dot = "digraph { a -> b; b -> c }"
        let svg = try Graphviz.shared.render(dot: dot, format: .svg, engine: .dot)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
        // Any DOT text is counted once parsed, before the layout starts.
        let star = "graph { " + (1...201).map { "hub -- n\($0);" }.joined(separator: " ") + " }"
        #expect(throws: GraphvizError.tooLarge(engine: .circo, nodes: 202, edges: 201, limit: LayoutLimit(nodes: 300, edges: 200))) {
            try Graphviz.shared.render(dot: star, format: .svg, engine: .circo)
        }
        #expect(LayoutLimit(nodes: 3, edges: 2).admits(nodes: 3, edges: 2))
        #expect(!LayoutLimit(nodes: 3, edges: 2).admits(nodes: 3, edges: 3))
    }
}
