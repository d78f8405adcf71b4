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
    ///   - columns: the events and their columns; events with an end of -1 are left out.
    ///   - nodeIDs: ids by node position.
    /// - Complexity: O(e + n) for e events and n nodes (two counting-sort passes), plus
    ///   sorting each pair's events by date.
    func build(_ columns: EventColumns, nodeIDs: [String]) -> Output {
        var sorted = PairRecord.sortedByPair(count: columns.count, nodeCount: nodeIDs.count, record: columns.record)
        let weights = tone.table
        var countsCache = [UInt64: [InteractionType: Int]]()
        var output = Output(relationships: [], source: [], target: [])
        output.relationships.reserveCapacity(sorted.count) // an upper bound; untouched capacity costs no memory
        var start = 0
        var counts = [Int](repeating: 0, count: 5)
        while start < sorted.count {
            let s = sorted[start].source, t = sorted[start].target
            var end = start + 1
            while end < sorted.count, sorted[end].source == s, sorted[end].target == t { end += 1 }
            if end - start > 1 {
                sorted[start..<end].sort { a, b in
                    let ka = a.spanKey, kb = b.spanKey
                    return ka != kb ? ka < kb : a.position < b.position
                }
            }
            for k in 0..<5 { counts[k] = 0 }
            var toneSum = 0.0
            var first = -1, last = -1
            var indexes = [Int]()
            indexes.reserveCapacity(end - start)
            for k in start..<end {
                let record = sorted[k]
                indexes.append(Int(record.position))
                let type = Int(record.code & 7)
                counts[type] += 1
                toneSum += weights[type]
                if record.lower != DaySpan.undated {
                    if first < 0 { first = k }
                    if last < 0 || record.upper >= sorted[last].upper { last = k }
                }
            }
            output.relationships.append(Relationship(
                source: nodeIDs[Int(s)], target: nodeIDs[Int(t)], counts: countsDictionary(counts, cache: &countsCache),
                tone: toneSum / Double(end - start),
                firstDate: first >= 0 ? RelationshipBuilder.date(of: sorted[first]) : nil,
                lastDate: last >= 0 ? RelationshipBuilder.date(of: sorted[last]) : nil,
                events: indexes, articles: RelationshipBuilder.articles(of: sorted[start..<end], in: columns)))
            output.source.append(s)
            output.target.append(t)
            start = end
        }
        return output
    }

    private static func date(of record: PairRecord) -> EventDate? {
        DaySpan.date(kind: record.code >> 3, lower: record.lower, upper: record.upper)
    }

    /// A counts dictionary, shared between relationships with the same counts (dictionaries
    /// are copy-on-write, so sharing saves an allocation per relationship).
    private func countsDictionary(_ counts: [Int], cache: inout [UInt64: [InteractionType: Int]]) -> [InteractionType: Int] {
        var key: UInt64 = 0
        for k in 0..<5 {
            guard counts[k] < 4096 else { return RelationshipBuilder.dictionary(counts) }
            key = key << 12 | UInt64(counts[k])
        }
        if let shared = cache[key] { return shared }
        let made = RelationshipBuilder.dictionary(counts)
        cache[key] = made
        return made
    }

    private static func dictionary(_ counts: [Int]) -> [InteractionType: Int] {
        var result = [InteractionType: Int]()
        for k in 0..<5 where counts[k] > 0 { result[InteractionType(ordinal: k)] = counts[k] }
        return result
    }

    /// Articles behind some events, without repeats, in event then report order.
    static func articles(of records: ArraySlice<PairRecord>, in columns: EventColumns) -> [String] {
        let names = columns.articles.keys
        if records.count == 1, let only = records.first, only.article >= 0 { return [names[Int(only.article)]] }
        var result: [String] = []
        var seen = Set<String>()
        var hashing = false
        func add(_ article: String) {
            if hashing {
                if seen.insert(article).inserted { result.append(article) }
            } else if !result.contains(article) {
                result.append(article)
                if result.count > 16 {
                    seen = Set(result)
                    hashing = true
                }
            }
        }
        for record in records {
            if record.article >= 0 {
                add(names[Int(record.article)])
            } else {
                for report in columns.events[Int(record.position)].reports { add(report.article) }
            }
        }
        return result
    }
}
