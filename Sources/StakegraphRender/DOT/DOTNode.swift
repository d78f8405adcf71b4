/// A node statement: an ID and its attributes (`"org:ofsted" [label="Ofsted", shape="box"]`).
public struct DOTNode: Sendable, Hashable {
    /// The node's ID, which edges refer to; written quoted, so any text is allowed.
    public var id: String
    /// Node attributes (`label`, `shape`, `tooltip`, ...).
    public var attributes: DOTAttributes
    /// A Graphviz HTML-like label (`label=<...>`), written as given in place of `attributes["label"]`:
    /// the caller escapes any text in it. Only Stakegraph's own tables use it (see `DiagramLegend`).
    var htmlLabel: String?

    /// Creates a node statement.
    public init(id: String, attributes: DOTAttributes = [:]) {
        self.id = id
        self.attributes = attributes
    }
}
