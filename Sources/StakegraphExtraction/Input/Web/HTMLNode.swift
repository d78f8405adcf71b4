/// One node of a parsed web page: an element with its attributes and children, or a run of text.
/// Nodes live in `HTMLDocument.nodes` and refer to each other by index, so a page is one array.
public struct HTMLNode: Sendable, Hashable {
    /// An element (`<p>`, `<div>`, ...) or a run of text between tags.
    public enum Kind: Sendable, Hashable {
        case element
        case text
    }

    public var kind: Kind
    /// The element's tag name in lower case (`p`, `div`); empty for text.
    public var name: String
    /// The characters of a text node; empty for an element.
    public var text: String
    /// The element's attributes in document order, names in lower case.
    public var attributes: [HTMLAttribute]
    /// Indexes of the children in `HTMLDocument.nodes`, in document order.
    public var children: [Int]
    /// Index of the parent element, nil for the root.
    public var parent: Int?

    public init(kind: Kind, name: String, text: String = "", attributes: [HTMLAttribute] = [],
                children: [Int] = [], parent: Int? = nil) {
        self.kind = kind
        self.name = name
        self.text = text
        self.attributes = attributes
        self.children = children
        self.parent = parent
    }

    /// The value of attribute `name` (lower case), or nil when the element has none.
    public func attribute(_ name: String) -> String? {
        attributes.first(where: { $0.name == name })?.value
    }
}

/// One attribute of an element: its name in lower case and its value, entities decoded.
public struct HTMLAttribute: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
