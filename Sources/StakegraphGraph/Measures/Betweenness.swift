/// Betweenness centrality by Brandes' algorithm on the unweighted, undirected simple
/// graph, normalised to 0...1 by the number of pairs of other nodes, (n-1)(n-2)/2.
///
/// > U. Brandes. "A faster algorithm for betweenness centrality."
/// *Journal of Mathematical Sociology* 25(2), 2001, pp. 163-177.
enum Betweenness {
    /// - Parameter nodeCount: the number of nodes to normalise by (the graph's own nodes;
    ///   isolated positions beyond them do not count).
    /// - Complexity: O(n e) time, O(n + e) space.
    static func compute(_ graph: WeightedGraph, nodeCount: Int) -> [Double] {
        let n = graph.nodeCount
        var centrality = [Double](repeating: 0, count: n)
        guard nodeCount > 2 else { return centrality }
        var sigma = [Double](repeating: 0, count: n)
        var distance = [Int32](repeating: -1, count: n)
        var delta = [Double](repeating: 0, count: n)
        var order = [Int32]()
        order.reserveCapacity(n)
        for s in 0..<n where !graph.range(of: s).isEmpty {
            order.removeAll(keepingCapacity: true)
            sigma[s] = 1
            distance[s] = 0
            order.append(Int32(s))
            var head = 0
            while head < order.count {
                let v = Int(order[head])
                head += 1
                for k in graph.range(of: v) {
                    let w = Int(graph.neighbours[k])
                    if distance[w] < 0 {
                        distance[w] = distance[v] + 1
                        order.append(Int32(w))
                    }
                    if distance[w] == distance[v] + 1 { sigma[w] += sigma[v] }
                }
            }
            // Dependencies, farthest first; predecessors are the neighbours one step closer.
            for w in order.reversed().map({ Int($0) }) {
                for k in graph.range(of: w) {
                    let v = Int(graph.neighbours[k])
                    if distance[v] == distance[w] - 1 { delta[v] += sigma[v] / sigma[w] * (1 + delta[w]) }
                }
                if w != s { centrality[w] += delta[w] }
            }
            for v in order.map({ Int($0) }) {
                sigma[v] = 0
                distance[v] = -1
                delta[v] = 0
            }
        }
        // Each unordered pair was counted from both ends.
        let scale = 1 / Double((nodeCount - 1) * (nodeCount - 2))
        return centrality.map { $0 * scale }
    }
}
