import StakegraphExtraction

extension StakeholderGraph {
    /// A view of the graph at a level, through a filter.
    ///
    /// In order: events of the filter's types and dates are kept (undated events only when
    /// no date range is set); they are rolled up to `level` (see `OrganisationRollUp`) and
    /// aggregated into relationships; relationships with fewer than `filter.minimumWeight`
    /// events are dropped; with `filter.focus`, only relationships among stakeholders within
    /// `filter.depth` hops of a focus stakeholder remain (with `filter.focusIncludesMembers`,
    /// a person who belonged to a focus organisation on the date of one of their events
    /// counts as a focus stakeholder). The view holds the events of the
    /// relationships left, in order of first report, and the stakeholders at their ends plus
    /// the focus stakeholders, in the graph's node order (stakeholders without relationships
    /// are left out).
    ///
    /// - Throws: `GraphQueryError.unknownStakeholder` when a focus names no stakeholder,
    ///   `.negativeDepth` for a depth below zero.
    /// - Complexity: O(e + n) for e events and n nodes, plus sorting each pair's events by date.
    public func view(level: GraphLevel = .person, filter: GraphFilter = GraphFilter()) throws(GraphQueryError) -> StakeholderGraph {
        guard filter.depth >= 0 else { throw .negativeDepth(filter.depth) }
        let index = self.index
        let focus = try resolve(filter.focus, in: index)

        // Types and dates.
        var typeAllowed = [Bool](repeating: true, count: 5)
        if let types = filter.types { for t in InteractionType.allCases { typeAllowed[t.ordinal] = types.contains(t) } }
        let selectsAll = filter.types.map { $0.count == InteractionType.allCases.count } ?? true
        var selected = [Int32]()
        if !(selectsAll && filter.dates == nil) {
            for e in 0..<events.count where typeAllowed[Int(index.eventCode[e] & 7)] {
                if let dates = filter.dates, !dates.admits(lower: index.eventLower[e], upper: index.eventUpper[e]) { continue }
                selected.append(Int32(e))
            }
        }
        let everything = selectsAll && filter.dates == nil

        // Level.
        var stage: EventColumns
        if level == .person || level == self.level {
            stage = everything ? index.columns(of: events) : EventColumns(selected, of: events, index: index)
        } else {
            stage = OrganisationRollUp(level: level)
                .apply(to: events, selected: everything ? (0..<Int32(events.count)).map { $0 } : selected, index: index)
        }

        // Relationships, weight, focus.
        let built = RelationshipBuilder(tone: tone).build(stage, nodeIDs: index.nodeIDs)
        var kept = [Int]()
        kept.reserveCapacity(built.relationships.count)
        for r in built.weight.indices where built.weight[r] >= filter.minimumWeight { kept.append(r) }
        if !filter.focus.isEmpty {
            let seeds = filter.focusIncludesMembers ? focusWithMembers(focus, events: everything ? nil : selected, index: index) : focus
            let reached = EgoNetwork(depth: filter.depth).reach(from: seeds, source: kept.map { built.source[$0] },
                                                                 target: kept.map { built.target[$0] }, nodeCount: index.nodeCount)
            kept = kept.filter { reached[Int(built.source[$0])] && reached[Int(built.target[$0])] }
        }
        return compacted(stage: consume stage, built: consume built, kept: kept, focus: focus, level: level == .person ? self.level : level, index: index)
    }

    /// The focus stakeholders and every person who belonged to a focus organisation on the
    /// date of one of their events (among `events`, or all when nil), in position order.
    private func focusWithMembers(_ focus: [Int32], events selected: [Int32]?, index: GraphIndex) -> [Int32] {
        let membership = Membership(named: focus, index: index, includingMembers: true)
        var seeds = Set(focus)
        func visit(_ e: Int) {
            let lower = index.eventLower[e], upper = index.eventUpper[e]
            for end in [index.eventSource[e], index.eventTarget[e]] where end >= 0 && !seeds.contains(end) {
                if membership.contains(end, lower: lower, upper: upper) { seeds.insert(end) }
            }
        }
        if let selected { for e in selected { visit(Int(e)) } } else { for e in 0..<events.count { visit(e) } }
        return seeds.sorted()
    }

    /// The view made of the kept relationships, their events and their ends. Takes the
    /// stage and the built relationships over, so that nothing large is copied when most is kept.
    private func compacted(stage: consuming EventColumns, built: consuming RelationshipBuilder.Output, kept: [Int], focus: [Int32],
                           level: GraphLevel, index: GraphIndex) -> StakeholderGraph {
        var keepNode = [Bool](repeating: false, count: index.nodeCount)
        for f in focus { keepNode[Int(f)] = true }
        var keepEvent = [Bool](repeating: false, count: stage.count)
        var keptEvents = 0
        for r in kept {
            keepNode[Int(built.source[r])] = true
            keepNode[Int(built.target[r])] = true
            for e in built.relationships[r].events where !keepEvent[e] {
                keepEvent[e] = true
                keptEvents += 1
            }
        }
        var nodePosition = [Int32](repeating: -1, count: index.nodeCount)
        var nodes = [StakeholderNode]()
        for p in 0..<index.nodeCount where keepNode[p] {
            nodePosition[p] = Int32(nodes.count)
            nodes.append(index.node(p, in: self.nodes))
        }
        let mapNode = { (p: Int32) -> Int32 in p < 0 ? -1 : nodePosition[Int(p)] }

        // Relationships: kept in place when all are kept, else filtered.
        var relationships = built.relationships
        built.relationships = []
        let relationshipSource = kept.map { mapNode(built.source[$0]) }, relationshipTarget = kept.map { mapNode(built.target[$0]) }
        let relationshipWeight = kept.count == built.weight.count ? built.weight : kept.map { built.weight[$0] }
        if kept.count != relationships.count {
            relationships = kept.map { relationships[$0] }
        }

        stage.articles.singleArticle = built.singleArticle
        var columns: EventColumns
        if keptEvents == stage.count {
            columns = stage
            for e in 0..<columns.count {
                columns.source[e] = mapNode(columns.source[e])
                columns.target[e] = mapNode(columns.target[e])
            }
        } else {
            var eventPosition = [Int](repeating: -1, count: stage.count)
            columns = EventColumns(capacity: keptEvents, articles: stage.articles)
            for e in 0..<stage.count where keepEvent[e] {
                eventPosition[e] = columns.count
                columns.append(stage.events[e], source: mapNode(stage.source[e]), target: mapNode(stage.target[e]),
                               lower: stage.lower[e], upper: stage.upper[e], code: stage.code[e], article: stage.article[e])
            }
            for r in relationships.indices {
                relationships[r].events = relationships[r].events.map { eventPosition[$0] }
            }
        }
        let events = columns.events
        columns.events = []
        let graphIndex = GraphIndex(nodes: nodes, events: columns, relationshipSource: relationshipSource,
                                    relationshipTarget: relationshipTarget, relationshipWeight: relationshipWeight)
        return StakeholderGraph(nodes: nodes, events: events, relationships: relationships, level: level,
                                tone: tone, sameActWithinDays: sameActWithinDays, index: graphIndex)
    }
}
