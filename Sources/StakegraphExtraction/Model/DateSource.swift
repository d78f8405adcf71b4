/// Where an article's publication date was read from.
public enum DateSource: String, Sendable, Hashable, Codable, CaseIterable {
    /// The `date` field of a text file's front matter or of a JSON Lines record.
    case metadata
    /// A dateline in the first lines of the text (`Riverton, 08/01/2024 -`).
    case dateline
    /// A web page's `<meta property="article:published_time">` (or `itemprop="datePublished"`).
    case publishedTime = "published-time"
    /// The `datePublished` of a web page's JSON-LD (schema.org) description.
    case jsonLD = "json-ld"
    /// A web page's `<time datetime>` element.
    case timeElement = "time-element"
    /// A date in the path of the page's URL (`/2024/03/09/`).
    case urlPath = "url-path"
    /// None found: the date given with `--date`.
    case assumed
}
