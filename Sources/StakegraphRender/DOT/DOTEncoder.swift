/// Writes a `DOTDocument` as DOT text: every ID and value quoted and escaped, attribute keys
/// sorted, so the same document always gives the same bytes.
///
/// Escaping, so that any user text (names, evidence sentences) reaches the image unchanged:
/// - `"` becomes `\"`, a backslash `\\`, a line feed `\n` (a centred line break in labels), a tab
///   a space; carriage returns and other control characters (which XML forbids) are dropped;
/// - `&` becomes `&amp;`, because Graphviz decodes HTML entities in labels: text such as
///   `&lt;` would otherwise be drawn as `<`. `<` and `>` need nothing inside quotes; the only
///   `<...>` HTML label written is a node's `htmlLabel`, which Stakegraph builds and escapes itself;
/// - in tooltips a backslash becomes `\\\\`: Graphviz 2.42 unescapes tooltips twice
///   (`\\N` would turn into the node's name);
/// - non-ASCII text is written as UTF-8 and the graph is marked `charset="UTF-8"`.
public struct DOTEncoder: Sendable {
    /// The text written once per nesting level.
    public var indentation: String

    /// Creates an encoder that indents with `indentation` (two spaces by default).
    public init(indentation: String = "  ") {
        self.indentation = indentation
    }

    /// The attributes Graphviz unescapes twice (tooltips, see the type's comment).
    public static let twiceUnescapedAttributes: Set<String> = [
        "tooltip", "edgetooltip", "headtooltip", "labeltooltip", "tailtooltip",
    ]

    /// Returns the DOT text of `document`, ending with a newline.
    public func encode(_ document: DOTDocument) -> String {
        var out = ""
        if document.isStrict { out += "strict " }
        out += (document.isDirected ? "digraph " : "graph ") + Self.quoted(document.name) + " {\n"
        var graphAttributes = document.attributes
        graphAttributes["charset"] = "UTF-8" // the text written here is always UTF-8
        let level = 1
        writeAttributeStatements(graphAttributes, level: level, to: &out)
        if !document.nodeDefaults.isEmpty {
            out += indent(level) + "node " + attributeList(document.nodeDefaults) + "\n"
        }
        if !document.edgeDefaults.isEmpty {
            out += indent(level) + "edge " + attributeList(document.edgeDefaults) + "\n"
        }
        writeBody(nodes: document.nodes, subgraphs: document.subgraphs, edges: document.edges,
                  directed: document.isDirected, level: level, to: &out)
        out += "}\n"
        return out
    }

    /// `text` as a quoted DOT string, escaped as the type's comment describes.
    /// - Parameter twiceUnescaped: true for tooltip values, whose backslashes are doubled twice.
    public static func quoted(_ text: String, twiceUnescaped: Bool = false) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += twiceUnescaped ? "\\\\\\\\" : "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "&": out += "&amp;"
            case "\t": out += " "
            default:
                // Drops CR and the other C0/C1 controls, and U+FFFE/U+FFFF: none may appear in SVG's XML.
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                    || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    continue
                }
                out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }

    // MARK: - Private

    private func writeBody(nodes: [DOTNode], subgraphs: [DOTSubgraph], edges: [DOTEdge],
                           directed: Bool, level: Int, to out: inout String) {
        for node in nodes {
            out += indent(level) + Self.quoted(node.id)
            if let html = node.htmlLabel {
                var attributes = node.attributes
                attributes["label"] = nil
                let list = attributeList(attributes)
                out += " [label=<" + html + ">" + (attributes.isEmpty ? "]" : ", " + list.dropFirst())
            } else if !node.attributes.isEmpty {
                out += " " + attributeList(node.attributes)
            }
            out += "\n"
        }
        for subgraph in subgraphs {
            out += indent(level) + "subgraph " + Self.quoted(subgraph.id) + " {\n"
            writeAttributeStatements(subgraph.attributes, level: level + 1, to: &out)
            writeBody(nodes: subgraph.nodes, subgraphs: subgraph.subgraphs, edges: subgraph.edges,
                      directed: directed, level: level + 1, to: &out)
            out += indent(level) + "}\n"
        }
        let arrow = directed ? " -> " : " -- "
        for edge in edges {
            out += indent(level) + Self.quoted(edge.from) + arrow + Self.quoted(edge.to)
            if !edge.attributes.isEmpty { out += " " + attributeList(edge.attributes) }
            out += "\n"
        }
    }

    /// One `key="value"` statement per line, keys sorted.
    private func writeAttributeStatements(_ attributes: DOTAttributes, level: Int, to out: inout String) {
        for key in attributes.keys.sorted() {
            out += indent(level) + assignment(key, attributes[key]!) + "\n"
        }
    }

    /// `[a="1", b="2"]`, keys sorted.
    private func attributeList(_ attributes: DOTAttributes) -> String {
        "[" + attributes.keys.sorted().map { assignment($0, attributes[$0]!) }.joined(separator: ", ") + "]"
    }

    private func assignment(_ key: String, _ value: String) -> String {
        Self.key(key) + "=" + Self.quoted(value, twiceUnescaped: Self.twiceUnescapedAttributes.contains(key))
    }

    /// DOT keywords (case-insensitive), which cannot be bare attribute names.
    private static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// Attribute names are written bare when they are DOT identifiers, quoted otherwise.
    private static func key(_ name: String) -> String {
        let isIdentifier = !name.isEmpty && !keywords.contains(name.lowercased())
            && name.unicodeScalars.enumerated().allSatisfy { index, scalar in
                scalar == "_" || (scalar.isASCII && (scalar.properties.isAlphabetic || (index > 0 && ("0"..."9").contains(scalar))))
            }
        return isIdentifier ? name : quoted(name)
    }

    private func indent(_ level: Int) -> String {
        String(repeating: indentation, count: level)
    }
}
