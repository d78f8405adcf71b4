/// Degree (distinct neighbours) and weighted degree (events with any neighbour) of every
/// node of the undirected simple graph.
enum Degree {
    /// - Complexity: O(n + e).
    static func compute(_ graph: WeightedGraph) -> (degree: [Int], weighted: [Int]) {
        var degree = [Int](repeating: 0, count: graph.nodeCount)
        var weighted = [Int](repeating: 0, count: graph.nodeCount)
        for v in 0..<graph.nodeCount {
            let range = graph.range(of: v)
            degree[v] = range.count
            var sum = 0
            for k in range { sum += graph.weights[k] }
            weighted[v] = sum
        }
        return (degree, weighted)
    }
}
