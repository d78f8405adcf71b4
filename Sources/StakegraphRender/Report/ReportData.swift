import Foundation
import StakegraphExtraction
import StakegraphGraph

/// What the report's script reads: every stakeholder and every event ("act") of the graph with
/// what the filters match and the keys of the SVG elements that draw them (see `ReportKey`).
/// Written into the page as a `<script type="application/json">` block (see `scriptText`).
struct ReportData: Encodable, Sendable, Hashable {
    /// The graph's level.
    var level: String
    /// The levels the level filter offers: both of them for a `.both` graph or a report with its
    /// other level, else the one.
    var levels: [String]
    var stakeholders: [Stakeholder]
    /// The graph's events, in graph order: act `k` is `graph.events[k]`.
    var acts: [Act]

    struct Stakeholder: Encodable, Sendable, Hashable {
        var id: String
        var name: String
        var kind: String
        var role: String?
        /// `id` of the stakeholder's diagram node.
        var node: String
        /// `data-node` of the stakeholder's timeline lane.
        var lane: String
    }

    struct Act: Encodable, Sendable, Hashable {
        var type: String
        /// First and last day the date covers (`YYYY-MM-DD`); empty when undated.
        var from: String
        var to: String
        /// The date as written (`2024-02`), or `undated`.
        var date: String
        /// Positions in `stakeholders` of the actor and the target.
        var source: Int
        var target: Int
        /// Positions of the stakeholders the act counts for: its ends and their organisations
        /// on its date.
        var parties: [Int]
        var levels: [String]
        /// What the stakeholder filter matches (see `StakeholderGraph.searchNames`).
        var names: [String]
        /// `id` of the diagram edge and `data-event` of the timeline mark.
        var edge: String
        var event: String
        var reports: [Report]
    }

    struct Report: Encodable, Sendable, Hashable {
        var article: String
        var outlet: String?
        /// The article's address when it is an `http`/`https` URL (see `HTMLReport.safeLink`).
        var url: String?
        var reported: String?
        var evidence: String
    }

    /// The data of `graph`, and of `other`, the same view at the other level, when given: its
    /// acts follow `graph`'s (act `graph.events.count + k` is `other.events[k]`), each tagged
    /// with its level, so that the level filter can switch between the two.
    /// - Complexity: O(n + e·k) for n nodes and e events with k reports each.
    init(graph: StakeholderGraph, other: StakeholderGraph? = nil) {
        level = graph.level.rawValue
        levels = Self.levels(of: graph, other: other)
        var position: [String: Int] = [:]
        var stakeholders: [Stakeholder] = []
        func add(id: String, name: String, kind: EntityKind, role: String?) {
            guard position[id] == nil else { return }
            position[id] = stakeholders.count
            stakeholders.append(Stakeholder(id: id, name: name, kind: kind.rawValue, role: role,
                                            node: ReportKey.node(id), lane: ReportKey.lane(id)))
        }
        var acts: [Act] = []
        for view in [graph] + (other.map { [$0] } ?? []) {
            for node in view.nodes { add(id: node.id, name: node.name, kind: node.kind, role: node.role) }
            let parties = view.eventParties(), names = view.searchNames(), levels = view.eventLevels()
            for (e, event) in view.events.enumerated() {
                for id in [event.source, event.target] + parties[e] {
                    add(id: id, name: id, kind: id.hasPrefix("person:") ? .person : .organisation, role: nil)
                }
                let bounds = event.date?.bounds
                acts.append(Act(type: event.type.rawValue, from: bounds?.lowerBound.description ?? "", to: bounds?.upperBound.description ?? "",
                                date: event.date?.description ?? "undated", source: position[event.source]!, target: position[event.target]!,
                                parties: parties[e].map { position[$0]! }, levels: levels[e].map(\.rawValue), names: names[e],
                                edge: ReportKey.edge(source: event.source, target: event.target, type: event.type),
                                event: ReportKey.event(event),
                                reports: event.reports.map {
                                    Report(article: $0.article, outlet: $0.outlet, url: HTMLReport.safeLink($0.source),
                                           reported: $0.articleDate?.description, evidence: $0.evidence.sentence)
                                }))
            }
        }
        self.acts = acts
        self.stakeholders = stakeholders
    }

    /// The levels the level filter offers: person and organisation for a `.both` graph or a
    /// graph given with its `other` level (its own level first), else its level.
    static func levels(of graph: StakeholderGraph, other: StakeholderGraph? = nil) -> [String] {
        if let other, other.level != graph.level { return [graph.level.rawValue, other.level.rawValue] }
        return graph.level == .both ? [GraphLevel.person.rawValue, GraphLevel.organisation.rawValue] : [graph.level.rawValue]
    }

    /// The data as JSON fit to stand inside a `<script>` element: `<`, `>` and `&` are written
    /// as `\u003c`, `\u003e` and `\u0026` (so no `</script>` or `<!--` can end or change the
    /// element), and U+2028 and U+2029 as escapes too. Keys are sorted, so equal graphs give
    /// equal pages.
    var scriptText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Encoding strings, numbers and arrays cannot fail.
        let json = (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
