/// Degree (distinct neighbours either way) and weighted degree (events with any
/// neighbour) of every node of the undirected simple graph of relationships.
enum Degree {
    /// From the built adjacency.
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

    /// Straight from relationships ordered by (source, target), as graphs built by this
    /// package keep them, without building the adjacency: a pair linked both ways counts
    /// once, found by binary search among the other end's relationships.
    /// - Returns: nil when the relationships are not in that order.
    /// - Complexity: O(n + r log d) for r relationships and largest out-degree d.
    static func compute(source: [Int32], target: [Int32], weight: [Int], nodeCount: Int) -> (degree: [Int], weighted: [Int])? {
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        for r in source.indices {
            guard source[r] >= 0, target[r] >= 0 else { return nil }
            if r > 0, (source[r], target[r]) <= (source[r - 1], target[r - 1]) { return nil }
            offsets[Int(source[r]) + 1] += 1
        }
        for v in 0..<nodeCount { offsets[v + 1] += offsets[v] }
        var degree = [Int](repeating: 0, count: nodeCount)
        var weighted = [Int](repeating: 0, count: nodeCount)
        for r in source.indices {
            let s = Int(source[r]), t = Int(target[r])
            guard s != t else { continue }
            weighted[s] += weight[r]
            weighted[t] += weight[r]
            if s < t || !contains(target, in: offsets[t]..<offsets[t + 1], Int32(s)) {
                degree[s] += 1
                degree[t] += 1
            }
        }
        return (degree, weighted)
    }

    private static func contains(_ sorted: [Int32], in range: Range<Int>, _ value: Int32) -> Bool {
        var low = range.lowerBound, high = range.upperBound
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < range.upperBound && sorted[low] == value
    }
}
