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

    /// The drawing's width and height in points (the root's `width` and `height`, "612pt").
    var size: (width: Double, height: Double) {
        guard let root = document.rootElement() else { return (0, 0) }
        func points(_ name: String) -> Double {
            Double((Self.attribute(name, of: root) ?? "0").replacingOccurrences(of: "pt", with: "")) ?? 0
        }
        return (points("width"), points("height"))
    }

    /// The width and height of the bounding box of the `points` of the polygons and the `d` of
    /// the paths inside `element` (a node's frame), in points.
    static func boxSize(of element: XMLElement) -> (width: Double, height: Double) {
        var xs: [Double] = [], ys: [Double] = []
        for shape in descendants(of: element, includingSelf: false) where shape.localName == "polygon" || shape.localName == "path" {
            let text = attribute(shape.localName == "polygon" ? "points" : "d", of: shape) ?? ""
            let numbers = text.split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap { Double($0) }
            for pair in stride(from: 0, to: numbers.count - 1, by: 2) {
                xs.append(numbers[pair])
                ys.append(numbers[pair + 1])
            }
        }
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else { return (0, 0) }
        return (maxX - minX, maxY - minY)
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
