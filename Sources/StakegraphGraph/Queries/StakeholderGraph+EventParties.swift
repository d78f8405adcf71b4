extension StakeholderGraph {
    /// For each event, the ids of the stakeholders it counts for: its two ends and the
    /// organisations they belonged to on the event's date (see `AffiliationResolver`), without
    /// repeats, in that order. The report lists an organisation's engagements with these, so
    /// that its people's acts are among them, as a focus on it finds them (see `Membership`).
    /// - Complexity: O(e·a) for e events whose ends have a affiliations.
    public func eventParties() -> [[String]] {
        let index = self.index
        let resolver = AffiliationResolver(index: index)
        return events.indices.map { e in
            let lower = index.eventLower[e], upper = index.eventUpper[e]
            var parties = [String]()
            func add(_ id: String) { if !parties.contains(id) { parties.append(id) } }
            add(events[e].source)
            add(events[e].target)
            for end in [index.eventSource[e], index.eventTarget[e]] where end >= 0 {
                let organisation = resolver.organisation(of: end, lower: lower, upper: upper)
                if organisation != end { add(index.nodeIDs[Int(organisation)]) }
            }
            return parties
        }
    }
}
