import StakegraphGraph

/// Keeps the most central stakeholders of a large graph, so its diagrams stay readable.
///
/// Centrality is the weighted degree: the number of events, of every type, a stakeholder took
/// part in (as actor or target), summed over its relationships. Ties go to the name in
/// alphabetical order, then to the id, so the choice never depends on input order.
public enum TopStakeholders {
    /// Weighted degree per stakeholder id, from the relationships; stakeholders without events
    /// are absent (degree 0). Ends of relationships that are not nodes are counted too.
    /// - Complexity: O(r) for r relationships.
    public static func weightedDegrees(of graph: StakeholderGraph) -> [String: Int] {
        var degrees: [String: Int] = [:]
        for relationship in graph.relationships {
            degrees[relationship.source, default: 0] += relationship.weight
            if relationship.target != relationship.source {
                degrees[relationship.target, default: 0] += relationship.weight
            }
        }
        return degrees
    }

    /// Every stakeholder id of `graph` (nodes, then relationship ends that are not nodes), most
    /// central first.
    /// - Complexity: O(n log n) for n stakeholders.
    public static func ranked(_ graph: StakeholderGraph) -> [String] {
        let degrees = weightedDegrees(of: graph)
        var names: [String: String] = [:]
        var ids: [String] = []
        for node in graph.nodes where names[node.id] == nil {
            names[node.id] = node.name
            ids.append(node.id)
        }
        for relationship in graph.relationships {
            for id in [relationship.source, relationship.target] where names[id] == nil {
                names[id] = id
                ids.append(id)
            }
        }
        return ids.sorted { lhs, rhs in
            let (a, b) = (degrees[lhs] ?? 0, degrees[rhs] ?? 0)
            if a != b { return a > b }
            let (x, y) = (names[lhs]!, names[rhs]!)
            return x != y ? x < y : lhs < rhs
        }
    }

    /// `graph` restricted to its `count` most central stakeholders: the other nodes, every event
    /// with an end among them and the relationships built on those events are dropped; the kept
    /// relationships' event indexes are renumbered. Returns `graph` unchanged when it has no more
    /// than `count` stakeholders.
    /// - Complexity: O(n log n + e) for n stakeholders and e events.
    public static func keeping(_ count: Int, of graph: StakeholderGraph) -> StakeholderGraph {
        let ranking = ranked(graph)
        guard ranking.count > max(count, 0) else { return graph }
        let kept = Set(ranking.prefix(max(count, 0)))

        var restricted = graph
        restricted.nodes = graph.nodes.filter { kept.contains($0.id) }
        var newIndex: [Int: Int] = [:]
        // Built apart and assigned once: `events` is observed, and appending to it in place
        // copied the whole array on every event (quadratic on a large corpus).
        var events: [Event] = []
        for (index, event) in graph.events.enumerated() where kept.contains(event.source) && kept.contains(event.target) {
            newIndex[index] = events.count
            events.append(event)
        }
        restricted.events = events
        restricted.relationships = graph.relationships.compactMap { relationship in
            guard kept.contains(relationship.source), kept.contains(relationship.target) else { return nil }
            var relationship = relationship
            relationship.events = relationship.events.compactMap { newIndex[$0] }
            return relationship
        }
        return restricted
    }

    /// The number of stakeholders `graph` has: its distinct nodes plus relationship ends that are
    /// not nodes (those the relationship diagram draws dashed).
    public static func stakeholderCount(of graph: StakeholderGraph) -> Int {
        var ids = Set(graph.nodes.map(\.id))
        for relationship in graph.relationships {
            ids.insert(relationship.source)
            ids.insert(relationship.target)
        }
        return ids.count
    }
}
