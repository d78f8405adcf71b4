import StakegraphExtraction

/// Aggregates events into one relationship per (source, target) pair.
struct RelationshipBuilder {
    var tone: ToneWeights

    func build(_ events: [Event]) -> [Relationship] {
        var order: [String] = []
        var grouped: [String: [Int]] = [:]
        for (index, event) in events.enumerated() {
            let key = "\(event.source)\u{1}\(event.target)"
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: []].append(index)
        }
        return order.map { key in
            let indexes = grouped[key]!.sorted { lhs, rhs in
                switch (events[lhs].date, events[rhs].date) {
                case let (a?, b?): return a < b || (a == b && lhs < rhs)
                case (nil, nil): return lhs < rhs
                case (nil, _): return false
                case (_, nil): return true
                }
            }
            var counts: [InteractionType: Int] = [:]
            var articles: [String] = []
            var seen = Set<String>()
            var toneSum = 0.0
            for i in indexes {
                counts[events[i].type, default: 0] += 1
                toneSum += tone[events[i].type]
                for a in events[i].articles where seen.insert(a).inserted { articles.append(a) }
            }
            let dated = indexes.compactMap { events[$0].date }
            let first = events[indexes[0]]
            return Relationship(source: first.source, target: first.target, counts: counts,
                                tone: toneSum / Double(indexes.count),
                                firstDate: dated.first, lastDate: dated.max(by: { $0.bounds.upperBound < $1.bounds.upperBound }),
                                events: indexes, articles: articles)
        }
    }
}
