import StakegraphExtraction

/// The key of a diagram, shared by the relationship and the comparison diagrams: a title and
/// one row per kind of line, each a short sample drawn in the line's colour, style and width,
/// its arrowhead, and the text.
///
/// It is one node whose label is a small table (a Graphviz HTML-like label), whatever the
/// engine: it takes the room of a node, in the column or the pack of the other nodes, and no
/// more (a cluster of sample edges made a tall column of its own beside an empty band).
struct DiagramLegend: Sendable, Hashable {
    /// One row of the key.
    struct Entry: Sendable, Hashable {
        /// What the line means ("criticism").
        var text: String
        /// How the line is drawn.
        var style: InteractionStyle
        /// The line's width in the diagram (Graphviz `penwidth`).
        var penWidth: String = "2"
    }

    /// The node's id, which nothing else in a diagram uses.
    static let nodeID = "legend"

    /// The table's heading ("Interaction types").
    var title: String
    /// The node's tooltip.
    var tooltip: String
    var entries: [Entry]

    /// The key of the five interaction types, as the relationship diagram and the timeline draw them.
    static var interactionTypes: DiagramLegend {
        DiagramLegend(title: "Interaction types", tooltip: "Edge colours and line styles by interaction type",
                      entries: InteractionType.allCases.map { Entry(text: $0.rawValue, style: .standard(for: $0)) })
    }

    /// The legend node: a borderless table in a rounded grey frame, one row per entry.
    var node: DOTNode {
        var rows = "<TR><TD COLSPAN=\"3\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\">\(Markup.escape(title))</FONT></TD></TR>"
        for entry in entries {
            let style = entry.style
            let line = style.line == "solid" ? "" : " STYLE=\"\(style.line)\""
            let width = Int(Double(entry.penWidth).map { $0.rounded(.up) } ?? 2)
            rows += "<TR><TD WIDTH=\"30\" HEIGHT=\"10\" FIXEDSIZE=\"TRUE\" SIDES=\"B\" BORDER=\"\(max(width, 1))\" COLOR=\"\(style.color)\"\(line)></TD>"
            let head = Self.head(of: style)
            // Graphviz refuses an empty FONT element: an undirected line's cell stays empty.
            rows += "<TD WIDTH=\"12\">" + (head.isEmpty ? "" : "<FONT COLOR=\"\(style.color)\" POINT-SIZE=\"10\">\(head)</FONT>") + "</TD>"
            rows += "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\">\(Markup.escape(entry.text))</FONT></TD></TR>"
        }
        var node = DOTNode(id: Self.nodeID, attributes: [
            "shape": "box", "style": "rounded", "color": "#9E9E9E", "margin": "0.05",
            "tooltip": ([tooltip] + entries.map { "\($0.text): \($0.style.summary)" }).joined(separator: "\n"),
        ])
        node.htmlLabel = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">\(rows)</TABLE>"
        return node
    }

    /// The arrowhead as a character in the line's colour: a filled or hollow triangle, a hollow
    /// diamond, an open chevron, nothing for undirected lines.
    static func head(of style: InteractionStyle) -> String {
        guard style.isDirected else { return "" }
        switch style.arrowhead {
        case "normal": return "\u{25B6}"
        case "empty": return "\u{25B7}"
        case "odiamond": return "\u{25C7}"
        case "vee": return "\u{276F}"
        default: return "\u{25B6}"
        }
    }
}
