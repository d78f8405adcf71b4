import Foundation
import StakegraphExtraction
import StakegraphGraph

/// One-call entry points for the command line: a graph to DOT text, or straight to an image.
public enum DiagramRenderer {
    /// The DOT text of `graph`'s relationship diagram, shaped for `engine`; needs no Graphviz.
    public static func dot(_ graph: StakeholderGraph, engine: LayoutEngine = .dot,
                           options: DiagramOptions = DiagramOptions()) -> String {
        DOTEncoder().encode(RelationshipDiagram(graph: graph, options: options).document(for: engine))
    }

    /// `graph`'s relationship diagram laid out by `engine` and rendered in `format` by the
    /// shared in-process Graphviz.
    /// - Throws: `GraphvizError` with Graphviz's message when layout or rendering fails.
    public static func render(_ graph: StakeholderGraph, format: GraphvizFormat, engine: LayoutEngine = .dot,
                              options: DiagramOptions = DiagramOptions()) throws -> Data {
        try Graphviz.shared.render(dot: dot(graph, engine: engine, options: options), format: format, engine: engine)
    }

    /// The engine to draw `graph` with: `requested`, or `sfdp` when the diagram would have more
    /// than `LayoutEngine.largeGraphThreshold` stakeholders once `options.top` is applied, or
    /// more nodes or edges than `requested.limit` allows (the legend counted).
    public static func suitedEngine(for graph: StakeholderGraph, options: DiagramOptions = DiagramOptions(),
                                    requested: LayoutEngine) -> LayoutEngine {
        let drawn = RelationshipDiagram(graph: graph, options: options).drawnGraph
        let stakeholders = TopStakeholders.stakeholderCount(of: drawn)
        // One edge per relationship and interaction type (`RelationshipDiagram`'s edges).
        let edges = drawn.relationships.reduce(0) { $0 + $1.counts.values.filter { $0 > 0 }.count }
        // The legend: under dot, two nodes and a sample edge per interaction type; else one node.
        let types = InteractionType.allCases.count
        let legend = !options.showsLegend ? (nodes: 0, edges: 0) : requested == .dot ? (nodes: 2 * types, edges: types) : (nodes: 1, edges: 0)
        if stakeholders > LayoutEngine.largeGraphThreshold { return .sfdp }
        if let limit = requested.limit, !limit.admits(nodes: stakeholders + legend.nodes, edges: edges + legend.edges) { return .sfdp }
        return requested
    }
}

extension DiagramRenderer {
    /// The DOT text of `comparison`'s diagram, shaped for `engine`; needs no Graphviz.
    /// - Parameter graph: the graph the comparison came from, for node kinds and affiliations.
    public static func dot(_ comparison: PeriodComparison, graph: StakeholderGraph? = nil, engine: LayoutEngine = .dot,
                           options: DiagramOptions = ComparisonDiagram.defaultOptions) -> String {
        DOTEncoder().encode(ComparisonDiagram(comparison: comparison, graph: graph, options: options).document(for: engine))
    }

    /// `comparison`'s diagram laid out by `engine` and rendered in `format` by the shared
    /// in-process Graphviz.
    /// - Parameter graph: the graph the comparison came from, for node kinds and affiliations.
    /// - Throws: `GraphvizError` with Graphviz's message when layout or rendering fails.
    public static func render(_ comparison: PeriodComparison, graph: StakeholderGraph? = nil, format: GraphvizFormat,
                              engine: LayoutEngine = .dot, options: DiagramOptions = ComparisonDiagram.defaultOptions) throws -> Data {
        try Graphviz.shared.render(dot: dot(comparison, graph: graph, engine: engine, options: options),
                                   format: format, engine: engine)
    }
}
