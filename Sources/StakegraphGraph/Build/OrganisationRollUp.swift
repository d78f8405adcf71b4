import StakegraphExtraction

/// Rolls events up from people to the organisations they belonged to on each event's
/// date (see `AffiliationResolver`), as `GraphLevel.organisation` or `.both` asks.
///
/// Roll-up only renames ends: every person-level event becomes exactly one organisation
/// event, so distinct acts stay distinct and an organisation relationship counts the
/// person-level events it rolls up (reports of one act were already merged, at person
/// level, by `EventMerger`). Events whose ends roll up to the same organisation are
/// dropped (no self-loops); at `.both` the person-level events that changed are kept
/// beside the organisation events.
struct OrganisationRollUp: Sendable {
    var level: GraphLevel

    /// The ends an event rolls up to, meetings in id order; nil for a self-loop.
    /// `changed` tells whether either end was replaced.
    static func ends(of e: Int, index: GraphIndex, resolver: AffiliationResolver) -> (source: Int32, target: Int32, changed: Bool)? {
        let s = index.eventSource[e], t = index.eventTarget[e]
        guard s >= 0, t >= 0 else { return nil }
        let lower = index.eventLower[e], upper = index.eventUpper[e]
        var rs = resolver.organisation(of: s, lower: lower, upper: upper)
        var rt = resolver.organisation(of: t, lower: lower, upper: upper)
        let changed = rs != s || rt != t
        if changed, rs == rt { return (rs, rt, true) }
        if changed, InteractionType(ordinal: Int(index.eventCode[e] & 7)).isSymmetric, index.nodeIDs[Int(rt)] < index.nodeIDs[Int(rs)] {
            swap(&rs, &rt)
        }
        return (rs, rt, changed)
    }

    /// - Parameters:
    ///   - selected: positions, in `events`, of the events to roll up, in increasing order.
    /// - Returns: one organisation event per selected event that is no self-loop after
    ///   roll-up, and at `.both` each changed person event right after it, in the order of
    ///   the selected events.
    /// - Complexity: O(s) for s selected events, plus the affiliations of their ends.
    func apply(to events: [Event], selected: [Int32], index: GraphIndex) -> EventColumns {
        let resolver = AffiliationResolver(index: index)
        var result = EventColumns(capacity: selected.count, articles: index.articles)
        for e in selected {
            let p = Int(e)
            guard let ends = Self.ends(of: p, index: index, resolver: resolver) else { continue }
            let lower = index.eventLower[p], upper = index.eventUpper[p], code = index.eventCode[p], article = index.eventArticle[p]
            if ends.source != ends.target {
                var event = events[p]
                if ends.changed {
                    event.source = index.nodeIDs[Int(ends.source)]
                    event.target = index.nodeIDs[Int(ends.target)]
                }
                result.append(event, source: ends.source, target: ends.target, lower: lower, upper: upper, code: code, article: article)
            }
            if ends.changed, level == .both {
                result.append(events[p], source: index.eventSource[p], target: index.eventTarget[p],
                              lower: lower, upper: upper, code: code, article: article)
            }
        }
        return result
    }
}
