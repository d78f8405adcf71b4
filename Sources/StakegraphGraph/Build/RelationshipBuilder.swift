import StakegraphExtraction

/// Aggregates events into one relationship per (source, target) pair.
///
/// Each distinct event counts once per type; the tone is the mean of the events'
/// `ToneWeights`; `firstDate` is the earliest-starting dated event and `lastDate` the
/// latest-ending one; `events` lists the pair's events oldest first, undated last.
/// Relationships come out ordered by (source position, target position).
struct RelationshipBuilder: Sendable {
    var tone: ToneWeights

    struct Output: Sendable {
        var relationships: [Relationship]
        var source: [Int32]
        var target: [Int32]
    }

    /// - Parameters:
    ///   - events: the events, with their ends as node positions and dates as day ordinals.
    ///   - nodeCount: positions run over `0..<nodeCount`; events with an end of -1 are left out.
    /// - Complexity: O(e + n) for e events and n nodes (two counting-sort passes), plus
    ///   O(e log e) when the events are not already in chronological order.
    func build(events: [Event], source: [Int32], target: [Int32], lower: [Int32], upper: [Int32],
               nodeIDs: [String]) -> Output {
        let nodeCount = nodeIDs.count
        let chronological = RelationshipBuilder.chronologicalOrder(lower: lower, upper: upper)
        // LSD radix: stable by target, then stable by source, keeps chronological order inside each pair.
        let byTarget = RelationshipBuilder.countingSort(chronological, key: target, buckets: nodeCount)
        let order = RelationshipBuilder.countingSort(byTarget, key: source, buckets: nodeCount)
        let weights = tone.table
        var output = Output(relationships: [], source: [], target: [])
        var start = 0
        var counts = [Int](repeating: 0, count: 5)
        while start < order.count {
            let s = source[Int(order[start])], t = target[Int(order[start])]
            var end = start + 1
            while end < order.count, source[Int(order[end])] == s, target[Int(order[end])] == t { end += 1 }
            for k in 0..<5 { counts[k] = 0 }
            var toneSum = 0.0
            var first: Int = -1, last: Int = -1
            var indexes = [Int]()
            indexes.reserveCapacity(end - start)
            for k in start..<end {
                let e = Int(order[k])
                indexes.append(e)
                let type = events[e].type.ordinal
                counts[type] += 1
                toneSum += weights[type]
                if lower[e] != DaySpan.undated {
                    if first < 0 { first = e }
                    if last < 0 || upper[e] >= upper[last] { last = e }
                }
            }
            var countsByType = [InteractionType: Int](minimumCapacity: 2)
            for k in 0..<5 where counts[k] > 0 { countsByType[InteractionType(ordinal: k)] = counts[k] }
            output.relationships.append(Relationship(
                source: nodeIDs[Int(s)], target: nodeIDs[Int(t)], counts: countsByType,
                tone: toneSum / Double(end - start),
                firstDate: first >= 0 ? events[first].date : nil, lastDate: last >= 0 ? events[last].date : nil,
                events: indexes, articles: RelationshipBuilder.articles(of: indexes, in: events)))
            output.source.append(s)
            output.target.append(t)
            start = end
        }
        return output
    }

    /// Event positions oldest first, undated last, ties in position order.
    /// - Complexity: O(e) when already in that order, else O(e log e).
    static func chronologicalOrder(lower: [Int32], upper: [Int32]) -> [Int32] {
        var sorted = true
        for i in lower.indices.dropFirst() where (lower[i], upper[i]) < (lower[i - 1], upper[i - 1]) {
            sorted = false
            break
        }
        var order = (0..<Int32(lower.count)).map { $0 }
        if !sorted {
            order.sort { a, b in
                let ka = DaySpan.key(lower: lower[Int(a)], upper: upper[Int(a)])
                let kb = DaySpan.key(lower: lower[Int(b)], upper: upper[Int(b)])
                return ka != kb ? ka < kb : a < b
            }
        }
        return order
    }

    /// Stable counting sort of `items` by `key[item]`; items whose key is negative are dropped.
    /// - Complexity: O(items + buckets).
    static func countingSort(_ items: [Int32], key: [Int32], buckets: Int) -> [Int32] {
        var offsets = [Int](repeating: 0, count: buckets + 1)
        var kept = 0
        for item in items {
            let k = key[Int(item)]
            if k >= 0 { offsets[Int(k) + 1] += 1; kept += 1 }
        }
        for b in 0..<buckets { offsets[b + 1] += offsets[b] }
        var result = [Int32](repeating: 0, count: kept)
        for item in items {
            let k = Int(key[Int(item)])
            guard k >= 0 else { continue }
            result[offsets[k]] = item
            offsets[k] += 1
        }
        return result
    }

    /// Articles behind some events, without repeats, in event then report order.
    static func articles(of indexes: [Int], in events: [Event]) -> [String] {
        if indexes.count == 1, events[indexes[0]].reports.count == 1 { return [events[indexes[0]].reports[0].article] }
        var result: [String] = []
        var seen = Set<String>()
        var hashing = false
        for e in indexes {
            for report in events[e].reports {
                if hashing {
                    if seen.insert(report.article).inserted { result.append(report.article) }
                } else if !result.contains(report.article) {
                    result.append(report.article)
                    if result.count > 16 {
                        seen = Set(result)
                        hashing = true
                    }
                }
            }
        }
        return result
    }
}
