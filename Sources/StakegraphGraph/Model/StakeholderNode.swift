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
    /// Every other name the articles used, for finding the node by name.
    public var aliases: [String]

    public init(entity: Entity) {
        id = entity.id
        name = entity.name
        kind = entity.kind
        role = entity.role
        affiliationID = entity.affiliationID
        affiliations = entity.affiliations
        articles = entity.articles
        aliases = entity.aliases
    }

    public init(id: String, name: String, kind: EntityKind, aliases: [String] = [], role: String? = nil,
                affiliationID: String? = nil, affiliations: [Affiliation] = [], articles: [String] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.role = role
        self.affiliationID = affiliationID
        self.affiliations = affiliations
        self.articles = articles
        self.aliases = aliases
    }

    /// A stand-in for an id that events or affiliations name but no entity describes:
    /// its name is the id without its `person:`/`org:` prefix.
    init(placeholderFor id: String, name: String? = nil, kind: EntityKind? = nil) {
        let guessedKind: EntityKind = id.hasPrefix("person:") ? .person : .organisation
        let bareName = id.firstIndex(of: ":").map { String(id[id.index(after: $0)...]) } ?? id
        self.init(id: id, name: name ?? bareName, kind: kind ?? guessedKind)
    }

    /// The affiliations to roll up by: the dated list, or else the single undated
    /// `affiliationID` when that is all that is known.
    var effectiveAffiliations: [Affiliation] {
        if !affiliations.isEmpty { return affiliations }
        if let affiliationID { return [Affiliation(organisation: affiliationID, organisationID: affiliationID)] }
        return []
    }
}
