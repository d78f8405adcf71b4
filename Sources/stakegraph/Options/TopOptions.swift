import ArgumentParser
import StakegraphGraph
import StakegraphRender

/// How many stakeholders a diagram shows: `--top N`, or by default every one up to
/// `LayoutEngine.largeGraphThreshold` and the `DiagramOptions.defaultTop` most active beyond;
/// `--all` draws every one however many.
struct TopOptions: ParsableArguments {
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
}
