/// Why Graphviz could not turn DOT text into an image, with Graphviz's own message.
public enum GraphvizError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The DOT text could not be parsed (or held no graph); `message` is what Graphviz reported.
    case syntax(message: String)
    /// The layout program failed on a graph that parsed.
    case layoutFailed(engine: LayoutEngine, message: String)
    /// The graph is larger than `engine` lays out in reasonable time (`LayoutEngine.limit`):
    /// refused before the layout starts.
    case tooLarge(engine: LayoutEngine, nodes: Int, edges: Int, limit: LayoutLimit)
    /// The laid-out graph could not be rendered to the format (for example a missing plugin).
    case renderFailed(format: GraphvizFormat, message: String)

    /// Graphviz's message alone, without the context of the case.
    public var message: String {
        switch self {
        case .syntax(let message), .layoutFailed(_, let message), .renderFailed(_, let message):
            return message
        case .tooLarge(let engine, let nodes, let edges, let limit):
            return "\(nodes) nodes and \(edges) edges are more than \(engine.rawValue) lays out in reasonable time "
                + "(at most \(limit.nodes) nodes and \(limit.edges) edges); draw fewer stakeholders (--top) or use sfdp"
        }
    }

    /// The message with its context, for the command line ("Graphviz layout 'dot' failed: ...").
    public var description: String {
        switch self {
        case .syntax(let message):
            return "Graphviz could not read the DOT text: \(message)"
        case .layoutFailed(let engine, let message):
            return "Graphviz layout '\(engine.rawValue)' failed: \(message)"
        case .tooLarge(let engine, _, _, _):
            return "Graphviz layout '\(engine.rawValue)' refused: \(message)"
        case .renderFailed(let format, let message):
            return "Graphviz could not render \(format.rawValue.uppercased()): \(message)"
        }
    }
}
