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
        let clusters = EventMerger(withinDays: withinDays).cluster(occurrences, nodeCount: index.nodeCount,
                                                                   articles: { events[Int(origin[$0])].articles })

        // Clusters are numbered by first member, whose origins increase; merge them with the
        // changed person events (also increasing) by earliest base event.
        var result = EventColumns(capacity: clusters.count + changed.count, articles: index.articles)
        var nextChanged = 0
        func appendChanged(upTo limit: Int32) {
            while nextChanged < changed.count, changed[nextChanged] <= limit {
                let p = Int(changed[nextChanged])
                result.append(events[p], source: index.eventSource[p], target: index.eventTarget[p],
                              lower: index.eventLower[p], upper: index.eventUpper[p], code: index.eventCode[p], article: index.eventArticle[p])
                nextChanged += 1
            }
        }
        for c in 0..<clusters.count {
            let members = clusters.members(of: c)
            let firstOrigin = origin[Int(members[members.startIndex])]
            appendChanged(upTo: firstOrigin - 1)
            let r = EventMerger.representative(of: members, lower: { occurrences[$0].lower }, upper: { occurrences[$0].upper })
            let o = occurrences[r]
            var event = events[Int(origin[r])]
            let source = index.nodeIDs[Int(o.source)], target = index.nodeIDs[Int(o.target)]
            if event.source != source { event.source = source }
            if event.target != target { event.target = target }
            var article = o.article
            if members.count > 1 {
                for m in members where occurrences[Int(m)].article != article { article = -1 }
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
            result.append(event, source: o.source, target: o.target, lower: o.lower, upper: o.upper, code: o.code, article: article)
        }
        appendChanged(upTo: Int32.max)
        return result
    }
}
