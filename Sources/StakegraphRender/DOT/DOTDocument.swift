/// Graphviz attributes by name (`label`, `color`, ...); values are written as quoted strings.
public typealias DOTAttributes = [String: String]

/// A Graphviz graph as plain Swift data: what to draw, with no layout and no C.
///
/// `DOTEncoder` writes it as DOT text, so diagrams can be built and compared in tests without
/// Graphviz; `Graphviz` only turns that text into SVG, PNG or PDF.
public struct DOTDocument: Sendable, Hashable {
    /// The graph's name (its ID in `digraph "name" { ... }`).
    public var name: String
    /// `digraph` with `->` edges when true, `graph` with `--` edges otherwise.
    public var isDirected: Bool
    /// `strict` graphs merge parallel edges; Stakegraph draws one edge per type, so it leaves this off.
    public var isStrict: Bool
    /// Graph attributes (`label`, `rankdir`, ...). The encoder always adds `charset="UTF-8"`.
    public var attributes: DOTAttributes
    /// Defaults for every node (`node [...]`).
    public var nodeDefaults: DOTAttributes
    /// Defaults for every edge (`edge [...]`).
    public var edgeDefaults: DOTAttributes
    /// Nodes outside any subgraph, in the order they are written.
    public var nodes: [DOTNode]
    /// Subgraphs (clusters when their ID starts with "cluster"), written after `nodes`.
    public var subgraphs: [DOTSubgraph]
    /// Edges, written last; their ends are node IDs.
    public var edges: [DOTEdge]

    /// Creates a document; everything but the name may be filled in later.
    public init(name: String, isDirected: Bool = true, isStrict: Bool = false, attributes: DOTAttributes = [:],
                nodeDefaults: DOTAttributes = [:], edgeDefaults: DOTAttributes = [:], nodes: [DOTNode] = [],
                subgraphs: [DOTSubgraph] = [], edges: [DOTEdge] = []) {
        self.name = name
        self.isDirected = isDirected
        self.isStrict = isStrict
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.subgraphs = subgraphs
        self.edges = edges
    }

    /// Every node declared anywhere in the document: top level first, then subgraphs depth-first.
    public var allNodes: [DOTNode] {
        nodes + subgraphs.flatMap(\.allNodes)
    }
}
