import Foundation

/// Whether a stakeholder is a named person or a named body (guide section 1).
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person
    case organisation
}

/// A named stakeholder, linked across every article that mentions it.
public struct Entity: Sendable, Hashable, Codable, Identifiable {
    /// Stable id derived from the canonical name (`org:ofsted`, `person:martyn-oliver`).
    public var id: String
    /// Fullest form used, without honorifics or post-nominals.
    public var name: String
    public var kind: EntityKind
    /// Every other form the articles used (surname, title forms, acronyms, descriptions).
    public var aliases: [String]
    /// Role as stated by an article or the dictionary ("chief inspector").
    public var role: String?
    /// Canonical name of the organisation the role belongs to.
    public var affiliation: String?
    /// Entity id of that organisation, when it is an entity of the extraction.
    public var affiliationID: String?
    /// Every affiliation known, with the days it held (from the dictionary and the articles),
    /// so that the graph can roll a person up to the organisation valid on an event's date.
    public var affiliations: [Affiliation]
    /// Ids of the articles that mention it, in input order.
    public var articles: [String]
    /// How many mentions were resolved to it in all.
    public var mentions: Int

    public init(id: String, name: String, kind: EntityKind, aliases: [String] = [], role: String? = nil,
                affiliation: String? = nil, affiliationID: String? = nil, affiliations: [Affiliation] = [],
                articles: [String] = [], mentions: Int = 0) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.role = role
        self.affiliation = affiliation
        self.affiliationID = affiliationID
        self.affiliations = affiliations
        self.articles = articles
        self.mentions = mentions
    }

    enum CodingKeys: String, CodingKey {
        case id, name, kind, aliases, role, affiliation
        case affiliationID = "affiliation_id"
        case affiliations, articles, mentions
    }
}

/// A role a person held at an organisation, bounded by dates where known.
public struct Affiliation: Sendable, Hashable, Codable {
    /// Canonical name of the organisation.
    public var organisation: String
    /// Entity id of the organisation.
    public var organisationID: String
    public var role: String?
    /// First and last day in the role; nil means unbounded on that side.
    public var from: Day?
    public var to: Day?

    public init(organisation: String, organisationID: String, role: String? = nil, from: Day? = nil, to: Day? = nil) {
        self.organisation = organisation
        self.organisationID = organisationID
        self.role = role
        self.from = from
        self.to = to
    }

    /// True when the role was held on (some day of) `date`; an undated event matches any role.
    public func isValid(on date: EventDate?) -> Bool {
        guard let date else { return true }
        let span = date.bounds
        if let from, span.upperBound < from { return false }
        if let to, to < span.lowerBound { return false }
        return true
    }

    enum CodingKeys: String, CodingKey {
        case organisation
        case organisationID = "organisation_id"
        case role, from, to
    }
}
