import Foundation

/// What a web page says about itself: title, publication date (and where it was found),
/// outlet, canonical URL and author, read from its `<meta>` and `<link>` elements, its JSON-LD
/// (schema.org) description, `<time datetime>` elements and the date in its URL's path.
public struct PageMetadata: Sendable, Hashable {
    public var title: String?
    public var date: EventDate?
    public var dateSource: DateSource?
    public var outlet: String?
    public var url: String?
    public var author: String?

    public init(title: String? = nil, date: EventDate? = nil, dateSource: DateSource? = nil,
                outlet: String? = nil, url: String? = nil, author: String? = nil) {
        self.title = title
        self.date = date
        self.dateSource = dateSource
        self.outlet = outlet
        self.url = url
        self.author = author
    }

    /// Reads the metadata of `document`. Dates are tried in this order: the published-time
    /// `<meta>`, JSON-LD `datePublished`, the first `<time datetime>`, the URL's path.
    public init(document: HTMLDocument, usDates: Bool = false) {
        var fields = Fields()
        fields.collect(document)
        let article = fields.jsonLD.first(where: Self.isArticle) ?? fields.jsonLD.first(where: { $0["datePublished"] != nil })
        let publisher = (article?["publisher"]).flatMap(Self.name)
            ?? fields.jsonLD.first(where: { Self.types(of: $0).contains("NewsMediaOrganization") }).flatMap { $0["name"] as? String }

        title = Self.clean(fields.meta["og:title"]) ?? Self.clean(article?["headline"] as? String)
            ?? Self.clean(fields.meta["twitter:title"]) ?? Self.clean(fields.heading) ?? Self.clean(fields.title)
        outlet = Self.clean(fields.meta["og:site_name"]) ?? Self.clean(publisher)
        url = Self.clean(fields.canonical) ?? Self.clean(fields.meta["og:url"])
        author = Self.clean(fields.meta["author"]).flatMap { $0.hasPrefix("http") ? nil : $0 }
            ?? (article?["author"]).flatMap(Self.name).flatMap(Self.clean)
            ?? Self.clean(fields.meta["article:author"]).flatMap { $0.hasPrefix("http") ? nil : $0 }

        let candidates: [(String?, DateSource)] = [
            (fields.meta["article:published_time"] ?? fields.meta["datepublished"], .publishedTime),
            (article?["datePublished"] as? String, .jsonLD),
            (fields.time, .timeElement),
        ]
        for (raw, source) in candidates {
            guard let raw, let parsed = ArticleDate.parse(raw, usDates: usDates) else { continue }
            date = parsed
            dateSource = source
            break
        }
        if date == nil, let path = url.flatMap({ URL(string: $0)?.path }), let parsed = Self.date(inPath: path) {
            date = parsed
            dateSource = .urlPath
        }
    }

    // MARK: - Private

    /// The raw values the page holds, gathered in one pass.
    private struct Fields {
        /// `<meta>` contents by lower-cased `property`, `name` or `itemprop` (the first of each wins).
        var meta: [String: String] = [:]
        var jsonLD: [[String: Any]] = []
        var title: String?
        var heading: String?
        var canonical: String?
        var time: String?

        mutating func collect(_ document: HTMLDocument) {
            let nodes = document.nodes
            for (index, node) in nodes.enumerated() where node.kind == .element {
                switch node.name {
                case "meta":
                    guard let content = node.attribute("content") else { continue }
                    for key in ["property", "name", "itemprop"] {
                        if let name = node.attribute(key)?.lowercased(), meta[name] == nil { meta[name] = content }
                    }
                case "link":
                    let rel = node.attribute("rel")?.lowercased().split(separator: " ") ?? []
                    if rel.contains("canonical"), canonical == nil { canonical = node.attribute("href") }
                case "title":
                    if title == nil { title = document.text(of: index) }
                case "h1":
                    if heading == nil { heading = document.text(of: index) }
                case "time":
                    if time == nil { time = node.attribute("datetime") }
                case "script" where node.attribute("type")?.lowercased() == "application/ld+json":
                    let text = document.text(of: index)
                    guard let json = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else { continue }
                    jsonLD += PageMetadata.objects(in: json)
                default:
                    if time == nil, node.attribute("itemprop")?.lowercased() == "datepublished" {
                        time = node.attribute("datetime") ?? node.attribute("content")
                    }
                }
            }
        }
    }

    /// Every JSON object of a JSON-LD value: the value itself, the items of an array, and the
    /// members of an `@graph`.
    static func objects(in json: Any) -> [[String: Any]] {
        if let array = json as? [Any] { return array.flatMap(objects) }
        guard let object = json as? [String: Any] else { return [] }
        return [object] + ((object["@graph"] as? [Any])?.flatMap(objects) ?? [])
    }

    /// The schema.org types of a JSON-LD object.
    static func types(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type] }
        return object["@type"] as? [String] ?? []
    }

    /// True for a JSON-LD description of an article (`NewsArticle`, `BlogPosting`, `Report`, ...).
    static func isArticle(_ object: [String: Any]) -> Bool {
        types(of: object).contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }
    }

    /// The name of a JSON-LD person or organisation, or the names of a list of them.
    static func name(_ value: Any) -> String? {
        if let text = value as? String { return text }
        if let object = value as? [String: Any] { return object["name"] as? String }
        if let list = value as? [Any] {
            let names = list.compactMap(name)
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }

    /// White space collapsed; nil for an empty value.
    static func clean(_ value: String?) -> String? {
        guard let value else { return nil }
        let words = value.split(whereSeparator: \.isWhitespace)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// A date written in a URL's path as `/YYYY/MM/DD/` or a `YYYY-MM-DD` segment.
    static func date(inPath path: String) -> EventDate? {
        let segments = path.split(separator: "/").map(String.init)
        for (index, segment) in segments.enumerated() {
            if let date = ArticleDate.parse(segment), case .day = date, segment.count == 10 { return date }
            guard segment.count == 4, let year = Int(segment), (1990...2100).contains(year), index + 2 < segments.count,
                  let month = Int(segments[index + 1]), let day = Int(segments[index + 2].prefix(2)),
                  segments[index + 1].count <= 2, segments[index + 2].prefix(2).allSatisfy(\.isNumber),
                  Day.isValid(year: year, month: month, day: day) else { continue }
            return .day(Day(year: year, month: month, day: day))
        }
        return nil
    }
}
