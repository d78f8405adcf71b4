/// Folds occurrences of acts into events: reports with the same ends and type whose dates
/// are close enough are one act reported several times, by one article or many.
///
/// Dates decide as follows, within one (source, target, type):
/// - *Precise* dates (a day, or an interval of at most `preciseSpanDays` days): sorted by
///   first day, each event is anchored on its earliest report, and a report joins it when
///   it starts at most `withinDays` days after the anchor ends. Anchoring, rather than
///   chaining report to report, keeps a weekly series of acts from collapsing into one.
/// - *Coarse* dates (a month, a year, a longer interval) say too little to tell acts apart:
///   they join only reports with exactly the same date.
/// - *Undated* reports join only reports sharing an article with them (the guide has an
///   extractor report one act once per article, so these are repeats of one act).
struct EventMerger: Sendable {
    var withinDays: Int
    /// Longest span, in days after the first, that still counts as precise (a week and a day).
    static let preciseSpanDays: Int32 = 7

    /// One report of an act, by node positions and day ordinals (`DaySpan`).
    struct Occurrence: Sendable {
        var source: Int32
        var target: Int32
        var type: UInt8
        var lower: Int32
        var upper: Int32
    }

    /// Events as groups of occurrence positions: event `e` is
    /// `members[offsets[e]..<offsets[e + 1]]`, in increasing position.
    struct Clusters: Sendable {
        var offsets: [Int]
        var members: [Int32]
        var count: Int { offsets.count - 1 }
        func members(of cluster: Int) -> ArraySlice<Int32> { members[offsets[cluster]..<offsets[cluster + 1]] }
    }

    private struct SortKey {
        var group: UInt64
        var span: UInt64
        var position: Int32
    }

    /// Groups occurrences into events.
    /// - Parameters:
    ///   - occurrences: the reports; positions in this array identify them.
    ///   - articles: the article ids of an occurrence, asked only for undated ones.
    /// - Complexity: O(n log n) for n occurrences.
    func cluster(_ occurrences: [Occurrence], articles: (Int) -> [String]) -> Clusters {
        let n = occurrences.count
        var keys = [SortKey]()
        keys.reserveCapacity(n)
        for (i, o) in occurrences.enumerated() {
            let group = UInt64(UInt32(bitPattern: o.source)) << 35 | UInt64(UInt32(bitPattern: o.target)) << 3 | UInt64(o.type)
            keys.append(SortKey(group: group, span: DaySpan.key(lower: o.lower, upper: o.upper), position: Int32(i)))
        }
        keys.sort { a, b in
            if a.group != b.group { return a.group < b.group }
            if a.span != b.span { return a.span < b.span }
            return a.position < b.position
        }
        var clusterOf = [Int32](repeating: 0, count: n)
        var clusterCount: Int32 = 0
        var undated: [Int32] = []
        var start = 0
        while start < n {
            var end = start + 1
            while end < n, keys[end].group == keys[start].group { end += 1 }
            var preciseCluster: Int32 = -1, anchorUpper: Int32 = 0
            var coarseCluster: Int32 = -1, coarseSpan: UInt64 = 0
            undated.removeAll(keepingCapacity: true)
            for k in start..<end {
                let position = Int(keys[k].position)
                let o = occurrences[position]
                if o.lower == DaySpan.undated {
                    undated.append(Int32(position))
                } else if o.upper - o.lower <= EventMerger.preciseSpanDays {
                    if preciseCluster < 0 || Int(o.lower) - Int(anchorUpper) > withinDays {
                        preciseCluster = clusterCount
                        clusterCount += 1
                        anchorUpper = o.upper
                    }
                    clusterOf[position] = preciseCluster
                } else {
                    if coarseCluster < 0 || keys[k].span != coarseSpan {
                        coarseCluster = clusterCount
                        clusterCount += 1
                        coarseSpan = keys[k].span
                    }
                    clusterOf[position] = coarseCluster
                }
            }
            if undated.count == 1 {
                clusterOf[Int(undated[0])] = clusterCount
                clusterCount += 1
            } else if undated.count > 1 {
                var byArticle: [String: Int32] = [:]
                for position in undated {
                    let ids = articles(Int(position))
                    let cluster: Int32
                    if let shared = ids.lazy.compactMap({ byArticle[$0] }).first {
                        cluster = shared
                    } else {
                        cluster = clusterCount
                        clusterCount += 1
                    }
                    clusterOf[Int(position)] = cluster
                    for id in ids where byArticle[id] == nil { byArticle[id] = cluster }
                }
            }
            start = end
        }
        // Counting sort of positions by cluster keeps positions increasing inside each cluster.
        var offsets = [Int](repeating: 0, count: Int(clusterCount) + 1)
        for c in clusterOf { offsets[Int(c) + 1] += 1 }
        for c in 0..<Int(clusterCount) { offsets[c + 1] += offsets[c] }
        var next = offsets
        var members = [Int32](repeating: 0, count: n)
        for (position, c) in clusterOf.enumerated() {
            members[next[Int(c)]] = Int32(position)
            next[Int(c)] += 1
        }
        return Clusters(offsets: offsets, members: members)
    }

    /// The member whose date stands for the event: the narrowest span, then the earliest,
    /// then the first reported.
    static func representative(of members: ArraySlice<Int32>, lower: (Int) -> Int32, upper: (Int) -> Int32) -> Int {
        var best = Int(members[members.startIndex])
        guard members.count > 1 else { return best }
        for m in members.dropFirst() {
            let p = Int(m)
            let width = Int64(upper(p)) - Int64(lower(p)), bestWidth = Int64(upper(best)) - Int64(lower(best))
            if width < bestWidth || (width == bestWidth && lower(p) < lower(best)) { best = p }
        }
        return best
    }

    /// Cluster numbers in event order: oldest first by representative span, undated last,
    /// ties by first member.
    /// - Complexity: O(c log c) for c clusters.
    static func chronologicalOrder(count: Int, lower: [Int32], upper: [Int32], first: [Int32]) -> [Int] {
        var keys = (0..<count).map { (DaySpan.key(lower: lower[$0], upper: upper[$0]), first[$0], $0) }
        keys.sort { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
        return keys.map(\.2)
    }
}
