/// The undirected simple graph under the measures: one edge per pair of stakeholders that
/// have a relationship either way, weighted by the events between them (both directions
/// added), without self-loops; neighbours of each node in increasing position.
struct WeightedGraph: Sendable {
    var nodeCount: Int
    var offsets: [Int]
    var neighbours: [Int32]
    var weights: [Int]

    /// - Complexity: O(n + r) for n nodes and r relationships (two counting-sort passes).
    init(source: [Int32], target: [Int32], weight: [Int], nodeCount: Int) {
        // Each edge in both directions, ordered by (node, neighbour) with two stable passes.
        var from = [Int32](), to = [Int32](), w = [Int]()
        from.reserveCapacity(2 * source.count); to.reserveCapacity(2 * source.count); w.reserveCapacity(2 * source.count)
        for k in source.indices where source[k] >= 0 && target[k] >= 0 && source[k] != target[k] {
            from.append(source[k]); to.append(target[k]); w.append(weight[k])
            from.append(target[k]); to.append(source[k]); w.append(weight[k])
        }
        let all = (0..<Int32(from.count)).map { $0 }
        let byNeighbour = WeightedGraph.stableSort(all, key: to, buckets: nodeCount)
        let order = WeightedGraph.stableSort(byNeighbour, key: from, buckets: nodeCount)
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        var neighbours = [Int32](), weights = [Int]()
        neighbours.reserveCapacity(order.count); weights.reserveCapacity(order.count)
        var k = 0
        for v in 0..<nodeCount {
            while k < order.count, from[Int(order[k])] == Int32(v) {
                let u = to[Int(order[k])]
                if neighbours.count > offsets[v], neighbours[neighbours.count - 1] == u {
                    weights[weights.count - 1] += w[Int(order[k])]
                } else {
                    neighbours.append(u)
                    weights.append(w[Int(order[k])])
                }
                k += 1
            }
            offsets[v + 1] = neighbours.count
        }
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.neighbours = neighbours
        self.weights = weights
    }

    @inline(__always) func range(of v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }

    private static func stableSort(_ items: [Int32], key: [Int32], buckets: Int) -> [Int32] {
        var offsets = [Int](repeating: 0, count: buckets + 1)
        for item in items { offsets[Int(key[Int(item)]) + 1] += 1 }
        for b in 0..<buckets { offsets[b + 1] += offsets[b] }
        var result = [Int32](repeating: 0, count: items.count)
        for item in items {
            let b = Int(key[Int(item)])
            result[offsets[b]] = item
            offsets[b] += 1
        }
        return result
    }
}
