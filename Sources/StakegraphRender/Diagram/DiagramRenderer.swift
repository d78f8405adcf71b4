import Foundation
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
    /// than `LayoutEngine.largeGraphThreshold` stakeholders once `options.top` is applied.
    public static func suitedEngine(for graph: StakeholderGraph, options: DiagramOptions = DiagramOptions(),
                                    requested: LayoutEngine) -> LayoutEngine {
        let drawn = RelationshipDiagram(graph: graph, options: options).drawnGraph
        return LayoutEngine.suited(forNodeCount: TopStakeholders.stakeholderCount(of: drawn), requested: requested)
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
