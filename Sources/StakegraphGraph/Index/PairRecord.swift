/// An event (or a report of one) reduced to what grouping by pair needs, small enough that
/// sorting moves it rather than an index to it, so later passes read memory in order.
struct PairRecord: Sendable {
    var source: Int32
    var target: Int32
    var lower: Int32
    var upper: Int32
    /// Position of the event or report it stands for.
    var position: Int32
    /// Interaction type ordinal in the low three bits; what else is packed above depends on the user.
    var code: UInt8

    /// Records ordered by (source, target), keeping the given order among equal pairs;
    /// records with a negative end are dropped.
    /// - Complexity: O(r + n) for r records and n nodes: two stable counting-sort passes.
    static func sortedByPair(_ records: [PairRecord], nodeCount: Int) -> [PairRecord] {
        let byTarget = scatter(records, buckets: nodeCount) { $0.target }
        return scatter(byTarget, buckets: nodeCount) { $0.source }
    }

    private static func scatter(_ records: [PairRecord], buckets: Int, key: (PairRecord) -> Int32) -> [PairRecord] {
        var offsets = [Int](repeating: 0, count: buckets + 1)
        var kept = 0
        for record in records where record.source >= 0 && record.target >= 0 {
            offsets[Int(key(record)) + 1] += 1
            kept += 1
        }
        for b in 0..<buckets { offsets[b + 1] += offsets[b] }
        return [PairRecord](unsafeUninitializedCapacity: kept) { buffer, count in
            for record in records where record.source >= 0 && record.target >= 0 {
                let k = Int(key(record))
                buffer.baseAddress!.advanced(by: offsets[k]).initialize(to: record)
                offsets[k] += 1
            }
            count = kept
        }
    }

    /// The chronological sort key: first day, then last day (undated after every day).
    @inline(__always) var spanKey: UInt64 { DaySpan.key(lower: lower, upper: upper) }
}
