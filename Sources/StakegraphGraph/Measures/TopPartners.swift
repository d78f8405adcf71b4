/// Each node's most frequent partners: the neighbours with the most events either way,
/// ties broken by id.
enum TopPartners {
    /// - Complexity: O(e log d) for e edges and largest degree d.
    static func compute(_ graph: WeightedGraph, ids: [String], limit: Int = 3) -> [[(position: Int, events: Int)]] {
        (0..<graph.nodeCount).map { v in
            let range = graph.range(of: v)
            var partners = range.map { (position: Int(graph.neighbours[$0]), events: graph.weights[$0]) }
            if partners.count > 1 {
                partners.sort { a, b in a.events != b.events ? a.events > b.events : ids[a.position] < ids[b.position] }
            }
            return Array(partners.prefix(limit))
        }
    }
}
