import StakegraphExtraction

/// Escaping for XML 1.0 text and attribute values.
enum XML {
    /// Escapes `&`, `<`, `>`, `"` and `'`; writes tab, line feed and carriage return as
    /// character references so attribute values keep them; replaces characters XML 1.0
    /// cannot carry (other control characters, U+FFFE, U+FFFF) with U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out.unicodeScalars.append("\u{FFFD}")
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
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
