/// A node statement: an ID and its attributes (`"org:ofsted" [label="Ofsted", shape="box"]`).
public struct DOTNode: Sendable, Hashable {
    /// The node's ID, which edges refer to; written quoted, so any text is allowed.
    public var id: String
    /// Node attributes (`label`, `shape`, `tooltip`, ...).
    public var attributes: DOTAttributes

    /// Creates a node statement.
    public init(id: String, attributes: DOTAttributes = [:]) {
        self.id = id
        self.attributes = attributes
    }
}
