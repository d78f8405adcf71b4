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

    /// - Complexity: O(n + v) for n interactions and v entities, plus sorting the reports
    ///   of each pair by date.
    /// When the extraction is passed without other owners, its interactions are freed as
    /// soon as the events are built, before relationships are aggregated.
    func build(_ extraction: consuming Extraction) -> Output {
        let summaries = extraction.articles
        var interactions = extraction.interactions
        var nodes = extraction.entities.map(StakeholderNode.init(entity:))
        extraction = Extraction()
        var positions = StringTable(minimumCapacity: nodes.count)
        for node in nodes { positions.insert(node.id) }
        if positions.keys.count != nodes.count { // duplicate ids: the first one wins
            var seen = Set<String>()
            nodes = nodes.filter { seen.insert($0.id).inserted }
        }
        let count = interactions.count

        // Article metadata by position (articles only interactions name come after).
        var articles = StringTable(minimumCapacity: summaries.count)
        var outlets = [String?](), dates = [EventDate?](), sources = [String?]()
        for summary in summaries where articles.insert(summary.id).inserted {
            outlets.append(summary.outlet)
            dates.append(summary.date)
            sources.append(summary.source)
        }
        let described = outlets.count

        // One record per interaction; ids without an entity get a placeholder node, in id order.
        // Filled in parallel: ends and articles not found yet are marked -1 and settled after.
        var records = [PairRecord](unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = UnsafeMutablePointerBox(buffer.baseAddress)
            Parallel.forEachChunk(count: count, chunks: Parallel.chunks(for: count)) { _, range in
                var lastArticle = "", lastPosition: Int32 = -1 // reports of one article come together
                for i in range {
                    let span = DaySpan.of(interactions[i].date)
                    let article = interactions[i].article
                    if article != lastArticle || lastPosition < 0 {
                        lastArticle = article
                        lastPosition = articles.find(article) ?? -1
                    }
                    (base.pointer! + i).initialize(to: PairRecord(
                        source: positions.find(interactions[i].source) ?? -1, target: positions.find(interactions[i].target) ?? -1,
                        lower: span.lower, upper: span.upper, position: Int32(i), article: lastPosition,
                        code: UInt8(interactions[i].type.ordinal) | DaySpan.kind(interactions[i].date) << 3))
                }
            }
            initialized = count
        }
        var missing = false
        for i in records.indices where records[i].source < 0 || records[i].target < 0 || records[i].article < 0 {
            if records[i].article < 0 { records[i].article = articles.insert(interactions[i].article).position }
            if records[i].source < 0 || records[i].target < 0 { missing = true }
        }
        if missing {
            var ids = Set<String>()
            for (i, record) in records.enumerated() {
                if record.source < 0 { ids.insert(interactions[i].source) }
                if record.target < 0 { ids.insert(interactions[i].target) }
            }
            for id in ids.sorted() {
                positions.insert(id)
                nodes.append(StakeholderNode(placeholderFor: id))
            }
            for i in records.indices {
                if records[i].source < 0 { records[i].source = positions.find(interactions[i].source)! }
                if records[i].target < 0 { records[i].target = positions.find(interactions[i].target)! }
            }
        }
        let nodeIDs = positions.keys
        // Meetings have no direction: their ends go in id order.
        for i in records.indices where interactions[i].type.isSymmetric {
            let (s, t) = (records[i].source, records[i].target)
            if nodeIDs[Int(t)] < nodeIDs[Int(s)] { (records[i].source, records[i].target) = (t, s) }
        }
        var clusters = EventMerger(withinDays: withinDays).cluster(records, nodeCount: nodeIDs.count,
                                                                   articles: { [interactions[$0].article] })

        // Events in order of first report, each dated by its representative report; the
        // integer columns first, then the events themselves in parallel.
        var columns = EventColumns(capacity: clusters.count, articles: ArticleLists(table: articles))
        var representative = [Int32]()
        representative.reserveCapacity(clusters.count)
        for c in 0..<clusters.count {
            let members = clusters.members(of: c)
            let r = EventMerger.representative(of: members, lower: { records[$0].lower }, upper: { records[$0].upper })
            representative.append(Int32(r))
            var code = records[r].article
            if members.count > 1 {
                var positions: [Int32] = []
                for m in members where !positions.contains(records[Int(m)].article) { positions.append(records[Int(m)].article) }
                code = columns.articles.code(for: positions)
            }
            let o = records[r]
            columns.source.append(o.source)
            columns.target.append(o.target)
            columns.lower.append(o.lower)
            columns.upper.append(o.upper)
            columns.code.append(o.code)
            columns.article.append(code)
        }
        let names = articles.keys
        columns.events = Parallel.array(count: clusters.count) { c -> Event in
            let members = clusters.members(of: c)
            var reports = [Event.Report]()
            reports.reserveCapacity(members.count)
            for m in members.lazy.map({ Int($0) }) {
                let p = Int(records[m].article)
                let confidence = interactions[m].confidence
                for evidence in interactions[m].evidenceSpans {
                    if members.count > 1, reports.contains(where: {
                        $0.article == names[p] && $0.evidence.start == evidence.start && $0.evidence.end == evidence.end
                    }) { continue }
                    if p < described {
                        reports.append(Event.Report(article: names[p], outlet: outlets[p], articleDate: dates[p], source: sources[p],
                                                    evidence: evidence, confidence: confidence))
                    } else {
                        reports.append(Event.Report(article: names[p], outlet: nil, articleDate: nil, source: nil,
                                                    evidence: evidence, confidence: confidence))
                    }
                }
            }
            let r = Int(representative[c])
            return Event(source: nodeIDs[Int(columns.source[c])], target: nodeIDs[Int(columns.target[c])],
                         type: interactions[r].type, date: interactions[r].date, reports: reports)
        }
        // Free what is no longer needed before the next large allocations, which reuse it.
        records = []
        clusters = EventMerger.Clusters(offsets: [0], members: [])
        interactions = []

        let built = RelationshipBuilder(tone: tone).build(columns, nodeIDs: nodeIDs)
        columns.articles.singleArticle = built.singleArticle
        let index = GraphIndex(nodes: nodes, events: columns, relationshipSource: built.source, relationshipTarget: built.target,
                               relationshipWeight: built.weight)
        return Output(nodes: nodes, events: columns.events, relationships: built.relationships, index: index)
    }
}
