/// A subgraph holding nodes (and nested subgraphs); Graphviz draws it as a boxed cluster when
/// its ID starts with "cluster".
public struct DOTSubgraph: Sendable, Hashable {
    /// The subgraph's ID; prefix it with "cluster" (see `cluster(id:...)`) to get a drawn box.
    public var id: String
    /// Subgraph attributes (`label`, `style`, `color`, ...).
    public var attributes: DOTAttributes
    /// Nodes declared inside the subgraph.
    public var nodes: [DOTNode]
    /// Nested subgraphs, written after `nodes`.
    public var subgraphs: [DOTSubgraph]
    /// Edges declared inside the subgraph (both ends then belong to it).
    public var edges: [DOTEdge]

    /// Creates a subgraph with exactly the given ID.
    public init(id: String, attributes: DOTAttributes = [:], nodes: [DOTNode] = [],
                subgraphs: [DOTSubgraph] = [], edges: [DOTEdge] = []) {
        self.id = id
        self.attributes = attributes
        self.nodes = nodes
        self.subgraphs = subgraphs
        self.edges = edges
    }

    /// Creates a cluster: the ID gets the "cluster_" prefix Graphviz looks for.
    public static func cluster(id: String, attributes: DOTAttributes = [:], nodes: [DOTNode] = [],
                               subgraphs: [DOTSubgraph] = [], edges: [DOTEdge] = []) -> DOTSubgraph {
        DOTSubgraph(id: "cluster_" + id, attributes: attributes, nodes: nodes, subgraphs: subgraphs, edges: edges)
    }

    /// True when Graphviz will draw the subgraph as a cluster.
    public var isCluster: Bool { id.hasPrefix("cluster") }

    /// The subgraph's nodes, then those of nested subgraphs, depth-first.
    public var allNodes: [DOTNode] {
        nodes + subgraphs.flatMap(\.allNodes)
    }
}
