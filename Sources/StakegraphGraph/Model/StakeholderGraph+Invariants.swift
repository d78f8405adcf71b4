import StakegraphExtraction

extension StakeholderGraph {
    /// Checks what every graph this package builds guarantees; tests call it after each
    /// build and view. Traps on the first violation.
    ///
    /// - every event with known ends belongs to exactly one relationship, whose ends are its ends;
    /// - a relationship's counts, weight, events and articles agree with its events, and
    ///   its events are oldest first, undated last;
    /// - meetings have their ends in id order;
    /// - the integer mirror matches the public arrays.
    /// - Complexity: O(n + e + r).
    func checkInvariants() {
        let index = self.index
        precondition(index.eventSource.count == events.count && index.relationshipSource.count == relationships.count)
        for (e, event) in events.enumerated() {
            precondition(index.nodeIDs[Int(index.eventSource[e])] == event.source && index.nodeIDs[Int(index.eventTarget[e])] == event.target,
                         "event \(e) ends disagree with the index")
            if event.type.isSymmetric { precondition(event.source <= event.target, "meeting \(e) not in id order") }
            let span = DaySpan.of(event.date)
            precondition(span.lower == index.eventLower[e] && span.upper == index.eventUpper[e], "event \(e) date disagrees with the index")
        }
        var owner = [Int](repeating: -1, count: events.count)
        for (r, relationship) in relationships.enumerated() {
            precondition(!relationship.events.isEmpty, "relationship \(r) has no events")
            precondition(relationship.weight == relationship.events.count, "relationship \(r) weight is not its event count")
            precondition(Int(index.relationshipWeight[r]) == relationship.weight, "relationship \(r) weight disagrees with the index")
            var counts = TypeCounts()
            for (k, e) in relationship.events.enumerated() {
                precondition(owner[e] < 0, "event \(e) in two relationships")
                owner[e] = r
                precondition(events[e].source == relationship.source && events[e].target == relationship.target,
                             "event \(e) ends differ from relationship \(r)")
                counts[events[e].type] += 1
                if k > 0 {
                    let previous = relationship.events[k - 1]
                    precondition(DaySpan.key(lower: index.eventLower[previous], upper: index.eventUpper[previous])
                                 <= DaySpan.key(lower: index.eventLower[e], upper: index.eventUpper[e]),
                                 "relationship \(r) events out of date order")
                }
            }
            precondition(counts == relationship.typeCounts, "relationship \(r) counts disagree with its events")
            let articles = Set(relationship.events.flatMap { events[$0].reports.map(\.article) })
            precondition(articles == Set(relationship.articles) && articles.count == relationship.articles.count,
                         "relationship \(r) articles disagree with its events")
        }
        for e in events.indices where index.eventSource[e] >= 0 && index.eventTarget[e] >= 0 {
            precondition(owner[e] >= 0, "event \(e) belongs to no relationship")
        }
    }

    /// Checks that this view, made of `base` at its level through `filter`, counts what it
    /// rolls up: each relationship's counts by type equal the number of `base` events of
    /// the filter's types and dates whose ends roll up to the relationship's ends (at
    /// `.both`, plus the changed person events kept as they are), and, without focus or
    /// minimum weight, every such event is counted. Traps on the first violation.
    /// - Complexity: O(e + r) for e events of `base` and r relationships of the view.
    func checkCounts(rolledUpFrom base: StakeholderGraph, filter: GraphFilter = GraphFilter()) {
        let index = base.index
        let resolver = AffiliationResolver(index: index)
        var expected: [String: TypeCounts] = [:]
        var total = 0
        func add(_ s: Int32, _ t: Int32, _ type: InteractionType) {
            expected["\(index.nodeIDs[Int(s)])\u{1F}\(index.nodeIDs[Int(t)])", default: TypeCounts()][type] += 1
            total += 1
        }
        for (e, event) in base.events.enumerated() where filter.admits(type: event.type, date: event.date) {
            if level == .person || level == base.level {
                let s = index.eventSource[e], t = index.eventTarget[e]
                if s >= 0, t >= 0 { add(s, t, event.type) }
                continue
            }
            guard let ends = OrganisationRollUp.ends(of: e, index: index, resolver: resolver) else { continue }
            if ends.source != ends.target { add(ends.source, ends.target, event.type) }
            if ends.changed, level == .both { add(index.eventSource[e], index.eventTarget[e], event.type) }
        }
        var counted = 0
        for relationship in relationships {
            let key = "\(relationship.source)\u{1F}\(relationship.target)"
            precondition(expected[key] == relationship.typeCounts,
                         "relationship \(relationship.source) -> \(relationship.target) counts \(relationship.weight), not the events it rolls up")
            counted += relationship.weight
        }
        if filter.focus.isEmpty, filter.minimumWeight <= 1 {
            precondition(counted == total, "the view counts \(counted) events, the events it rolls up are \(total)")
        }
    }
}
