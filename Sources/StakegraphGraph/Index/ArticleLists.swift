/// The articles behind each event, by position in one table of article ids: an event
/// reported by one article has that position as its code; one reported by several has
/// `-(k + 1)` for the k-th stored list. Builders read these instead of each event's reports.
struct ArticleLists: Sendable {
    /// Article ids by position.
    var table: StringTable
    /// `[id]` arrays by position, shared by every relationship behind that article alone,
    /// across the corpus graph and its views (filled in as relationships are built).
    var singleArticle: [[String]?] = []
    private var offsets: [Int32] = [0]
    private var ids: [Int32] = []

    init(table: StringTable = StringTable()) {
        self.table = table
    }

    /// The code for an event reported by these article positions (without repeats, in order).
    mutating func code(for positions: [Int32]) -> Int32 {
        if positions.count == 1 { return positions[0] }
        ids.append(contentsOf: positions)
        offsets.append(Int32(ids.count))
        return -Int32(offsets.count - 1)
    }

    /// The code for an event's reports, adding unknown articles to the table.
    mutating func code(for reports: [Event.Report]) -> Int32 {
        if reports.count == 1 { return table.insert(reports[0].article).position }
        var positions: [Int32] = []
        for report in reports {
            let p = table.insert(report.article).position
            if !positions.contains(p) { positions.append(p) }
        }
        return code(for: positions)
    }

    /// Calls `body` with each article position of a code, in order.
    @inline(__always)
    func forEach(_ code: Int32, _ body: (Int32) -> Void) {
        if code >= 0 {
            body(code)
            return
        }
        let k = Int(-code - 1)
        for i in Int(offsets[k])..<Int(offsets[k + 1]) { body(ids[i]) }
    }

    /// The article positions of several codes, without repeats, in order.
    func positions<Codes: Sequence<Int32>>(_ codes: Codes) -> [Int32] {
        var result: [Int32] = []
        var seen = Set<Int32>()
        for code in codes {
            forEach(code) { p in
                if result.count < 16 {
                    if !result.contains(p) { result.append(p) }
                } else {
                    if seen.isEmpty { seen = Set(result) }
                    if seen.insert(p).inserted { result.append(p) }
                }
            }
        }
        return result
    }
}
