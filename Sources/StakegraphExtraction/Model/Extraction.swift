import Foundation

/// What one article contributed, as listed in the extraction's `articles` array.
public struct ArticleSummary: Sendable, Hashable, Codable {
    public var id: String
    public var title: String?
    public var date: EventDate?
    public var source: String?
    public var outlet: String?
    public var origin: String
    /// Ids of the entities the article mentions.
    public var entities: [String]
    /// Aliases the article itself used, per entity id.
    public var aliases: [String: [String]]

    public init(article: Article, entities: [String] = [], aliases: [String: [String]] = [:]) {
        id = article.id
        title = article.title
        date = article.date
        source = article.source
        outlet = article.outlet
        origin = article.origin
        self.entities = entities
        self.aliases = aliases
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(date, forKey: .date)
        try c.encode(source, forKey: .source)
        try c.encode(outlet, forKey: .outlet)
        try c.encode(origin, forKey: .origin)
        try c.encode(entities, forKey: .entities)
        try c.encode(aliases, forKey: .aliases)
    }
}

/// The result of extracting a set of articles: the JSON of the guide's section 5.
public struct Extraction: Sendable, Hashable, Codable {
    public var articles: [ArticleSummary]
    public var entities: [Entity]
    public var interactions: [Interaction]

    public init(articles: [ArticleSummary] = [], entities: [Entity] = [], interactions: [Interaction] = []) {
        self.articles = articles
        self.entities = entities
        self.interactions = interactions
    }

    /// Entities by id, for look-ups while walking interactions.
    public var entitiesByID: [String: Entity] {
        Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Pretty, key-sorted JSON, stable across runs.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    public static func decode(from data: Data) throws -> Extraction {
        try JSONDecoder().decode(Extraction.self, from: data)
    }
}
