import StakegraphExtraction

/// Turns an extraction into the person-level corpus graph: one node per entity (plus a
/// placeholder for any id an interaction names without an entity), one event per act,
/// one relationship per ordered pair.
struct CorpusBuilder: Sendable {
    var withinDays: Int
    var tone: ToneWeights

    struct Output: Sendable {
        var nodes: [StakeholderNode]
        var events: [Event]
        var relationships: [Relationship]
        var index: GraphIndex
    }

    /// - Complexity: O(n log n) in the number of interactions.
    func build(_ extraction: Extraction) -> Output {
        var nodes = extraction.entities.map(StakeholderNode.init(entity:))
        var positions = [String: Int32](minimumCapacity: nodes.count)
        for (i, node) in nodes.enumerated() where positions[node.id] == nil { positions[node.id] = Int32(i) }
        var nodeIDs = nodes.map(\.id)
        let interactions = extraction.interactions

        // Ends as positions; ids without an entity get a placeholder node, in id order.
        var ends = [(Int32, Int32)]()
        ends.reserveCapacity(interactions.count)
        var missing = Set<String>()
        for interaction in interactions {
            let s = positions[interaction.source] ?? -1, t = positions[interaction.target] ?? -1
            if s < 0 { missing.insert(interaction.source) }
            if t < 0 { missing.insert(interaction.target) }
            ends.append((s, t))
        }
        if !missing.isEmpty {
            for id in missing.sorted() {
                positions[id] = Int32(nodes.count)
                nodes.append(StakeholderNode(placeholderFor: id))
                nodeIDs.append(id)
            }
            for (i, interaction) in interactions.enumerated() {
                ends[i] = (positions[interaction.source]!, positions[interaction.target]!)
            }
        }

        var occurrences = [EventMerger.Occurrence]()
        occurrences.reserveCapacity(interactions.count)
        for (i, interaction) in interactions.enumerated() {
            var (s, t) = ends[i]
            if interaction.type.isSymmetric, interaction.target < interaction.source { swap(&s, &t) }
            let span = DaySpan.of(interaction.date)
            occurrences.append(.init(source: s, target: t, type: UInt8(interaction.type.ordinal), lower: span.lower, upper: span.upper))
        }
        ends = []
        let clusters = EventMerger(withinDays: withinDays).cluster(occurrences, articles: { [interactions[$0].article] })

        // Each event's date is its representative report's; events go oldest first.
        let count = clusters.count
        var representative = [Int](repeating: 0, count: count)
        var lower = [Int32](repeating: 0, count: count), upper = lower, first = lower
        for c in 0..<count {
            let members = clusters.members(of: c)
            let r = EventMerger.representative(of: members, lower: { occurrences[$0].lower }, upper: { occurrences[$0].upper })
            representative[c] = r
            lower[c] = occurrences[r].lower
            upper[c] = occurrences[r].upper
            first[c] = members[members.startIndex]
        }
        let order = EventMerger.chronologicalOrder(count: count, lower: lower, upper: upper, first: first)

        let summaries = Dictionary(extraction.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var lastArticle: String? = nil
        var lastSummary: ArticleSummary? = nil
        var events = [Event]()
        events.reserveCapacity(count)
        var eventSource = [Int32](), eventTarget = [Int32](), eventLower = [Int32](), eventUpper = [Int32]()
        eventSource.reserveCapacity(count); eventTarget.reserveCapacity(count)
        eventLower.reserveCapacity(count); eventUpper.reserveCapacity(count)
        for c in order {
            let members = clusters.members(of: c)
            var reports = [Event.Report]()
            reports.reserveCapacity(members.count)
            for m in members {
                let interaction = interactions[Int(m)]
                if interaction.article != lastArticle {
                    lastArticle = interaction.article
                    lastSummary = summaries[interaction.article]
                }
                for evidence in interaction.evidenceSpans {
                    if members.count > 1, reports.contains(where: {
                        $0.article == interaction.article && $0.evidence.start == evidence.start && $0.evidence.end == evidence.end
                    }) { continue }
                    reports.append(Event.Report(article: interaction.article, outlet: lastSummary?.outlet,
                                                articleDate: lastSummary?.date, source: lastSummary?.source,
                                                evidence: evidence, confidence: interaction.confidence))
                }
            }
            let o = occurrences[representative[c]]
            events.append(Event(source: nodeIDs[Int(o.source)], target: nodeIDs[Int(o.target)],
                                type: interactions[representative[c]].type, date: interactions[representative[c]].date,
                                reports: reports))
            eventSource.append(o.source)
            eventTarget.append(o.target)
            eventLower.append(o.lower)
            eventUpper.append(o.upper)
        }

        let built = RelationshipBuilder(tone: tone).build(events: events, source: eventSource, target: eventTarget,
                                                          lower: eventLower, upper: eventUpper, nodeIDs: nodeIDs)
        let index = GraphIndex(nodes: nodes, eventSource: eventSource, eventTarget: eventTarget,
                               eventLower: eventLower, eventUpper: eventUpper,
                               relationshipSource: built.source, relationshipTarget: built.target)
        return Output(nodes: nodes, events: events, relationships: built.relationships, index: index)
    }
}
