import StakegraphExtraction

/// Events beside the integer columns the builders read, so that aggregation walks small
/// arrays instead of chasing each event's fields.
struct EventColumns: Sendable {
    var events: [Event] = []
    var source: [Int32] = []
    var target: [Int32] = []
    var lower: [Int32] = []
    var upper: [Int32] = []
    /// Type ordinal in the low three bits, `DaySpan.kind` of the date above them.
    var code: [UInt8] = []
    /// The one article behind the event, nil when several articles report it.
    var article: [String?] = []

    var count: Int { events.count }

    init() {}

    init(capacity: Int) {
        events.reserveCapacity(capacity)
        source.reserveCapacity(capacity)
        target.reserveCapacity(capacity)
        lower.reserveCapacity(capacity)
        upper.reserveCapacity(capacity)
        code.reserveCapacity(capacity)
        article.reserveCapacity(capacity)
    }

    /// Columns of events whose ends are known by position.
    init(events: [Event], source: [Int32], target: [Int32], lower: [Int32], upper: [Int32]) {
        self.events = events
        self.source = source
        self.target = target
        self.lower = lower
        self.upper = upper
        code = events.map { EventColumns.code($0) }
        article = events.map(EventColumns.singleArticle)
    }

    mutating func append(_ event: Event, source s: Int32, target t: Int32, lower l: Int32, upper u: Int32, article a: String?) {
        events.append(event)
        source.append(s)
        target.append(t)
        lower.append(l)
        upper.append(u)
        code.append(EventColumns.code(event))
        article.append(a)
    }

    @inline(__always)
    static func code(_ event: Event) -> UInt8 {
        UInt8(event.type.ordinal) | DaySpan.kind(event.date) << 3
    }

    /// Records for grouping by pair, `position` being the event's index.
    var records: [PairRecord] {
        (0..<count).map { PairRecord(source: source[$0], target: target[$0], lower: lower[$0], upper: upper[$0],
                                     position: Int32($0), code: code[$0]) }
    }

    /// The event's article when all its reports come from one.
    static func singleArticle(_ event: Event) -> String? {
        guard let first = event.reports.first?.article else { return nil }
        for report in event.reports.dropFirst() where report.article != first { return nil }
        return first
    }
}
