import Foundation
import StakegraphExtraction
import StakegraphGraph

/// Draws a `PeriodComparison` as one `DOTDocument`: the relationships that appeared, disappeared
/// or changed tone between two periods, each styled by its kind of change.
///
/// Every stakeholder with a changed relationship is a node (organisations grey boxes, people
/// white ellipses, as in `RelationshipDiagram`), and each changed relationship is one directed
/// edge from actor to target: appeared thick bluish green, disappeared thin grey dashed, and
/// changed tone blue when it rose or vermilion when it fell, labelled with both tones
/// ("+0.65 → −0.50"). See `ComparisonDiagram.Change` for the styles. Edge tooltips quote the
/// evidence of both periods; the caption names both periods and the level, and a legend
/// explains the four kinds of change. Stakeholders whose relationships stayed the same are left out.
public struct ComparisonDiagram: Sendable, Hashable {
    /// The comparison to draw.
    public var comparison: PeriodComparison
    /// The graph the comparison came from, for node kinds, roles and affiliations; without it
    /// ids starting with `person:` are drawn as people and every other id as an organisation.
    public var graph: StakeholderGraph?
    /// How to draw it: `title`, `rankDirection`, `showsLegend`, `maxTooltipEvents` (per period
    /// and edge), `maxEvidenceLength` and `fontName` apply; `groupsPeopleByOrganisation` and `top` do not.
    public var options: DiagramOptions

    /// The options a comparison is drawn with by default: those of `DiagramOptions` with the
    /// title "How relationships changed".
    public static let defaultOptions = DiagramOptions(title: "How relationships changed")

    /// Creates the diagram of `comparison`, computed from `graph` when given.
    public init(comparison: PeriodComparison, graph: StakeholderGraph? = nil,
                options: DiagramOptions = ComparisonDiagram.defaultOptions) {
        self.comparison = comparison
        self.graph = graph
        self.options = options
    }

    /// Every relationship change with its kind, in the comparison's order: appeared (heaviest
    /// first), disappeared (heaviest first), then changed (largest change first).
    public var changes: [(change: RelationshipChange, kind: Change)] {
        comparison.appeared.map { ($0, Change.appeared) }
            + comparison.disappeared.map { ($0, Change.disappeared) }
            + comparison.changed.map { ($0, Change(toneDelta: $0.toneDelta ?? 0)) }
    }

    /// The ids of the stakeholders drawn: every end of a change, in order of first appearance in `changes`.
    public var stakeholderIDs: [String] {
        var seen = Set<String>()
        return changes.flatMap { [$0.change.source, $0.change.target] }.filter { seen.insert($0).inserted }
    }

    /// The diagram as DOT data for `engine`, ready for `DOTEncoder` or `Graphviz`.
    ///
    /// The legend is one node, a small table of sample lines (`DiagramLegend`), as in `RelationshipDiagram`. Above `LayoutEngine.largeGraphThreshold` stakeholders
    /// edges are straight lines. Connected groups are packed (`pack`) except under `dot`.
    /// - Complexity: O(c·k) for c changes and k events per change.
    public func document(for engine: LayoutEngine = .dot) -> DOTDocument {
        var document = DOTDocument(
            name: "comparison",
            attributes: graphAttributes(for: engine),
            nodeDefaults: options.nodeDefaults,
            edgeDefaults: options.edgeDefaults
        )
        document.nodes = nodes
        if options.showsLegend { document.nodes.append(legend.node) }
        document.edges = edges
        return document
    }

    // MARK: - Graph

    /// Title, then "2018–2020 → 2023–2025 · organisation level", then the number of each change.
    public var caption: String {
        let periods = "\(Self.periodLabel(comparison.before)) → \(Self.periodLabel(comparison.after))"
            + " · \(comparison.level.rawValue) level"
        let counts = changes.isEmpty ? "no relationship changed" : [
            "\(comparison.appeared.count) appeared",
            "\(comparison.disappeared.count) disappeared",
            "\(comparison.changed.count) changed tone",
        ].joined(separator: " · ")
        return [options.title, periods, counts].filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// As `RelationshipDiagram`'s, except that `dot` does not pack: dot 2.43 loses the edge
    /// labels (the tones) of a packed graph, and on its own stacks the connected groups in a
    /// column, which reads well left to right.
    private func graphAttributes(for engine: LayoutEngine) -> DOTAttributes {
        var attributes: DOTAttributes = [
            "label": caption, "labelloc": "t", "fontname": options.fontName, "fontsize": "16",
            "tooltip": caption, "rankdir": options.rankDirection.rawValue,
            "overlap": "false", "splines": RelationshipDiagram.splines(nodeCount: stakeholderIDs.count),
        ]
        if engine != .dot { attributes["pack"] = "true" }
        return attributes
    }

    // MARK: - Nodes

    private var nodes: [DOTNode] {
        let byID = graph?.nodesByID ?? [:]
        let kinds = changes.reduce(into: [String: [Change]]()) { kinds, entry in
            kinds[entry.change.source, default: []].append(entry.kind)
            if entry.change.target != entry.change.source {
                kinds[entry.change.target, default: []].append(entry.kind)
            }
        }
        let names = changes.reduce(into: [String: String]()) { names, entry in
            names[entry.change.source] = names[entry.change.source] ?? entry.change.sourceName
            names[entry.change.target] = names[entry.change.target] ?? entry.change.targetName
        }
        return stakeholderIDs.map { id in
            let node = byID[id]
            let name = names[id] ?? node?.name ?? id
            var attributes = NodeStyle.attributes(for: Self.kind(of: id, node: node))
            attributes["label"] = name
            attributes["tooltip"] = nodeTooltip(id: id, name: name, node: node, byID: byID, changes: kinds[id] ?? [])
            return DOTNode(id: id, attributes: attributes)
        }
    }

    /// The node's kind, or a guess from the id's `person:` prefix when the graph does not know it.
    static func kind(of id: String, node: StakeholderNode?) -> EntityKind {
        node?.kind ?? (id.hasPrefix("person:") ? .person : .organisation)
    }

    // MARK: - Edges

    /// One directed edge per change, in `changes` order.
    private var edges: [DOTEdge] {
        changes.map { change, kind in
            var attributes = kind.style.edgeAttributes
            attributes["penwidth"] = kind.penWidth
            if let before = change.before, let after = change.after, kind == .toneRose || kind == .toneFell {
                attributes["label"] = "\(Self.tone(before.tone)) → \(Self.tone(after.tone))"
                attributes["fontsize"] = "11" // the tones are the point of these edges: as large as names
            }
            attributes["tooltip"] = edgeTooltip(change, kind: kind)
            return DOTEdge(from: change.source, to: change.target, attributes: attributes)
        }
    }
}
