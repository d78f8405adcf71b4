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
    /// Ids of the articles that mention it, in input order.
    public var articles: [String]
    /// How many mentions were resolved to it in all.
    public var mentions: Int

    public init(id: String, name: String, kind: EntityKind, aliases: [String] = [], role: String? = nil,
                affiliation: String? = nil, affiliationID: String? = nil, articles: [String] = [], mentions: Int = 0) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.role = role
        self.affiliation = affiliation
        self.affiliationID = affiliationID
        self.articles = articles
        self.mentions = mentions
    }

    enum CodingKeys: String, CodingKey {
        case id, name, kind, aliases, role, affiliation
        case affiliationID = "affiliation_id"
        case articles, mentions
    }
}
