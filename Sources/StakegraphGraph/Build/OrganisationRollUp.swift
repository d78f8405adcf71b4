import StakegraphExtraction

/// Rolls events up from people to the organisations they belonged to on each event's
/// date (see `AffiliationResolver`), as `GraphLevel.organisation` or `.both` asks.
///
/// Rolled-up events are merged again with `EventMerger`, so that an act reported once
/// through a person and once through their organisation counts once. Events whose ends
/// roll up to the same organisation are dropped (no self-loops); at `.both` the
/// person-level events that changed are kept beside the organisation events.
struct OrganisationRollUp: Sendable {
    var level: GraphLevel
    var withinDays: Int

    /// - Parameters:
    ///   - selected: positions, in `events`, of the events to roll up, in increasing order.
    /// - Returns: the organisation events and, at `.both`, the changed person events, in
    ///   order of their earliest base event.
    /// - Complexity: O(s + n) for s selected events and n nodes, plus sorting each pair's events.
    func apply(to events: [Event], selected: [Int32], index: GraphIndex) -> EventColumns {
        let resolver = AffiliationResolver(index: index)
        var occurrences = [PairRecord]()
        var origin = [Int32]()
        var changed = [Int32]()
        occurrences.reserveCapacity(selected.count)
        origin.reserveCapacity(selected.count)
        for e in selected {
            let p = Int(e)
            let s = index.eventSource[p], t = index.eventTarget[p]
            guard s >= 0, t >= 0 else { continue }
            let lower = index.eventLower[p], upper = index.eventUpper[p]
            var rs = resolver.organisation(of: s, lower: lower, upper: upper)
            var rt = resolver.organisation(of: t, lower: lower, upper: upper)
            let isChanged = rs != s || rt != t
            if isChanged, level == .both { changed.append(e) }
            if isChanged, rs == rt { continue }
            let code = index.eventCode[p]
            if isChanged, InteractionType(ordinal: Int(code & 7)).isSymmetric, index.nodeIDs[Int(rt)] < index.nodeIDs[Int(rs)] { swap(&rs, &rt) }
            occurrences.append(PairRecord(source: rs, target: rt, lower: lower, upper: upper, position: Int32(occurrences.count),
                                          article: index.eventArticle[p], code: code))
            origin.append(e)
        }
        var clusters = EventMerger(withinDays: withinDays).cluster(occurrences, nodeCount: index.nodeCount,
                                                                   articles: { events[Int(origin[$0])].articles })

        // Clusters are numbered by first member, whose origins increase; merge them with the
        // changed person events (also increasing) by earliest base event. Items >= 0 are
        // clusters, items < 0 changed events (-1 - their position). Columns first, then the
        // events themselves in parallel.
        var items = [Int32]()
        items.reserveCapacity(clusters.count + changed.count)
        var representative = [Int32](repeating: 0, count: clusters.count)
        var result = EventColumns(capacity: clusters.count + changed.count, articles: index.articles)
        var nextChanged = 0
        func appendChanged(upTo limit: Int32) {
            while nextChanged < changed.count, changed[nextChanged] <= limit {
                let p = Int(changed[nextChanged])
                items.append(-1 - changed[nextChanged])
                result.source.append(index.eventSource[p])
                result.target.append(index.eventTarget[p])
                result.lower.append(index.eventLower[p])
                result.upper.append(index.eventUpper[p])
                result.code.append(index.eventCode[p])
                result.article.append(index.eventArticle[p])
                nextChanged += 1
            }
        }
        for c in 0..<clusters.count {
            let members = clusters.members(of: c)
            appendChanged(upTo: origin[Int(members[members.startIndex])] - 1)
            let r = EventMerger.representative(of: members, lower: { occurrences[$0].lower }, upper: { occurrences[$0].upper })
            representative[c] = Int32(r)
            let o = occurrences[r]
            var article = o.article
            if members.count > 1 {
                article = result.articles.code(for: result.articles.positions(members.lazy.map { occurrences[Int($0)].article }))
            }
            items.append(Int32(c))
            result.source.append(o.source)
            result.target.append(o.target)
            result.lower.append(o.lower)
            result.upper.append(o.upper)
            result.code.append(o.code)
            result.article.append(article)
        }
        appendChanged(upTo: Int32.max)
        occurrences = [] // freed before the large allocations that follow, which reuse it

        result.events = Parallel.array(count: items.count) { k -> Event in
            let item = Int(items[k])
            guard item >= 0 else { return events[-1 - item] }
            let members = clusters.members(of: item)
            var event = events[Int(origin[Int(representative[item])])]
            let source = index.nodeIDs[Int(result.source[k])], target = index.nodeIDs[Int(result.target[k])]
            if event.source != source { event.source = source }
            if event.target != target { event.target = target }
            if members.count > 1 {
                var reports = [Event.Report]()
                for m in members {
                    for report in events[Int(origin[Int(m)])].reports where !reports.contains(where: {
                        $0.article == report.article && $0.evidence.start == report.evidence.start && $0.evidence.end == report.evidence.end
                    }) {
                        reports.append(report)
                    }
                }
                event.reports = reports
            }
            return event
        }
        clusters = EventMerger.Clusters(offsets: [0], members: [])
        return result
    }
}
