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
        var data = Data()
        try writeJSON { data.append($0) }
        return data
    }

    /// The JSON of `jsonData()`, handed to `write` a piece at a time, so that a large
    /// extraction can go to a file without its whole text in memory. Articles, entities and
    /// interactions are encoded in groups, on all cores, and indented into place; the bytes
    /// are those of encoding the whole value at once.
    public func writeJSON(_ write: (Data) throws -> Void) throws {
        try write(Data("{\n".utf8))
        try Self.writeArray("articles", articles, last: false, write)
        try Self.writeArray("entities", entities, last: false, write)
        try Self.writeArray("interactions", interactions, last: true, write)
        try write(Data("}".utf8))
    }

    private static func writeArray<T: Encodable & Sendable>(_ key: String, _ items: [T], last: Bool, _ write: (Data) throws -> Void) throws {
        try write(Data("  \"\(key)\" : [\n\(items.isEmpty ? "\n" : "")".utf8))
        let group = 512, window = 16 * group
        for windowStart in stride(from: 0, to: items.count, by: window) {
            let groups = stride(from: windowStart, to: min(items.count, windowStart + window), by: group).map {
                $0..<min(items.count, $0 + group)
            }
            let pieces = inParallel(groups) { range in
                Result { try encode(items[range], closingArray: range.upperBound == items.count) }
            }
            for piece in pieces { try write(try piece.get()) }
        }
        try write(Data((last ? "  ]\n" : "  ],\n").utf8))
    }

    /// Items as they stand inside a top-level array: pretty JSON indented by four spaces, each
    /// followed by a comma and newline (no comma after the array's last item).
    private static func encode<T: Encodable>(_ items: ArraySlice<T>, closingArray: Bool) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var out: [UInt8] = []
        for (n, item) in items.enumerated() {
            let json = try encoder.encode(item)
            // JSON strings hold no raw newlines: every newline is the printer's, and every
            // line that is not empty moves right by four spaces.
            json.withUnsafeBytes { bytes in
                var lineStart = true
                for byte in bytes {
                    if lineStart, byte != 0x0A { for _ in 0..<4 { out.append(0x20) } }
                    out.append(byte)
                    lineStart = byte == 0x0A
                }
            }
            out.append(contentsOf: closingArray && n == items.count - 1 ? [0x0A] : [0x2C, 0x0A])
        }
        return Data(out)
    }

    public static func decode(from data: Data) throws -> Extraction {
        try JSONDecoder().decode(Extraction.self, from: data)
    }
}
