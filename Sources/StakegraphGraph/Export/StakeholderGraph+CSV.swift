import StakegraphExtraction

/// The graph as two CSV documents, one for nodes and one for edges.
public struct GraphCSV: Sendable, Hashable {
    /// id, name, kind, role, degree, weighted_degree, betweenness, community, top_partners.
    public var nodes: String
    /// source, target, source_name, target_name, one column per type, weight, tone,
    /// first_date, last_date, articles (`; `-separated), evidence (the first sentence of each
    /// event, ` | `-separated), source_urls (the articles' URLs, `; `-separated), level.
    public var edges: String
}

extension StakeholderGraph {
    /// The graph as CSV: nodes with their measures, edges with counts by type and dates.
    /// - Parameter measures: the measures to include; all of them are computed when nil.
    public func csv(measures: GraphMeasures? = nil) -> GraphCSV {
        let index = self.index
        let measures = aligned(measures ?? self.measures())
        var nodesCSV = CSV.row(["id", "name", "kind", "role", "degree", "weighted_degree", "betweenness", "community", "top_partners"])
        for (n, node) in nodes.enumerated() {
            let m = measures.nodes[n]
            nodesCSV += CSV.row([node.id, node.name, node.kind.rawValue, node.role ?? "", String(m.degree), String(m.weightedDegree),
                                 m.betweenness.map { String(TextFormatting.rounded($0)) } ?? "", m.community.map(String.init) ?? "",
                                 m.topPartners.map { $0.map { "\($0.name) (\($0.events))" }.joined(separator: "; ") } ?? ""])
        }
        var edgesCSV = CSV.row(["source", "target", "source_name", "target_name"] + InteractionType.allCases.map(\.rawValue)
            + ["weight", "tone", "first_date", "last_date", "articles", "evidence", "source_urls", "level"])
        for (r, relationship) in relationships.enumerated() {
            edgesCSV += CSV.row([relationship.source, relationship.target,
                                 index.name(index.relationshipSource[r], in: nodes), index.name(index.relationshipTarget[r], in: nodes)]
                + InteractionType.allCases.map { String(relationship.counts[$0] ?? 0) }
                + [String(relationship.weight), String(TextFormatting.rounded(relationship.tone)),
                   relationship.firstDate?.description ?? "", relationship.lastDate?.description ?? "",
                   relationship.articles.joined(separator: "; "),
                   relationship.events.compactMap { events[$0].reports.first?.evidence.sentence }.map(TextFormatting.oneLine)
                       .joined(separator: " | "),
                   urls(of: relationship).joined(separator: "; "), level.rawValue])
        }
        return GraphCSV(nodes: nodesCSV, edges: edgesCSV)
    }
}

extension StakeholderGraph {
    /// The URLs of the articles behind a relationship, without repeats, in event order.
    func urls(of relationship: Relationship) -> [String] {
        var seen = Set<String>()
        return relationship.events.flatMap { events[$0].reports.compactMap(\.source) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
