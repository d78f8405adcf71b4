import Foundation
import StakegraphExtraction
import StakegraphGraph

/// One-call entry points for the command line: a graph to DOT text, or straight to an image.
public enum DiagramRenderer {
    /// The DOT text of `graph`'s relationship diagram, shaped for `engine`; needs no Graphviz.
    public static func dot(_ graph: StakeholderGraph, engine: LayoutEngine = .dot,
                           options: DiagramOptions = DiagramOptions()) -> String {
        dot(RelationshipDiagram(graph: graph, options: options), engine: engine)
    }

    /// The DOT text of `diagram`, shaped for `engine`; needs no Graphviz.
    public static func dot(_ diagram: RelationshipDiagram, engine: LayoutEngine = .dot) -> String {
        DOTEncoder().encode(diagram.document(for: engine))
    }

    /// `graph`'s relationship diagram laid out by `engine` and rendered in `format` by the
    /// shared in-process Graphviz.
    /// - Throws: `GraphvizError` with Graphviz's message when layout or rendering fails.
    /// - Throws: `GraphvizError.tooLarge` at once, before any DOT is written, when the diagram
    ///   exceeds `engine.limit`.
    public static func render(_ graph: StakeholderGraph, format: GraphvizFormat, engine: LayoutEngine = .dot,
                              options: DiagramOptions = DiagramOptions()) throws -> Data {
        try render(RelationshipDiagram(graph: graph, options: options), format: format, engine: engine)
    }

    /// `diagram` laid out by `engine` and rendered in `format`; its `top` cut is made once
    /// (pass a `cut()` diagram to share it with `suitedEngine`).
    /// - Throws: as `render(_:format:engine:options:)`.
    public static func render(_ diagram: RelationshipDiagram, format: GraphvizFormat, engine: LayoutEngine = .dot) throws -> Data {
        let diagram = diagram.cut()
        if let limit = engine.limit {
            let size = diagramSize(of: diagram, engine: engine)
            if !limit.admits(nodes: size.nodes, edges: size.edges) {
                throw GraphvizError.tooLarge(engine: engine, nodes: size.nodes, edges: size.edges, limit: limit)
            }
        }
        var document = diagram.document(for: engine)
        document.attributes.merge(diagram.options.imageAttributes(for: format)) { _, sized in sized }
        return try Graphviz.shared.render(dot: DOTEncoder().encode(document), format: format, engine: engine)
    }

    /// The engine to draw `graph` with: `requested`, or `sfdp` when the diagram would have more
    /// than `LayoutEngine.largeGraphThreshold` stakeholders once `options.top` is applied, or
    /// more nodes or edges than `requested.limit` allows (the legend counted).
    public static func suitedEngine(for graph: StakeholderGraph, options: DiagramOptions = DiagramOptions(),
                                    requested: LayoutEngine) -> LayoutEngine {
        suitedEngine(for: RelationshipDiagram(graph: graph, options: options), requested: requested)
    }

    /// The engine to draw `diagram` with, as `suitedEngine(for:options:requested:)` says, judged
    /// on the diagram as drawn: its `top` cut made once (none again when `diagram` is already `cut()`).
    public static func suitedEngine(for diagram: RelationshipDiagram, requested: LayoutEngine) -> LayoutEngine {
        let diagram = diagram.cut()
        if TopStakeholders.stakeholderCount(of: diagram.graph) > LayoutEngine.largeGraphThreshold { return .sfdp }
        let size = diagramSize(of: diagram, engine: requested)
        if let limit = requested.limit, !limit.admits(nodes: size.nodes, edges: size.edges) { return .sfdp }
        return requested
    }

    /// The nodes and edges of a `cut()` diagram as Graphviz will count them, without writing
    /// it: the drawn stakeholders, one edge per relationship and interaction type, and the
    /// legend's one node.
    static func diagramSize(of diagram: RelationshipDiagram, engine: LayoutEngine) -> (nodes: Int, edges: Int) {
        let drawn = diagram.graph
        let edges = drawn.relationships.reduce(0) { $0 + $1.counts.values.filter { $0 > 0 }.count }
        return (TopStakeholders.stakeholderCount(of: drawn) + (diagram.options.showsLegend ? 1 : 0), edges)
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
        var document = ComparisonDiagram(comparison: comparison, graph: graph, options: options).document(for: engine)
        document.attributes.merge(options.imageAttributes(for: format)) { _, sized in sized }
        return try Graphviz.shared.render(dot: DOTEncoder().encode(document), format: format, engine: engine)
    }
}
