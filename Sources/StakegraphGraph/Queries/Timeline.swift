import StakegraphExtraction

/// One report of an event: the sentence and where it was published.
public struct EvidenceReference: Sendable, Hashable, Codable {
    public var sentence: String
    /// Article id.
    public var article: String
    @NullWhenAbsent public var outlet: String?
    /// The article's publication date, when known.
    @NullWhenAbsent public var articleDate: EventDate?
    /// Where the article came from (a URL when known).
    @NullWhenAbsent public var url: String?

    public init(sentence: String, article: String, outlet: String? = nil, articleDate: EventDate? = nil, url: String? = nil) {
        self.sentence = sentence
        self.article = article
        self.outlet = outlet
        self.articleDate = articleDate
        self.url = url
    }

    public init(report: Event.Report) {
        self.init(sentence: report.evidence.sentence, article: report.article, outlet: report.outlet,
                  articleDate: report.articleDate, url: report.source)
    }

    enum CodingKeys: String, CodingKey {
        case sentence, article, outlet
        case articleDate = "article_date"
        case url
    }
}

/// One event of a timeline, with the names of its ends and every report of it.
public struct TimelineEntry: Sendable, Hashable, Codable, DatedEntry {
    /// Position of the event in the graph's `events`.
    public var event: Int
    @NullWhenAbsent public var date: EventDate?
    public var source: String
    public var sourceName: String
    public var target: String
    public var targetName: String
    public var type: InteractionType
    public var evidence: [EvidenceReference]

    public init(event: Int, date: EventDate?, source: String, sourceName: String, target: String, targetName: String,
                type: InteractionType, evidence: [EvidenceReference]) {
        self.event = event
        self.date = date
        self.source = source
        self.sourceName = sourceName
        self.target = target
        self.targetName = targetName
        self.type = type
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case event, date, source
        case sourceName = "source_name"
        case target
        case targetName = "target_name"
        case type, evidence
    }
}

/// Which events a timeline lists.
public enum TimelineScope: Sendable, Hashable {
    /// Every event of the graph.
    case corpus
    /// Events with this stakeholder (id, name or alias) at either end.
    case stakeholder(String)
    /// Events between these two stakeholders, either way.
    case pair(String, String)
}

/// Events in date order: oldest first; events of unknown date are kept apart (`undated`).
public struct Timeline: Sendable, Hashable, Codable {
    /// The level the events' ends are shown at.
    public var level: GraphLevel
    /// Whether a named organisation stood for the people who belonged to it on each act's date.
    public var includesMembers: Bool
    public var entries: [TimelineEntry]

    public init(entries: [TimelineEntry], level: GraphLevel = .person, includesMembers: Bool = true) {
        self.level = level
        self.includesMembers = includesMembers
        self.entries = entries
    }

    /// The dated events, oldest first.
    public var dated: [TimelineEntry] { entries.dated }
    /// The events whose date is unknown (their articles give none), in the order reported:
    /// listed apart, never as if they came after the dated ones.
    public var undated: [TimelineEntry] { entries.undated }

    enum CodingKeys: String, CodingKey {
        case level
        case includesMembers = "includes_members"
        case entries, undated
    }

    /// `entries` holds the dated events, `undated` the others.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(level, forKey: .level)
        try c.encode(includesMembers, forKey: .includesMembers)
        try c.encodeDatedApart(entries, datedKey: .entries, undatedKey: .undated)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        level = try c.decode(GraphLevel.self, forKey: .level)
        includesMembers = try c.decode(Bool.self, forKey: .includesMembers)
        entries = try c.decodeDatedApart(TimelineEntry.self, datedKey: .entries, undatedKey: .undated)
    }
}

extension StakeholderGraph {
    /// The events of a scope, oldest first (by first day, then last day), undated last,
    /// ties in event order.
    ///
    /// A stakeholder named in the scope stands, when `includingMembers` (the default), for
    /// itself and, if it is an organisation, for every person who belonged to it on each
    /// event's date: `.pair("Ofsted", "NEU")` lists the acts between the two organisations'
    /// people too. At `.organisation` level the ends are shown rolled up (see `view(level:filter:)`).
    /// - Parameters:
    ///   - level: the level to show the events at; nil for the graph's own.
    ///   - dates: keep events whose date overlaps this range (undated ones are then left out).
    /// - Throws: `GraphQueryError.unknownStakeholder` when a name matches no stakeholder,
    ///   `.rolledUp` when it names a person the level rolls up.
    /// - Complexity: O(e log e).
    public func timeline(_ scope: TimelineScope = .corpus, level: GraphLevel? = nil, dates: DateRange? = nil,
                         includingMembers: Bool = true) throws(GraphQueryError) -> Timeline {
        if let level, level != self.level {
            return try atLevel(level).timeline(scope, dates: dates, includingMembers: includingMembers, base: self)
        }
        return try timeline(scope, dates: dates, includingMembers: includingMembers, base: self)
    }

    private func timeline(_ scope: TimelineScope, dates: DateRange?, includingMembers: Bool,
                          base: StakeholderGraph) throws(GraphQueryError) -> Timeline {
        let index = self.index
        func members(_ query: String) throws(GraphQueryError) -> Membership {
            Membership(named: try resolve([query], in: index, viewOf: base), index: index, includingMembers: includingMembers)
        }
        var wanted: (Int32, Int32, Int32, Int32) -> Bool
        switch scope {
        case .corpus:
            wanted = { _, _, _, _ in true }
        case .stakeholder(let query):
            let matches = try members(query)
            wanted = { s, t, l, u in matches.contains(s, lower: l, upper: u) || matches.contains(t, lower: l, upper: u) }
        case .pair(let a, let b):
            let first = try members(a), second = try members(b)
            wanted = { s, t, l, u in
                (first.contains(s, lower: l, upper: u) && second.contains(t, lower: l, upper: u))
                    || (second.contains(s, lower: l, upper: u) && first.contains(t, lower: l, upper: u))
            }
        }
        var selected = [Int]()
        for e in events.indices where wanted(index.eventSource[e], index.eventTarget[e], index.eventLower[e], index.eventUpper[e]) {
            if let dates, !dates.admits(lower: index.eventLower[e], upper: index.eventUpper[e]) { continue }
            selected.append(e)
        }
        return Timeline(entries: chronological(selected, index: index).map { entry(for: $0, index: index) },
                        level: level, includesMembers: includingMembers)
    }

    /// Event positions sorted oldest first, undated last, ties by position.
    func chronological(_ positions: [Int], index: GraphIndex) -> [Int] {
        positions.sorted { a, b in
            let ka = DaySpan.key(lower: index.eventLower[a], upper: index.eventUpper[a])
            let kb = DaySpan.key(lower: index.eventLower[b], upper: index.eventUpper[b])
            return ka != kb ? ka < kb : a < b
        }
    }

    func entry(for e: Int, index: GraphIndex) -> TimelineEntry {
        let event = events[e]
        return TimelineEntry(event: e, date: event.date,
                             source: event.source, sourceName: index.name(index.eventSource[e], in: nodes),
                             target: event.target, targetName: index.name(index.eventTarget[e], in: nodes),
                             type: event.type, evidence: event.reports.map(EvidenceReference.init(report:)))
    }
}
