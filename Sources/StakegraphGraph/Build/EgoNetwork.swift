/// The stakeholders within a number of hops of some focus stakeholders, following
/// relationships in either direction.
struct EgoNetwork: Sendable {
    var depth: Int

    /// - Parameters:
    ///   - source, target: the ends of each edge, as node positions.
    ///   - focus: the positions to start from.
    /// - Returns: a mask over `0..<nodeCount`, true for the nodes reached.
    /// - Complexity: O(n + e) breadth-first search.
    func reach(from focus: [Int32], source: [Int32], target: [Int32], nodeCount: Int) -> [Bool] {
        let adjacency = UndirectedAdjacency(source: source, target: target, nodeCount: nodeCount)
        var reached = [Bool](repeating: false, count: nodeCount)
        var frontier: [Int32] = []
        for f in focus where !reached[Int(f)] {
            reached[Int(f)] = true
            frontier.append(f)
        }
        var hops = 0
        while hops < depth, !frontier.isEmpty {
            var next: [Int32] = []
            for v in frontier {
                for w in adjacency.neighbours(of: Int(v)) where !reached[Int(w)] {
                    reached[Int(w)] = true
                    next.append(w)
                }
            }
            frontier = next
            hops += 1
        }
        return reached
    }
}

/// Neighbour lists without weights (duplicates allowed), in compressed rows.
struct UndirectedAdjacency: Sendable {
    var offsets: [Int]
    var targets: [Int32]

    /// - Complexity: O(n + e).
    init(source: [Int32], target: [Int32], nodeCount: Int) {
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        for (s, t) in zip(source, target) where s >= 0 && t >= 0 && s != t {
            offsets[Int(s) + 1] += 1
            offsets[Int(t) + 1] += 1
        }
        for v in 0..<nodeCount { offsets[v + 1] += offsets[v] }
        var next = offsets
        var targets = [Int32](repeating: 0, count: offsets[nodeCount])
        for (s, t) in zip(source, target) where s >= 0 && t >= 0 && s != t {
            targets[next[Int(s)]] = t
            next[Int(s)] += 1
            targets[next[Int(t)]] = s
            next[Int(t)] += 1
        }
        self.offsets = offsets
        self.targets = targets
    }

    func neighbours(of v: Int) -> ArraySlice<Int32> { targets[offsets[v]..<offsets[v + 1]] }
}
