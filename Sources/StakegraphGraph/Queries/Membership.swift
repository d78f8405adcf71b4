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
