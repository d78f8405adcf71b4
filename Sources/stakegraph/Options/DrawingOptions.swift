import ArgumentParser
import StakegraphGraph
import StakegraphRender

/// How the relationship diagram is drawn by `graph`, `analyze` and `report`: the layout engine,
/// and how many stakeholders it shows (`--top N`, or by default every one up to
/// `LayoutEngine.largeGraphThreshold` and the `DiagramOptions.defaultTop` most active beyond;
/// `--all` draws every one however many).
struct DrawingOptions: ParsableArguments {
    @Option(help: "Graphviz layout engine (default: dot, or sfdp for large graphs).")
    var engine: LayoutEngine?

    @Option(parsing: .unconditional, help: "Draw only the N stakeholders with the most interactions (default: all up to \(LayoutEngine.largeGraphThreshold), the \(DiagramOptions.defaultTop) most active beyond; the caption says how many are left out).")
    var top: Int?

    @Flag(help: "Draw every stakeholder, however many.")
    var all = false

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be 1 or more.") }
        if all, top != nil { throw ValidationError("Give --top or --all, not both.") }
    }

    /// `options` with the number of stakeholders to draw for `graph`.
    func applied(to options: DiagramOptions, for graph: StakeholderGraph) -> DiagramOptions {
        var options = options
        options.top = top
        return all ? options : options.readable(for: graph)
    }

    /// The diagram of `graph` as drawn, its `--top` cut made once, and the engine to draw it
    /// with: `--engine`, or the one suited to the cut diagram (`DiagramRenderer.suitedEngine`).
    func diagram(of graph: StakeholderGraph, options: DiagramOptions) -> (diagram: RelationshipDiagram, engine: LayoutEngine) {
        let diagram = RelationshipDiagram(graph: graph, options: applied(to: options, for: graph)).cut()
        return (diagram, engine ?? DiagramRenderer.suitedEngine(for: diagram, requested: .dot))
    }
}
