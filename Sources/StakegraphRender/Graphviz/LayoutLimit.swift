/// The largest graph a Graphviz layout engine is given: a graph with more nodes or more edges
/// is refused (`GraphvizError.tooLarge`) instead of being left to run for minutes or hours,
/// since a layout in progress cannot be interrupted. See `LayoutEngine.limit` for the figures
/// and how they were measured.
public struct LayoutLimit: Sendable, Hashable {
    public var nodes: Int
    public var edges: Int

    public init(nodes: Int, edges: Int) {
        self.nodes = nodes
        self.edges = edges
    }

    /// True when a graph of `nodes` nodes and `edges` edges is within the limit.
    public func admits(nodes: Int, edges: Int) -> Bool {
        nodes <= self.nodes && edges <= self.edges
    }
}
