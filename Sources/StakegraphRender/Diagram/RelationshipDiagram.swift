import Foundation
import StakegraphExtraction
import StakegraphGraph

/// Draws a `StakeholderGraph` as a `DOTDocument`: who engaged whom, how often and how.
///
/// Organisations are grey boxes and people white ellipses, each person inside a box with the
/// organisation it belongs to. Each relationship gets one edge per interaction type, coloured
/// and styled by type (see `InteractionStyle`), thicker with the count, labelled with the count
/// and the years it covers where they fit (see `edgeLabel`; those diagrams are not packed),
/// and with a tooltip quoting the evidence of each event. A caption gives the level and the
/// period the events cover and a legend explains the five types. Every node appears, even isolated.
public struct RelationshipDiagram: Sendable, Hashable {
    /// The graph to draw.
    public var graph: StakeholderGraph
    /// How to draw it.
    public var options: DiagramOptions
    /// The caption's line about a `top` cut already made by `cut()`; nil when none was made.
    var cutNote: String?
    /// The `options.top` the `cut()` that made this diagram applied; nil when none was made.
    public private(set) var appliedTop: Int?

    /// Creates the diagram of `graph`.
    public init(graph: StakeholderGraph, options: DiagramOptions = DiagramOptions()) {
        self.graph = graph
        self.options = options
    }

    /// This diagram with its `options.top` cut made once: `graph` is the drawn graph and
    /// `options.top` nil, the caption's note kept. Choosing the engine (`DiagramRenderer.suitedEngine`),
    /// sizing and drawing the result cut nothing again; its document is the same as this one's.
    public func cut() -> RelationshipDiagram {
        guard options.top != nil else { return self }
        var drawn = self
        drawn.graph = drawnGraph
        drawn.options.top = nil
        drawn.appliedTop = options.top
        let total = TopStakeholders.stakeholderCount(of: graph)
        let shown = TopStakeholders.stakeholderCount(of: drawn.graph)
        drawn.cutNote = shown < total ? DiagramText.topNote(shown: shown, total: total) : nil
        return drawn
    }

    /// The diagram as DOT data for `engine`, ready for `DOTEncoder` or `Graphviz`.
    ///
    /// For engines that ignore clusters (`neato`, `sfdp`, `circo`) people are not boxed with their
    /// organisation, since Graphviz would draw the boxes over unrelated nodes. The legend shows
    /// one node, a small table of sample lines (`DiagramLegend`), under every engine.
    /// With `options.top`, only the most central stakeholders are drawn (see `drawnGraph`) and
    /// the caption gains a line saying how many of how many. Connected groups are laid out apart
    /// and packed (`pack`); above `LayoutEngine.largeGraphThreshold` nodes edges are straight.
    /// - Complexity: O(n + e·k) for n nodes, e events and k reports per event.
    public func document(for engine: LayoutEngine = .dot) -> DOTDocument {
        guard options.top == nil else { return cut().document(for: engine) }
        return drawnDocument(for: engine, caption: cutNote.map { caption + "\n" + $0 } ?? caption)
    }

    /// The graph the diagram shows: `graph` itself, or its `options.top` most central stakeholders.
    public var drawnGraph: StakeholderGraph {
        options.top.map { TopStakeholders.keeping($0, of: graph) } ?? graph
    }

    private func drawnDocument(for engine: LayoutEngine, caption: String) -> DOTDocument {
        var document = DOTDocument(
            name: "stakeholders",
            attributes: graphAttributes(caption: caption),
            nodeDefaults: options.nodeDefaults,
            edgeDefaults: options.edgeDefaults
        )
        let (nodes, clusters) = placedNodes(clustering: engine.supportsClusters && options.groupsPeopleByOrganisation)
        document.nodes = nodes
        document.subgraphs = clusters
        if options.showsLegend { document.nodes.append(DiagramLegend.interactionTypes.node) }
        document.edges = edges
        return document
    }

    /// The span of the events' dates in words ("8 January - 2 March 2024", "2018 - January
    /// 2024"; see `HumanDate.span`), "undated" when no event has
    /// a date and "no events" for an empty graph; undated events are counted after a span.
    public var period: String { DiagramText.period(of: graph.events) }

    /// The span of `events`' dates (`DiagramText.period(of:)`), kept here for the report.
    static func period(of events: [Event]) -> String { DiagramText.period(of: events) }

    // MARK: - Graph

    /// The title, then the period and the level on a second line, then the note of a roll-up
    /// made because the people were too many (`options.rolledUpFrom`).
    private var caption: String {
        var lines = [DiagramText.periodAndLevel(of: graph)]
        if !options.title.isEmpty { lines.insert(options.title, at: 0) }
        if let people = options.rolledUpFrom { lines.append(DiagramText.rollUpNote(people: people)) }
        return lines.joined(separator: "\n")
    }


    private func graphAttributes(caption: String) -> DOTAttributes {
        let stakeholders = TopStakeholders.stakeholderCount(of: graph)
        var attributes: DOTAttributes = [
            "label": caption, "labelloc": "t", "fontname": options.fontName, "fontsize": "16",
            "tooltip": caption, "rankdir": options.rankDirection.rawValue,
            // Spring layouts (neato, fdp, sfdp) would otherwise let boxes overlap; dot ignores these.
            // Curved edges that avoid nodes cost minutes on hundreds of nodes: large graphs get
            // straight lines.
            "overlap": "false", "splines": Self.splines(nodeCount: stakeholders),
        ]
        // Lay each connected story out on its own and pack them into a rectangle, instead of
        // stacking them in one tall column (dot) or scattering them (the spring layouts).
        // Not when there is nothing but the legend: dot 2.43 then crashes (reads freed memory)
        // on a packed graph whose only nodes are in one cluster, unless it is the process's first.
        // Graphviz 2.43 drops every edge label of a packed graph, so diagrams whose edges carry
        // labels (see `edgeLabel`) are not packed.
        if stakeholders > 0, !hasRoomForEdgeLabels { attributes["pack"] = "true" }
        // Every edge label drawn, even where it has to overlap something.
        if hasRoomForEdgeLabels { attributes["forcelabels"] = "true" }
        return attributes
    }

