extension ComparisonDiagram {
    /// The key for `dot`: one short sample edge per kind of change, drawn exactly like the
    /// diagram's edges and labelled in plain text.
    var legendCluster: DOTSubgraph {
        var nodes: [DOTNode] = []
        var edges: [DOTEdge] = []
        for change in Change.allCases {
            let id = "legend:" + change.rawValue
            let text = change.legendText(for: comparison)
            let tooltip = "\(text): \(change.style.summary)"
            nodes.append(DOTNode(id: id, attributes: [
                "label": text, "shape": "plaintext", "style": "solid", "fontsize": "10",
                "height": "0.25", "tooltip": tooltip,
            ]))
            nodes.append(DOTNode(id: id + ":end", attributes: [
                "label": "", "shape": "point", "style": "invis", "width": "0.05", "height": "0.05",
            ]))
            var attributes = change.style.edgeAttributes
            attributes["penwidth"] = change.penWidth
            attributes["tooltip"] = tooltip
            edges.append(DOTEdge(from: id, to: id + ":end", attributes: attributes))
        }
        return .cluster(id: "legend", attributes: [
            "label": Self.legendTitle, "style": "rounded", "color": "#9E9E9E", "fontsize": "11",
            "tooltip": "Edge colours and line styles by kind of change",
        ], nodes: nodes, edges: edges)
    }

    /// The key for the other engines, whose springs would squash sample edges: a single node
    /// whose label is a plain-text table of the kinds of change and their looks.
    var legendNode: DOTNode {
        let rows = Change.allCases.map { "\($0.legendText(for: comparison)): \($0.style.summary)" }
        return DOTNode(id: "legend", attributes: [
            "label": ([Self.legendTitle] + rows).joined(separator: "\n"), "shape": "box",
            "style": "rounded,filled", "fillcolor": "#FFFFFF", "color": "#9E9E9E", "fontsize": "10",
            "tooltip": "Edge colours and line styles by kind of change",
        ])
    }

    static var legendTitle: String { "Changes between the periods" }
}
