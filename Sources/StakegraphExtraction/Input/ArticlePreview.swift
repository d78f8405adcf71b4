import Foundation

/// What extraction reads from one article, as `stakegraph read` prints it: the body text
/// offsets will refer to, and the metadata found with it. Its JSON (one object a line) has the
/// fields of a JSON Lines corpus record, so it can be read back as one.
public struct ArticlePreview: Sendable, Hashable, Codable {
    public var id: String
    public var title: String?
    /// The publication date as written in the output (`2024-03-09`, `2024-03`, `2024`).
    public var date: String?
    /// Where the date was found.
    public var dateSource: DateSource?
    public var outlet: String?
    public var url: String?
    public var author: String?
    /// The file (and line) the article came from.
    public var origin: String
    public var text: String

    public init(_ article: Article) {
        id = article.id
        title = article.title
        date = article.date?.description
        dateSource = article.dateSource
        outlet = article.outlet
        url = article.source
        author = article.author
        origin = article.origin
        text = article.text
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, date, dateSource = "date_source", outlet, url, author, origin, text
    }

    /// One line of JSON, keys sorted, absent fields left out.
    public func jsonLine() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// The body under a header naming the article: `==> origin <==`, with the id after it
    /// when it is not the file's name (`==> corpus.jsonl:3 (k3) <==`).
    public var textBlock: String {
        let named = origin == "<stdin>" || PathParts.name(of: origin) == id
        return (named ? "==> \(origin) <==" : "==> \(origin) (\(id)) <==") + "\n" + text
    }
}
