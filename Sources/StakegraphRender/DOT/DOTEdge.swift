/// An edge statement between two node IDs, with its attributes.
public struct DOTEdge: Sendable, Hashable {
    /// ID of the node the edge leaves (the tail).
    public var from: String
    /// ID of the node the edge enters (the head).
    public var to: String
    /// Edge attributes (`color`, `penwidth`, `tooltip`, ...).
    public var attributes: DOTAttributes

    /// Creates an edge statement; the ends need not be declared as nodes (Graphviz creates them).
    public init(from: String, to: String, attributes: DOTAttributes = [:]) {
        self.from = from
        self.to = to
        self.attributes = attributes
    }
}
