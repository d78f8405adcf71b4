import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG document from Graphviz, parsed as XML (so parsing itself checks well-formedness),
/// with the look-ups the suites need.
struct SVG {
    let document: XMLDocument

    init(_ data: Data) throws {
        document = try XMLDocument(data: data)
    }

    /// Every element, depth-first.
    var elements: [XMLElement] {
        guard let root = document.rootElement() else { return [] }
        return Self.descendants(of: root, includingSelf: true)
    }

    /// The `<g>` groups whose `class` attribute is exactly `cssClass` ("node", "edge", "cluster").
    func groups(class cssClass: String) -> [XMLElement] {
        elements.filter { $0.localName == "g" && Self.attribute("class", of: $0) == cssClass }
    }

    /// The string values of every `<text>` element, in document order.
    var texts: [String] {
        elements.filter { $0.localName == "text" }.map { $0.stringValue ?? "" }
    }

    /// The `<title>` child Graphviz gives each group: the node's ID, or `tail->head` for an edge.
    static func title(of group: XMLElement) -> String {
        let title = group.children?.first { ($0 as? XMLElement)?.localName == "title" }
        return title?.stringValue ?? ""
    }

    /// The `xlink:title` tooltips anywhere inside `element`.
    static func tooltips(in element: XMLElement) -> [String] {
        descendants(of: element, includingSelf: true).compactMap { attribute("xlink:title", of: $0) }
    }

    /// The stroke colours of the `<path>` elements inside `element`, upper-cased.
    static func strokes(in element: XMLElement) -> [String] {
        descendants(of: element, includingSelf: false)
            .filter { $0.localName == "path" }
            .compactMap { attribute("stroke", of: $0)?.uppercased() }
    }

    /// The child elements of `element`, in order.
    static func children(of element: XMLElement) -> [XMLElement] {
        element.children?.compactMap { $0 as? XMLElement } ?? []
    }

    /// The value of the attribute with this qualified name. (`attribute(forName:)` misses
    /// attributes of elements in SVG's default namespace on Linux.)
    static func attribute(_ name: String, of element: XMLElement) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    private static func descendants(of element: XMLElement, includingSelf: Bool) -> [XMLElement] {
        var result = includingSelf ? [element] : []
        for child in element.children ?? [] {
            if let child = child as? XMLElement { result += descendants(of: child, includingSelf: true) }
        }
        return result
    }
}
