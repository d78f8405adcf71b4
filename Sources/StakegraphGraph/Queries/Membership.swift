/// Whether an end of an event stands for the stakeholders a query named: one of them, or,
/// when members count, a person who belonged to one of them (an organisation) on the
/// event's date (see `AffiliationResolver`).
///
/// This is what naming an organisation means in `timeline`, `whoEngaged` and a view's
/// focus: "Ofsted" is Ofsted and whoever spoke for it at the time.
struct Membership: Sendable {
    private let named: [Bool]
    private let resolver: AffiliationResolver?

    /// - Parameters:
    ///   - named: positions of the stakeholders the query named.
    ///   - includingMembers: count people affiliated to a named organisation on the event's date.
    init(named: [Int32], index: GraphIndex, includingMembers: Bool) {
        var flags = [Bool](repeating: false, count: index.nodeCount)
        for p in named where p >= 0 { flags[Int(p)] = true }
        self.named = flags
        resolver = includingMembers ? AffiliationResolver(index: index) : nil
    }

    /// - Complexity: O(a) in the node's number of affiliations.
    func contains(_ node: Int32, lower: Int32, upper: Int32) -> Bool {
        guard node >= 0 else { return false }
        if named[Int(node)] { return true }
        guard let resolver else { return false }
        let organisation = resolver.organisation(of: node, lower: lower, upper: upper)
        return organisation != node && named[Int(organisation)]
    }
}

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
