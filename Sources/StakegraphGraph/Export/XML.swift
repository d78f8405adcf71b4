import StakegraphExtraction

/// The one escaper for XML 1.0 and HTML text and attribute values: GraphML and GEXF here, and
/// through `Markup.escape` the SVG and HTML that StakegraphRender writes.
package enum XML {
    /// How tab, line feed and carriage return are written.
    package enum Whitespace: Sendable {
        /// As character references (`&#9;` `&#10;` `&#13;`): an XML parser keeps them in an
        /// attribute value, where it would turn literal ones into spaces. GraphML and GEXF.
        case references
        /// As they are: an HTML parser keeps them in attribute values, and they read better in
        /// element content. SVG and HTML (`Markup`), whose attributes hold no line breaks XML reads.
        case literal
    }

    /// `text` for an element's content or a double- or single-quoted attribute value, the same
    /// in XML and HTML.
    ///
    /// `&` `<` `>` `"` `'` become `&amp;` `&lt;` `&gt;` `&quot;` `&#39;` (`&apos;` is not HTML 4);
    /// tab, line feed and carriage return as `whitespace` says; characters XML 1.0 cannot carry
    /// (other control characters, U+FFFE, U+FFFF) become U+FFFD, so a reader sees that
    /// something was there.
    /// - Complexity: O(n) in the length of `text`.
    package static func escape(_ text: String, whitespace: Whitespace = .references) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r":
                if whitespace == .literal { out.unicodeScalars.append(scalar) } else { out += "&#\(scalar.value);" }
            default:
                out.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// True for the scalars XML 1.0 allows in a document (its `Char` production).
    package static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}

/// The node and edge attributes GraphML and GEXF exports share.
struct GraphAttributes {
    struct Column {
        var id: String
        var type: String
        var value: (Int) -> String?
    }

    var node: [Column]
    var edge: [Column]

    init(graph: StakeholderGraph, measures: GraphMeasures, index: GraphIndex) {
        let nodes = graph.nodes
        let m = graph.aligned(measures).nodes
        node = [
            Column(id: "kind", type: "string") { nodes[$0].kind.rawValue },
            Column(id: "role", type: "string") { nodes[$0].role },
            Column(id: "degree", type: "integer") { String(m[$0].degree) },
            Column(id: "weighted_degree", type: "integer") { String(m[$0].weightedDegree) },
            Column(id: "betweenness", type: "double") { m[$0].betweenness.map { String(TextFormatting.rounded($0)) } },
            Column(id: "community", type: "integer") { m[$0].community.map(String.init) },
            Column(id: "top_partners", type: "string") { m[$0].topPartners.map { $0.map(\.name).joined(separator: "; ") } },
        ]
        let relationships = graph.relationships
        var edge = InteractionType.allCases.map { type in
            Column(id: type.rawValue, type: "integer") { String(relationships[$0].counts[type] ?? 0) }
        }
        edge += [
            Column(id: "weight", type: "integer") { String(relationships[$0].weight) },
            Column(id: "tone", type: "double") { String(TextFormatting.rounded(relationships[$0].tone)) },
            Column(id: "first_date", type: "string") { relationships[$0].firstDate?.description },
            Column(id: "last_date", type: "string") { relationships[$0].lastDate?.description },
            Column(id: "articles", type: "string") { relationships[$0].articles.joined(separator: "; ") },
            Column(id: "evidence", type: "string") { r in
                relationships[r].events.compactMap { graph.events[$0].reports.first?.evidence.sentence }
                    .map(TextFormatting.oneLine).joined(separator: " | ")
            },
        ]
        self.edge = edge
    }
}
