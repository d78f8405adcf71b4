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

    /// Events with their ends as node positions and dates as day ordinals.
    struct Stage: Sendable {
        var events: [Event] = []
        var source: [Int32] = []
        var target: [Int32] = []
        var lower: [Int32] = []
        var upper: [Int32] = []

        mutating func append(_ event: Event, _ s: Int32, _ t: Int32, _ l: Int32, _ u: Int32) {
            events.append(event)
            source.append(s)
            target.append(t)
            lower.append(l)
            upper.append(u)
        }
    }

    /// - Parameters:
    ///   - selected: positions, in `events`, of the events to roll up, in increasing order.
    /// - Complexity: O(s log s) for s selected events.
    func apply(to events: [Event], selected: [Int32], index: GraphIndex) -> Stage {
        let resolver = AffiliationResolver(index: index)
        var occurrences = [EventMerger.Occurrence]()
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
            let type = events[p].type
            if type.isSymmetric, index.nodeIDs[Int(rt)] < index.nodeIDs[Int(rs)] { swap(&rs, &rt) }
            occurrences.append(.init(source: rs, target: rt, type: UInt8(type.ordinal), lower: lower, upper: upper))
            origin.append(e)
        }
        let clusters = EventMerger(withinDays: withinDays).cluster(occurrences, articles: { events[Int(origin[$0])].articles })

        // Items: the organisation events (clusters), then the changed person events, each
        // keyed by its date and earliest base event; built straight into chronological order.
        let clusterCount = clusters.count
        let count = clusterCount + changed.count
        var representative = [Int](repeating: 0, count: clusterCount)
        var lower = [Int32](), upper = [Int32](), firstOrigin = [Int32]()
        lower.reserveCapacity(count); upper.reserveCapacity(count); firstOrigin.reserveCapacity(count)
        for c in 0..<clusterCount {
            let members = clusters.members(of: c)
            let r = EventMerger.representative(of: members, lower: { occurrences[$0].lower }, upper: { occurrences[$0].upper })
            representative[c] = r
            lower.append(occurrences[r].lower)
            upper.append(occurrences[r].upper)
            firstOrigin.append(origin[Int(members[members.startIndex])])
        }
        for e in changed {
            lower.append(index.eventLower[Int(e)])
            upper.append(index.eventUpper[Int(e)])
            firstOrigin.append(e)
        }
        let order = EventMerger.chronologicalOrder(count: count, lower: lower, upper: upper, first: firstOrigin)
        var result = Stage()
        result.events.reserveCapacity(count)
        result.source.reserveCapacity(count)
        result.target.reserveCapacity(count)
        result.lower.reserveCapacity(count)
        result.upper.reserveCapacity(count)
        for item in order {
            if item >= clusterCount {
                let p = Int(changed[item - clusterCount])
                result.append(events[p], index.eventSource[p], index.eventTarget[p], index.eventLower[p], index.eventUpper[p])
                continue
            }
            let members = clusters.members(of: item)
            let r = representative[item]
            let o = occurrences[r]
            var event = events[Int(origin[r])]
            let source = index.nodeIDs[Int(o.source)], target = index.nodeIDs[Int(o.target)]
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
            result.append(event, o.source, o.target, o.lower, o.upper)
        }
        return result
    }
}
