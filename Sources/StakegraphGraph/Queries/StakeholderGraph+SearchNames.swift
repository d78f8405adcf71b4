extension StakeholderGraph {
    /// For each event, every name a search for its stakeholders may use: the names and
    /// aliases of its two ends and of the organisations they belonged to on the event's
    /// date (see `AffiliationResolver`), without repeats. The report's stakeholder filter
    /// matches these, so that naming an organisation finds its people's acts too.
    /// - Complexity: O(e·(a + k)) for e events whose ends have a affiliations and k aliases.
    public func searchNames() -> [[String]] {
        let index = self.index
        let resolver = AffiliationResolver(index: index)
        return events.indices.map { e in
            let lower = index.eventLower[e], upper = index.eventUpper[e]
            var seen = Set<String>()
            var names = [String]()
            func add(_ node: Int32) {
                guard node >= 0 else { return }
                let stakeholder = index.node(Int(node), in: nodes)
                for name in [stakeholder.name] + stakeholder.aliases where seen.insert(name).inserted { names.append(name) }
            }
            for end in [index.eventSource[e], index.eventTarget[e]] {
                add(end)
                let organisation = resolver.organisation(of: end, lower: lower, upper: upper)
                if organisation != end { add(organisation) }
            }
            return names
        }
    }
}
