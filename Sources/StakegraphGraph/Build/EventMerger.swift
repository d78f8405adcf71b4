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

    /// Events as groups of report positions: event `e` is
    /// `members[offsets[e]..<offsets[e + 1]]`, in increasing position.
    struct Clusters: Sendable {
        var offsets: [Int]
        var members: [Int32]
        var count: Int { offsets.count - 1 }
        func members(of cluster: Int) -> ArraySlice<Int32> { members[offsets[cluster]..<offsets[cluster + 1]] }
    }

    /// Groups reports into events, numbered in order of their first report.
    /// - Parameters:
    ///   - reports: one record per report, `position` its index in this array and `code` its type
    ///     in the low three bits.
    ///   - nodeCount: ends run over `0..<nodeCount`.
    ///   - articles: the article ids of a report, asked only for undated ones.
    /// - Complexity: O(n + v) for n reports and v nodes (two counting-sort passes by
    ///   ends), plus sorting each pair's reports by type and date.
    func cluster(_ reports: [PairRecord], nodeCount: Int, articles: (Int) -> [String]) -> Clusters {
        let n = reports.count
        var sorted = PairRecord.sortedByPair(reports, nodeCount: nodeCount)
        precondition(sorted.count == n, "every report needs both ends known")
        var clusterOf = [Int32](repeating: 0, count: n)
        var clusterCount: Int32 = 0
        var undated: [Int32] = []
        var start = 0
        while start < sorted.count {
            let s = sorted[start].source, t = sorted[start].target
            var end = start + 1
            while end < sorted.count, sorted[end].source == s, sorted[end].target == t { end += 1 }
            if end - start > 1 {
                sorted[start..<end].sort { a, b in
                    if a.code & 7 != b.code & 7 { return a.code & 7 < b.code & 7 }
                    let ka = a.spanKey, kb = b.spanKey
                    return ka != kb ? ka < kb : a.position < b.position
                }
            }
            // One sweep per type within the pair.
            var groupStart = start
            while groupStart < end {
                let type = sorted[groupStart].code & 7
                var groupEnd = groupStart + 1
                while groupEnd < end, sorted[groupEnd].code & 7 == type { groupEnd += 1 }
                var preciseCluster: Int32 = -1, anchorUpper: Int32 = 0
                var coarseCluster: Int32 = -1, coarseLower: Int32 = 0, coarseUpper: Int32 = 0
                undated.removeAll(keepingCapacity: true)
                for k in groupStart..<groupEnd {
                    let o = sorted[k]
                    if o.lower == DaySpan.undated {
                        undated.append(o.position)
                    } else if o.upper - o.lower <= EventMerger.preciseSpanDays {
                        if preciseCluster < 0 || Int(o.lower) - Int(anchorUpper) > withinDays {
                            preciseCluster = clusterCount
                            clusterCount += 1
                            anchorUpper = o.upper
                        }
                        clusterOf[Int(o.position)] = preciseCluster
                    } else {
                        if coarseCluster < 0 || o.lower != coarseLower || o.upper != coarseUpper {
                            coarseCluster = clusterCount
                            clusterCount += 1
                            (coarseLower, coarseUpper) = (o.lower, o.upper)
                        }
                        clusterOf[Int(o.position)] = coarseCluster
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
                groupStart = groupEnd
            }
            start = end
        }
        sorted = []
        // Renumber by first member, then group positions (increasing inside each cluster).
        var number = [Int32](repeating: -1, count: Int(clusterCount))
        var next: Int32 = 0
        for p in 0..<n where number[Int(clusterOf[p])] < 0 {
            number[Int(clusterOf[p])] = next
            next += 1
        }
        var offsets = [Int](repeating: 0, count: Int(clusterCount) + 1)
        for p in 0..<n {
            clusterOf[p] = number[Int(clusterOf[p])]
            offsets[Int(clusterOf[p]) + 1] += 1
        }
        for c in 0..<Int(clusterCount) { offsets[c + 1] += offsets[c] }
        var fill = offsets
        let members = [Int32](unsafeUninitializedCapacity: n) { buffer, count in
            for p in 0..<n {
                let c = Int(clusterOf[p])
                buffer[fill[c]] = Int32(p)
                fill[c] += 1
            }
            count = n
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
}
