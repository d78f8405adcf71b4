import StakegraphExtraction

/// Everything one stakeholder did toward another: counts by type, tone and contact dates.
/// Meetings are stored on the pair in id order, since they have no direction.
public struct Relationship: Sendable, Hashable, Codable {
    public var source: String
    public var target: String
    /// Number of distinct events per type.
    public var counts: [InteractionType: Int]
    /// Mean event tone in -1...1 (see `ToneWeights`).
    public var tone: Double
    public var firstDate: EventDate?
    public var lastDate: EventDate?
    /// Indexes into the graph's `events`, oldest first, undated last.
    public var events: [Int]
    /// Articles behind the relationship, without repeats.
    public var articles: [String]

    public init(source: String, target: String, counts: [InteractionType: Int] = [:], tone: Double = 0,
                firstDate: EventDate? = nil, lastDate: EventDate? = nil, events: [Int] = [], articles: [String] = []) {
        self.source = source
        self.target = target
        self.counts = counts
        self.tone = tone
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.events = events
        self.articles = articles
    }

    /// Total number of events, all types.
    public var weight: Int { counts.values.reduce(0, +) }

    /// The counts with one entry per type, zeros included.
    public var typeCounts: TypeCounts { TypeCounts(counts) }
}
