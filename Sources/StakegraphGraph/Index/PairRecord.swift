/// An event (or a report of one) reduced to what grouping by pair needs, small enough that
/// sorting moves it rather than an index to it, so later passes read memory in order.
struct PairRecord: Sendable {
    var source: Int32
    var target: Int32
    var lower: Int32
    var upper: Int32
    /// Position of the event or report it stands for.
    var position: Int32
    /// Its articles, coded as `ArticleLists` says.
    var article: Int32
    /// Interaction type ordinal in the low three bits; what else is packed above depends on the user.
    var code: UInt8

    /// Records ordered by (source, target), keeping the given order among equal pairs;
    /// records with a negative end are dropped.
    /// - Complexity: O(r + n) for r records and n nodes: two stable counting-sort passes.
    static func sortedByPair(_ records: [PairRecord], nodeCount: Int) -> [PairRecord] {
        sortedByPair(count: records.count, nodeCount: nodeCount) { records[$0] }
    }

    /// Records `record(0..<count)` ordered by (source, target), without materialising them first.
    static func sortedByPair(count: Int, nodeCount: Int, record: (Int) -> PairRecord) -> [PairRecord] {
        let byTarget = scatter(count: count, buckets: nodeCount, record: record) { $0.target }
        return scatter(count: byTarget.count, buckets: nodeCount, record: { byTarget[$0] }) { $0.source }
    }

    private static func scatter(count: Int, buckets: Int, record: (Int) -> PairRecord, key: (PairRecord) -> Int32) -> [PairRecord] {
        var offsets = [Int](repeating: 0, count: buckets + 1)
        var kept = 0
        for i in 0..<count {
            let r = record(i)
            if r.source >= 0 && r.target >= 0 {
                offsets[Int(key(r)) + 1] += 1
                kept += 1
            }
        }
        for b in 0..<buckets { offsets[b + 1] += offsets[b] }
        return [PairRecord](unsafeUninitializedCapacity: kept) { buffer, initialized in
            for i in 0..<count {
                let r = record(i)
                guard r.source >= 0 && r.target >= 0 else { continue }
                let k = Int(key(r))
                buffer.baseAddress!.advanced(by: offsets[k]).initialize(to: r)
                offsets[k] += 1
            }
            initialized = kept
        }
    }

    /// The chronological sort key: first day, then last day (undated after every day).
    @inline(__always) var spanKey: UInt64 { DaySpan.key(lower: lower, upper: upper) }
}
