/// Why Graphviz could not turn DOT text into an image, with Graphviz's own message.
public enum GraphvizError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The DOT text could not be parsed (or held no graph); `message` is what Graphviz reported.
    case syntax(message: String)
    /// The layout program failed on a graph that parsed.
    case layoutFailed(engine: LayoutEngine, message: String)
    /// The laid-out graph could not be rendered to the format (for example a missing plugin).
    case renderFailed(format: GraphvizFormat, message: String)

    /// Graphviz's message alone, without the context of the case.
    public var message: String {
        switch self {
        case .syntax(let message), .layoutFailed(_, let message), .renderFailed(_, let message):
            return message
        }
    }

    /// The message with its context, for the command line ("Graphviz layout 'dot' failed: ...").
    public var description: String {
        switch self {
        case .syntax(let message):
            return "Graphviz could not read the DOT text: \(message)"
        case .layoutFailed(let engine, let message):
            return "Graphviz layout '\(engine.rawValue)' failed: \(message)"
        case .renderFailed(let format, let message):
            return "Graphviz could not render \(format.rawValue.uppercased()): \(message)"
        }
    }
}
