import StakegraphExtraction

/// Aggregates events into one relationship per (source, target) pair.
///
/// Each distinct event counts once per type; the tone is the mean of the events'
/// `ToneWeights`; `firstDate` is the earliest-starting dated event and `lastDate` the
/// latest-ending one; `events` lists the pair's events oldest first, undated last.
/// Relationships come out ordered by (source position, target position).
struct RelationshipBuilder: Sendable {
    var tone: ToneWeights

    struct Output: Sendable {
        var relationships: [Relationship]
        var source: [Int32]
        var target: [Int32]
        var weight: [Int32]
        /// The `[article]` arrays made or reused, by article position, for the next build to share.
        var singleArticle: [[String]?] = []
    }

    /// - Parameters:
    ///   - columns: the events and their columns; events with an end of -1 are left out.
    ///   - nodeIDs: ids by node position.
    /// - Complexity: O(e + n) for e events and n nodes (two counting-sort passes), plus
    ///   sorting each pair's events by date.
    func build(_ columns: EventColumns, nodeIDs: [String]) -> Output {
        var sorted = PairRecord.sortedByPair(count: columns.count, nodeCount: nodeIDs.count, record: columns.record)
        // Runs of one pair, found first so that workers can build relationships in place.
        var starts = [Int32]()
        starts.reserveCapacity(sorted.count / 2)
        for k in sorted.indices where k == 0 || sorted[k].source != sorted[k - 1].source || sorted[k].target != sorted[k - 1].target {
            starts.append(Int32(k))
        }
        starts.append(Int32(sorted.count))
        let runCount = starts.count - 1
        let chunks = Parallel.chunks(for: runCount)
        var output = Output(relationships: [], source: [], target: [], weight: [])
        output.source = (0..<runCount).map { sorted[Int(starts[$0])].source }
        output.target = (0..<runCount).map { sorted[Int(starts[$0])].target }
        output.weight = (0..<runCount).map { starts[$0 + 1] - starts[$0] }
        // The event lists are allocated here, on the calling thread, so that they reuse memory
        // it freed (such as the extraction's) rather than growing a worker thread's heap.
        let lists = UnsafeMutablePointer<[Int]>.allocate(capacity: runCount)
        defer { lists.deallocate() }
        for run in 0..<runCount {
            var list = [Int]()
            list.reserveCapacity(Int(starts[run + 1] - starts[run]))
            (lists + run).initialize(to: list)
        }
        let listBox = UnsafeMutablePointerBox(lists)
        // Each worker starts from the single-article arrays earlier builds made (views share the
        // corpus's) and hands its own back, to be merged.
        var known = columns.articles.singleArticle
        if known.count < columns.articles.table.keys.count {
            known += [[String]?](repeating: nil, count: columns.articles.table.keys.count - known.count)
        }
        let caches = UnsafeMutablePointer<[[String]?]>.allocate(capacity: chunks)
        defer { caches.deallocate() }
        let cacheBox = UnsafeMutablePointerBox(caches)
        sorted.withUnsafeMutableBufferPointer { records in
            let base = UnsafeMutablePointerBox(records.baseAddress)
            output.relationships = [Relationship](unsafeUninitializedCapacity: runCount) { buffer, initialized in
                let target = UnsafeMutablePointerBox(buffer.baseAddress)
                Parallel.forEachChunk(count: runCount, chunks: chunks) { chunk, runs in
                    var worker = Worker(tone: tone.table, columns: columns, nodeIDs: nodeIDs, singleArticle: known)
                    for run in runs {
                        let slice = UnsafeMutableBufferPointer(start: base.pointer! + Int(starts[run]),
                                                               count: Int(starts[run + 1] - starts[run]))
                        target.pointer!.advanced(by: run).initialize(to: worker.relationship(slice, events: (listBox.pointer! + run).move()))
                    }
                    (cacheBox.pointer! + chunk).initialize(to: worker.singleArticle)
                }
                initialized = runCount
            }
        }
        output.singleArticle = caches.move()
        for chunk in 1..<max(1, chunks) {
            let other = (caches + chunk).move()
            for k in other.indices where output.singleArticle[k] == nil { output.singleArticle[k] = other[k] }
        }
        return output
    }

