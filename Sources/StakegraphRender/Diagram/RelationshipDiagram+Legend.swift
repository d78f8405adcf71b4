import StakegraphExtraction

extension RelationshipDiagram {
    /// The key for `dot`: one short sample edge per interaction type, drawn
    /// exactly like the diagram's edges and labelled with the type's name in plain text.
    var legendCluster: DOTSubgraph {
        var nodes: [DOTNode] = []
        var edges: [DOTEdge] = []
        for type in InteractionType.allCases {
            let style = InteractionStyle.standard(for: type)
            let id = "legend:" + type.rawValue
            let tooltip = "\(type.rawValue): \(style.summary)"
            nodes.append(DOTNode(id: id, attributes: [
                "label": type.rawValue, "shape": "plaintext", "style": "solid", "fontsize": "10",
                "height": "0.25", "tooltip": tooltip,
            ]))
            nodes.append(DOTNode(id: id + ":end", attributes: [
                "label": "", "shape": "point", "style": "invis", "width": "0.05", "height": "0.05",
            ]))
            var attributes = style.edgeAttributes
            attributes["penwidth"] = "2"
            attributes["tooltip"] = tooltip
            edges.append(DOTEdge(from: id, to: id + ":end", attributes: attributes))
        }
        return .cluster(id: "legend", attributes: [
            "label": Self.legendTitle, "style": "rounded", "color": "#9E9E9E", "fontsize": "11",
            "tooltip": "Edge colours and line styles by interaction type",
        ], nodes: nodes, edges: edges)
    }

    /// The key for the other engines, whose springs would squash sample edges: a single node whose label is a plain-text table of
    /// the five types and their colours and lines.
    var legendNode: DOTNode {
        let rows = InteractionType.allCases.map { "\($0.rawValue): \(InteractionStyle.standard(for: $0).summary)" }
        return DOTNode(id: "legend", attributes: [
            "label": ([Self.legendTitle] + rows).joined(separator: "\n"), "shape": "box",
            "style": "rounded,filled", "fillcolor": "#FFFFFF", "color": "#9E9E9E", "fontsize": "10",
            "tooltip": "Edge colours and line styles by interaction type",
        ])
    }

    static var legendTitle: String { "Interaction types" }
}