    /// `true` (curves around nodes), or `line` above `LayoutEngine.largeGraphThreshold` nodes,
    /// where spline routing takes minutes (90 s for 500 nodes under sfdp) against under a second.
    static func splines(nodeCount: Int) -> String {
        nodeCount > LayoutEngine.largeGraphThreshold ? "line" : "true"
    }

    // MARK: - Nodes

    /// The nodes outside any cluster, and one cluster per organisation that has people in the graph.
    private func placedNodes(clustering: Bool) -> (nodes: [DOTNode], clusters: [DOTSubgraph]) {
        var seen = Set<String>()
        let unique = graph.nodes.filter { seen.insert($0.id).inserted }
        let byID = Dictionary(unique.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

        var people: [String: [StakeholderNode]] = [:]
        if clustering {
            for node in unique where node.kind == .person {
                if let org = node.affiliationID, byID[org]?.kind == .organisation {
                    people[org, default: []].append(node)
                }
            }
        }
        let grouped = Set(people.values.joined().map(\.id))

        var nodes: [DOTNode] = []
        var clusters: [DOTSubgraph] = []
        for node in unique where !grouped.contains(node.id) {
            if let members = people[node.id] {
                clusters.append(.cluster(id: node.id, attributes: [
                    "label": "", "style": "rounded,dashed", "color": "#9E9E9E",
                    "tooltip": "\(node.name) and its people",
                ], nodes: ([node] + members).map { dotNode($0, byID: byID) }))
            } else {
                nodes.append(dotNode(node, byID: byID))
            }
        }
        // Ends of events that are not stakeholders of the graph: drawn dashed, under their id.
        for relationship in graph.relationships {
            for id in [relationship.source, relationship.target] where seen.insert(id).inserted {
                var attributes: DOTAttributes = [
                    "label": id, "shape": "ellipse", "style": "dashed",
                    "tooltip": "\(id) (not a stakeholder of the graph)",
                ]
                if options.marksElements { attributes["id"] = ReportKey.node(id) }
                nodes.append(DOTNode(id: id, attributes: attributes))
            }
        }
        return (nodes, clusters)
    }

    private func dotNode(_ node: StakeholderNode, byID: [String: StakeholderNode]) -> DOTNode {
        var attributes = NodeStyle.attributes(for: node.kind)
        attributes["label"] = node.name
        attributes["tooltip"] = nodeTooltip(node, byID: byID)
        if options.marksElements { attributes["id"] = ReportKey.node(node.id) }
        return DOTNode(id: node.id, attributes: attributes)
    }

    // MARK: - Edges

    /// At most this many edges get their count and years written on them; denser diagrams are
    /// packed instead and carry no labels.
    static let labelledEdgeLimit = 60

    /// Whether the diagram has few enough edges to write count and years on each.
    var hasRoomForEdgeLabels: Bool {
        drawnGraph.relationships.reduce(0) { $0 + $1.counts.values.filter { $0 > 0 }.count } <= Self.labelledEdgeLimit
    }

    /// "3 (2018-2024)", "1 (2024)": the number of events of the type and the years they
    /// cover, on diagrams with room for them (`roomy`); none elsewhere.
    func edgeLabel(_ relationship: Relationship, type: InteractionType, count: Int, roomy: Bool) -> String? {
        guard roomy else { return nil }
        let dates = relationship.events.compactMap { e in
            graph.events.indices.contains(e) && graph.events[e].type == type ? graph.events[e].date : nil
        }
        return HumanDate.years(of: dates).map { "\(count) (\($0))" } ?? String(count)
    }

    /// One edge per relationship and interaction type, in relationship order then type order.
    private var edges: [DOTEdge] {
        let byID = graph.nodesByID
        let roomy = graph.relationships.reduce(0) { $0 + $1.counts.values.filter { $0 > 0 }.count } <= Self.labelledEdgeLimit
        var edges: [DOTEdge] = []
        for relationship in graph.relationships {
            for type in InteractionType.allCases {
                guard let count = relationship.counts[type], count > 0 else { continue }
                var attributes = InteractionStyle.standard(for: type).edgeAttributes
                attributes["penwidth"] = Self.penWidth(count: count)
                // An external label (`xlabel`), placed once the layout is done: a plain `label` on an edge
                // that dot lays flat inside a cluster makes Graphviz 2.42 free memory twice (it crashed
                // on the seed articles).
                if let label = edgeLabel(relationship, type: type, count: count, roomy: roomy) { attributes["xlabel"] = label }
                attributes["tooltip"] = edgeTooltip(relationship, type: type, count: count, byID: byID)
                if options.marksElements {
                    attributes["id"] = ReportKey.edge(source: relationship.source, target: relationship.target, type: type)
                }
                edges.append(DOTEdge(from: relationship.source, to: relationship.target, attributes: attributes))
            }
        }
        return edges
    }

    /// 1 + log2(count), so that ten events read heavier than one without drowning the picture.
    static func penWidth(count: Int) -> String {
        var text = String(format: "%.2f", 1 + log2(Double(max(count, 1))))
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
