import StakegraphExtraction

/// Events beside the integer columns the builders read, so that aggregation walks small
/// arrays in order instead of chasing each event's fields across memory.
struct EventColumns: Sendable {
    var events: [Event] = []
    var source: [Int32] = []
    var target: [Int32] = []
    var lower: [Int32] = []
    var upper: [Int32] = []
    /// Type ordinal in the low three bits, `DaySpan.kind` of the date above them.
    var code: [UInt8] = []
    /// The articles behind the event, coded as `ArticleLists` says.
    var article: [Int32] = []
    var articles: ArticleLists

    var count: Int { events.count }

    init(capacity: Int, articles: ArticleLists) {
        self.articles = articles
        events.reserveCapacity(capacity)
        source.reserveCapacity(capacity)
        target.reserveCapacity(capacity)
        lower.reserveCapacity(capacity)
        upper.reserveCapacity(capacity)
        code.reserveCapacity(capacity)
        article.reserveCapacity(capacity)
    }

    /// Columns of events whose ends are known by position; articles are looked up (and added).
    init(events: [Event], source: [Int32], target: [Int32], lower: [Int32], upper: [Int32], articles: ArticleLists = ArticleLists()) {
        self.events = events
        self.source = source
        self.target = target
        self.lower = lower
        self.upper = upper
        self.articles = articles
        code = events.map { EventColumns.code($0) }
        var lists = articles
        article = events.map { lists.code(for: $0.reports) }
        self.articles = lists
    }

    /// The columns of the events at some positions of a graph.
    init(_ positions: [Int32], of events: [Event], index: GraphIndex) {
        self.init(capacity: positions.count, articles: index.articles)
        for p in positions.lazy.map({ Int($0) }) {
            append(events[p], source: index.eventSource[p], target: index.eventTarget[p], lower: index.eventLower[p],
                   upper: index.eventUpper[p], code: index.eventCode[p], article: index.eventArticle[p])
        }
    }

    mutating func append(_ event: Event, source s: Int32, target t: Int32, lower l: Int32, upper u: Int32, code c: UInt8, article a: Int32) {
        events.append(event)
        source.append(s)
        target.append(t)
        lower.append(l)
        upper.append(u)
        code.append(c)
        article.append(a)
    }

    @inline(__always)
    static func code(_ event: Event) -> UInt8 {
        UInt8(event.type.ordinal) | DaySpan.kind(event.date) << 3
    }

    /// Records for grouping by pair, `position` being the event's index.
    func record(_ e: Int) -> PairRecord {
        PairRecord(source: source[e], target: target[e], lower: lower[e], upper: upper[e], position: Int32(e), article: article[e], code: code[e])
    }
}