    /// Builds relationships one run at a time, with caches of its own.
    private struct Worker {
        let tone: [Double]
        let columns: EventColumns
        let nodeIDs: [String]
        var countsCache = [UInt64: [InteractionType: Int]]()
        /// `[article]` arrays shared by the relationships behind one article alone, by position.
        var singleArticle: [[String]?]
        var counts = [Int](repeating: 0, count: 5)

        init(tone: [Double], columns: EventColumns, nodeIDs: [String], singleArticle: [[String]?]) {
            self.tone = tone
            self.columns = columns
            self.nodeIDs = nodeIDs
            self.singleArticle = singleArticle
        }

        /// The relationship of one pair's records, which it sorts oldest first.
        mutating func relationship(_ run: UnsafeMutableBufferPointer<PairRecord>, events indexes: consuming [Int]) -> Relationship {
            var run = run
            if run.count > 1 {
                run.sort { a, b in
                    let ka = a.spanKey, kb = b.spanKey
                    return ka != kb ? ka < kb : a.position < b.position
                }
            }
            for k in 0..<5 { counts[k] = 0 }
            var toneSum = 0.0
            var first = -1, last = -1
            var indexes = indexes
            var article = run[0].article // stays >= 0 when one article alone is behind every event
            for k in run.indices {
                let record = run[k]
                indexes.append(Int(record.position))
                let type = Int(record.code & 7)
                counts[type] += 1
                toneSum += tone[type]
                if record.article != article { article = -1 }
                if record.lower != DaySpan.undated {
                    if first < 0 { first = k }
                    if last < 0 || record.upper >= run[last].upper { last = k }
                }
            }
            let articles: [String]
            if article >= 0 {
                if let shared = singleArticle[Int(article)] {
                    articles = shared
                } else {
                    articles = [columns.articles.table.keys[Int(article)]]
                    singleArticle[Int(article)] = articles
                }
            } else {
                articles = RelationshipBuilder.articles(of: run, in: columns)
            }
            return Relationship(
                source: nodeIDs[Int(run[0].source)], target: nodeIDs[Int(run[0].target)],
                counts: RelationshipBuilder.countsDictionary(counts, cache: &countsCache),
                tone: toneSum / Double(run.count),
                firstDate: first >= 0 ? RelationshipBuilder.date(of: run[first]) : nil,
                lastDate: last >= 0 ? RelationshipBuilder.date(of: run[last]) : nil,
                events: indexes, articles: articles)
        }
    }

    private static func date(of record: PairRecord) -> EventDate? {
        DaySpan.date(kind: record.code >> 3, lower: record.lower, upper: record.upper)
    }

    /// A counts dictionary, shared between relationships with the same counts (dictionaries
    /// are copy-on-write, so sharing saves an allocation per relationship).
    fileprivate static func countsDictionary(_ counts: [Int], cache: inout [UInt64: [InteractionType: Int]]) -> [InteractionType: Int] {
        var key: UInt64 = 0
        for k in 0..<5 {
            guard counts[k] < 4096 else { return RelationshipBuilder.dictionary(counts) }
            key = key << 12 | UInt64(counts[k])
        }
        if let shared = cache[key] { return shared }
        let made = RelationshipBuilder.dictionary(counts)
        cache[key] = made
        return made
    }

    private static func dictionary(_ counts: [Int]) -> [InteractionType: Int] {
        var result = [InteractionType: Int]()
        for k in 0..<5 where counts[k] > 0 { result[InteractionType(ordinal: k)] = counts[k] }
        return result
    }

    /// Articles behind some events, without repeats, in event then report order.
    static func articles<Records: Collection<PairRecord>>(of records: Records, in columns: EventColumns) -> [String] {
        let names = columns.articles.table.keys
        return columns.articles.positions(records.lazy.map(\.article)).map { names[Int($0)] }
    }
}
