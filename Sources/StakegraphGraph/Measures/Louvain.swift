/// Communities by the Louvain method: nodes move greedily to the neighbouring community
/// that raises modularity most, communities are folded into single nodes, and the two
/// steps repeat until nothing moves.
///
/// Deterministic: nodes are visited in position order, candidate communities in increasing
/// number, a move needs a strictly larger gain, and communities are numbered at the end by
/// size (largest first), then by their first node's position.
///
/// > V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre. "Fast unfolding of
/// communities in large networks." *J. Stat. Mech.* (2008) P10008.
enum Louvain {
    /// One level of the folding: adjacency without self-loops, plus each node's self-loop weight.
    private struct Level {
        var offsets: [Int]
        var neighbours: [Int32]
        var weights: [Double]
        var loops: [Double]
        var count: Int { loops.count }
    }

    /// - Returns: the community of each node, and the modularity of that partition.
    /// - Complexity: about O(e) per sweep; a handful of sweeps and levels in practice.
    static func compute(_ graph: WeightedGraph) -> (community: [Int], modularity: Double) {
        let n = graph.nodeCount
        var level = Level(offsets: graph.offsets, neighbours: graph.neighbours,
                          weights: graph.weights.map(Double.init), loops: [Double](repeating: 0, count: n))
        var membership = (0..<n).map { $0 }
        while true {
            let (community, count) = moveNodes(level)
            if count == level.count { break }
            for v in 0..<n { membership[v] = community[membership[v]] }
            level = fold(level, community: community, count: count)
        }
        let numbered = renumber(membership)
        return (numbered, modularity(graph, community: numbered))
    }

    /// Local moving; returns communities numbered 0..<count by first node.
    private static func moveNodes(_ level: Level) -> ([Int], Int) {
        let n = level.count
        var degree = [Double](repeating: 0, count: n)
        for v in 0..<n {
            var k = 2 * level.loops[v]
            for e in level.offsets[v]..<level.offsets[v + 1] { k += level.weights[e] }
            degree[v] = k
        }
        let total = degree.reduce(0, +)
        var community = (0..<n).map { $0 }
        guard total > 0 else { return (community, n) }
        var communityDegree = degree
        var linkWeight = [Double](repeating: 0, count: n)
        var touched = [Int]()
        var moved = true
        var sweeps = 0
        while moved, sweeps < 100 {
            moved = false
            sweeps += 1
            for v in 0..<n {
                let current = community[v]
                touched.removeAll(keepingCapacity: true)
                for e in level.offsets[v]..<level.offsets[v + 1] {
                    let c = community[Int(level.neighbours[e])]
                    if linkWeight[c] == 0 { touched.append(c) }
                    linkWeight[c] += level.weights[e]
                }
                communityDegree[current] -= degree[v]
                var best = current
                var bestGain = linkWeight[current] - communityDegree[current] * degree[v] / total
                touched.sort()
                for c in touched where c != current {
                    let gain = linkWeight[c] - communityDegree[c] * degree[v] / total
                    if gain > bestGain + 1e-12 {
                        best = c
                        bestGain = gain
                    }
                }
                for c in touched { linkWeight[c] = 0 }
                communityDegree[best] += degree[v]
                if best != current {
                    community[v] = best
                    moved = true
                }
            }
        }
        var number = [Int](repeating: -1, count: n)
        var count = 0
        for v in 0..<n where number[community[v]] < 0 {
            number[community[v]] = count
            count += 1
        }
        return (community.map { number[$0] }, count)
    }

    /// The graph of communities: edges between communities added up, edges inside one
    /// becoming its self-loop.
    private static func fold(_ level: Level, community: [Int], count: Int) -> Level {
        var loops = [Double](repeating: 0, count: count)
        var rows = [[Int: Double]](repeating: [:], count: count)
        for v in 0..<level.count {
            let c = community[v]
            loops[c] += level.loops[v]
            for e in level.offsets[v]..<level.offsets[v + 1] {
                let d = community[Int(level.neighbours[e])]
                if d == c {
                    loops[c] += level.weights[e] / 2 // each inside edge is seen from both ends
                } else {
                    rows[c][d, default: 0] += level.weights[e]
                }
            }
        }
        var offsets = [0], neighbours = [Int32](), weights = [Double]()
        for row in rows {
            for (d, w) in row.sorted(by: { $0.key < $1.key }) {
                neighbours.append(Int32(d))
                weights.append(w)
            }
            offsets.append(neighbours.count)
        }
        return Level(offsets: offsets, neighbours: neighbours, weights: weights, loops: loops)
    }

    /// Numbers communities by size, largest first, then by first member.
    private static func renumber(_ membership: [Int]) -> [Int] {
        var size = [Int: Int](), first = [Int: Int]()
        for (v, c) in membership.enumerated() {
            size[c, default: 0] += 1
            if first[c] == nil { first[c] = v }
        }
        let ranked = size.keys.sorted { a, b in size[a]! != size[b]! ? size[a]! > size[b]! : first[a]! < first[b]! }
        var number = [Int: Int]()
        for (i, c) in ranked.enumerated() { number[c] = i }
        return membership.map { number[$0]! }
    }

    /// Newman's modularity of a partition of the weighted graph (communities numbered from 0).
    static func modularity(_ graph: WeightedGraph, community: [Int]) -> Double {
        let count = (community.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: count), degreeSum = inside
        var total = 0.0
        for v in 0..<graph.nodeCount {
            for k in graph.range(of: v) {
                let w = Double(graph.weights[k])
                total += w
                degreeSum[community[v]] += w
                if community[Int(graph.neighbours[k])] == community[v] { inside[community[v]] += w }
            }
        }
        guard total > 0 else { return 0 }
        var q = 0.0
        for c in 0..<count { q += inside[c] / total - (degreeSum[c] / total) * (degreeSum[c] / total) }
        return q
    }
}
