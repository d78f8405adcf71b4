extension StakeholderGraph {
    /// For each event, the levels whose view holds it, so that a reader of a `.both` view can
    /// show either level alone (the report's level filter does).
    ///
    /// At `.person` or `.organisation` level every event is of that level. At `.both`: an
    /// event with an end that rolls up to an organisation on its date (see
    /// `OrganisationRollUp`) is a person-level event; the event rolled up from it (same type,
    /// date and reports, ends rolled up) is an organisation-level event; any other event is
    /// the same at both levels.
    /// - Complexity: O(e·k) for e events with k reports each, plus the ends' affiliations.
    public func eventLevels() -> [[GraphLevel]] {
        guard level == .both else { return events.map { _ in [level] } }
        let index = self.index
        let resolver = AffiliationResolver(index: index)
        struct Copy: Hashable {
            var source: Int32, target: Int32
            var event: Event
        }
        var changed = [Bool](repeating: false, count: events.count)
        var copies: [Copy: Int] = [:]
        for e in events.indices {
            guard let ends = OrganisationRollUp.ends(of: e, index: index, resolver: resolver), ends.changed else { continue }
            changed[e] = true
            if ends.source != ends.target {
                var copy = events[e]
                copy.source = index.nodeIDs[Int(ends.source)]
                copy.target = index.nodeIDs[Int(ends.target)]
                copies[Copy(source: ends.source, target: ends.target, event: copy), default: 0] += 1
            }
        }
        return events.indices.map { e in
            if changed[e] { return [.person] }
            let key = Copy(source: index.eventSource[e], target: index.eventTarget[e], event: events[e])
            if let count = copies[key], count > 0 {
                copies[key] = count - 1
                return [.organisation]
            }
            return [.person, .organisation]
        }
    }
}
