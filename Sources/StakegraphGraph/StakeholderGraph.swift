import StakegraphExtraction

/// A node of the graph: one canonical stakeholder.
public struct StakeholderNode: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var kind: EntityKind
    public var role: String?
    /// Entity id of the organisation a person belongs to, when known.
    public var affiliationID: String?
    /// Date-bounded affiliations, for rolling people up to organisations by event date.
    public var affiliations: [Affiliation]
    public var articles: [String]

    public init(entity: Entity) {
        id = entity.id
        name = entity.name
        kind = entity.kind
        role = entity.role
        affiliationID = entity.affiliationID
        affiliations = entity.affiliations
        articles = entity.articles
    }
}

/// The corpus graph: stakeholders, the events between them, and per-pair relationships.
public struct StakeholderGraph: Sendable, Hashable {
    public var nodes: [StakeholderNode]
    public var events: [Event]
    public var relationships: [Relationship]

    /// Builds the graph of an extraction.
    /// - Parameters:
    ///   - sameActWithinDays: reports of the same ends and type dated this close are one event.
    ///   - tone: the tone each type contributes.
    /// - Complexity: O(n log n) in the number of interactions.
    public init(extraction: Extraction, sameActWithinDays: Int = 3, tone: ToneWeights = .standard) {
        let summaries = Dictionary(extraction.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        nodes = extraction.entities.map(StakeholderNode.init(entity:))
        events = EventMerger(withinDays: sameActWithinDays).merge(extraction.interactions, articles: summaries)
        relationships = RelationshipBuilder(tone: tone).build(events)
    }

    public init(nodes: [StakeholderNode], events: [Event], tone: ToneWeights = .standard) {
        self.nodes = nodes
        self.events = events
        relationships = RelationshipBuilder(tone: tone).build(events)
    }

    /// Nodes by id.
    public var nodesByID: [String: StakeholderNode] {
        Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }
}
