import StakegraphExtraction

/// The corpus graph: stakeholders, the events between them, and per-pair relationships.
///
/// Build the person-level corpus graph once with `init(extraction:)`, then ask it for
/// views (`view(level:filter:)`), measures, timelines, period comparisons, who engaged
/// whom, and exports. A view is itself a `StakeholderGraph`, so every query works on it.
///
///     let corpus = StakeholderGraph(extraction: extraction)
///     let view = try corpus.view(level: .organisation,
///                                filter: GraphFilter(dates: try DateRange(parsing: "2018..2024")))
///     let json = try view.jsonData(measures: view.measures())
public struct StakeholderGraph: Sendable {
    public var nodes: [StakeholderNode] { didSet { storage = nil } }
    /// In order of first report, in graphs this package builds; each relationship lists its
    /// own events oldest first.
    public var events: [Event] { didSet { storage = nil } }
    public var relationships: [Relationship] { didSet { storage = nil } }
    /// The level the graph shows: `.person` for the corpus graph, the view's level otherwise.
    public private(set) var level: GraphLevel
    /// The weights the relationships' tone was computed with.
    public private(set) var tone: ToneWeights
    /// Reports of the same ends and type dated this close are one event.
    public private(set) var sameActWithinDays: Int

    /// Reports of one act merge when their ends, type and day agree (0 days apart; for a date
    /// known to a span of a few days, when the spans touch): acts a day apart stay distinct.
    public static let defaultSameActWithinDays = 0

    /// The integer mirror, dropped whenever a public array is changed from outside.
    var storage: GraphIndex?

    /// Builds the corpus graph of an extraction, at person level.
    /// - Parameters:
    ///   - sameActWithinDays: reports of the same ends and type dated this close are one event:
    ///     by default the same day (`defaultSameActWithinDays`; see `EventMerger` for coarse and
    ///     missing dates).
    ///   - tone: the tone each type contributes.
    ///
    /// Passing an extraction nothing else holds (`StakeholderGraph(extraction: consume extraction)`
    /// or straight from `Extraction.decode(from:)`) lets the graph free the interactions once
    /// its events are built, which lowers peak memory on large corpora.
    /// - Complexity: O(n + v) for n interactions and v entities, plus sorting each pair's
    ///   reports by date.
    public init(extraction: consuming Extraction, sameActWithinDays: Int = StakeholderGraph.defaultSameActWithinDays, tone: ToneWeights = .standard) {
        let built = CorpusBuilder(withinDays: sameActWithinDays, tone: tone).build(consume extraction)
        nodes = built.nodes
        events = built.events
        relationships = built.relationships
        level = .person
        self.tone = tone
        self.sameActWithinDays = sameActWithinDays
        storage = built.index
    }

    /// A graph of given nodes and events, aggregated into relationships as they stand
    /// (events are not merged or reordered). Ids the events name without a node get a placeholder node.
    /// - Complexity: O(n + e log e).
    public init(nodes: [StakeholderNode], events: [Event], tone: ToneWeights = .standard) {
        var nodes = nodes
        let known = Set(nodes.map(\.id))
        var missing = Set<String>()
        for event in events {
            if !known.contains(event.source) { missing.insert(event.source) }
            if !known.contains(event.target) { missing.insert(event.target) }
        }
        nodes += missing.sorted().map { StakeholderNode(placeholderFor: $0) }
        var index = GraphIndex(nodes: nodes, events: events, relationships: [])
        let built = RelationshipBuilder(tone: tone).build(index.columns(of: events), nodeIDs: index.nodeIDs)
        index.relationshipSource = built.source
        index.relationshipTarget = built.target
        index.relationshipWeight = built.weight
        index.articles.singleArticle = built.singleArticle
        self.nodes = nodes
        self.events = events
        relationships = built.relationships
        level = .person
        self.tone = tone
        sameActWithinDays = Self.defaultSameActWithinDays
        storage = index
    }

    /// A graph from parts already consistent with each other (used by views).
    init(nodes: [StakeholderNode], events: [Event], relationships: [Relationship], level: GraphLevel,
         tone: ToneWeights, sameActWithinDays: Int, index: GraphIndex) {
        self.nodes = nodes
        self.events = events
        self.relationships = relationships
        self.level = level
        self.tone = tone
        self.sameActWithinDays = sameActWithinDays
        storage = index
    }

    /// Nodes by id.
    public var nodesByID: [String: StakeholderNode] {
        Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The integer mirror: the one built with the graph, or a fresh one if the public
    /// arrays were changed since.
    var index: GraphIndex {
        storage ?? GraphIndex(nodes: nodes, events: events, relationships: relationships)
    }
}

extension StakeholderGraph: Hashable {
    public static func == (a: StakeholderGraph, b: StakeholderGraph) -> Bool {
        a.level == b.level && a.sameActWithinDays == b.sameActWithinDays && a.tone == b.tone
            && a.nodes == b.nodes && a.events == b.events && a.relationships == b.relationships
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(level)
        hasher.combine(sameActWithinDays)
        hasher.combine(tone)
        hasher.combine(nodes)
        hasher.combine(events)
        hasher.combine(relationships)
    }
}
