// The only file of Stakegraph that sees the libxml2 C API: C types never leave it, and the
// parsed document is freed before `init` returns.
import CLibXML2
import Foundation

/// A web page parsed by libxml2's HTML parser (which recovers from broken markup as browsers
/// do) into plain Swift values: `nodes[0]` is the root element and every node refers to its
/// children and parent by index. Comments and processing instructions are dropped; the text of
/// `<script>` and `<style>` is kept in their text children (JSON-LD metadata lives there) and
/// it is the readers' job to skip it.
public struct HTMLDocument: Sendable, Hashable {
    /// Every element and text node, parents before their children, in document order.
    public private(set) var nodes: [HTMLNode]

    /// Parses `data` as HTML. UTF-8 bytes are read as UTF-8 whatever the page declares; other
    /// bytes in the character set the page declares (`<meta charset>`), else ISO-8859-1 (Latin-1).
    /// - Throws: `HTMLError.unparsable` when libxml2 gives up, `.noElements` when the bytes
    ///   hold no element.
    public init(data: Data) throws(HTMLError) {
        HTMLDocument.initialiseOnce
        let encoding: String? = String(validating: data, as: UTF8.self) != nil ? "UTF-8" : nil
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue | HTML_PARSE_COMPACT.rawValue)
        guard data.count <= Int(Int32.max) else { throw .unparsable }
        let document: htmlDocPtr? = data.withUnsafeBytes { bytes -> htmlDocPtr? in
            guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return htmlReadMemory(base, Int32(bytes.count), nil, encoding, options)
        }
        guard let document else { throw data.isEmpty ? .noElements : .unparsable }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw .noElements }
        nodes = HTMLDocument.copy(root)
    }

    /// Builds a document from nodes already made (for tests and other readers).
    public init(nodes: [HTMLNode]) {
        self.nodes = nodes
    }

    // MARK: - Private

    /// libxml2 sets up its global tables on first use; done once, before any thread parses.
    private static let initialiseOnce: Void = { xmlInitParser() }()

    /// The element `root` and everything under it as `HTMLNode`s, walked with an explicit stack
    /// so that deep nesting cannot overflow the call stack.
    private static func copy(_ root: xmlNodePtr) -> [HTMLNode] {
        var nodes: [HTMLNode] = []
        var stack: [(node: xmlNodePtr, parent: Int?)] = [(root, nil)]
        while let (pointer, parent) = stack.popLast() {
            let node = pointer.pointee
            let index = nodes.count
            switch node.type {
            case XML_ELEMENT_NODE:
                // libxml2's HTML parser gives tag and attribute names in lower case.
                nodes.append(HTMLNode(kind: .element, name: string(node.name),
                                      attributes: attributes(node.properties), parent: parent))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.content, content.pointee != 0 else { continue }
                nodes.append(HTMLNode(kind: .text, name: "", text: string(content), parent: parent))
            default:
                continue
            }
            if let parent { nodes[parent].children.append(index) }
            guard node.type == XML_ELEMENT_NODE else { continue }
            // Children go on the stack last first, so that they come off in document order.
            var children: [xmlNodePtr] = []
            var child = node.children
            while let current = child {
                children.append(current)
                child = current.pointee.next
            }
            for child in children.reversed() { stack.append((child, index)) }
        }
        return nodes
    }

    /// The attributes of an element, their values being the text of their child nodes.
    private static func attributes(_ first: UnsafeMutablePointer<xmlAttr>?) -> [HTMLAttribute] {
        var result: [HTMLAttribute] = []
        var attribute = first
        while let current = attribute {
            var value = ""
            var part = current.pointee.children
            while let piece = part {
                if let content = piece.pointee.content { value += string(content) }
                part = piece.pointee.next
            }
            result.append(HTMLAttribute(name: string(current.pointee.name), value: value))
            attribute = current.pointee.next
        }
        return result
    }

    /// A libxml2 string (UTF-8, NUL-terminated, owned by the document) copied into Swift.
    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
