import StakegraphExtraction

/// The one line a long run ends with: what it read and found, and how long it took.
public struct RunSummary: Sendable, Hashable, CustomStringConvertible {
    public var articles: Int
    public var stakeholders: Int
    public var interactions: Int
    public var seconds: Double

    public init(articles: Int, stakeholders: Int, interactions: Int, seconds: Double) {
        self.articles = articles
        self.stakeholders = stakeholders
        self.interactions = interactions
        self.seconds = seconds
    }

    /// The figures of `extraction`, after `seconds`.
    public init(_ extraction: Extraction, seconds: Double) {
        self.init(articles: extraction.articles.count, stakeholders: extraction.entities.count,
                  interactions: extraction.interactions.count, seconds: seconds)
    }

    /// `10 articles, 60 stakeholders, 1 interaction in 1.3 s`.
    public var description: String {
        "\(Self.count(articles, "article")), \(Self.count(stakeholders, "stakeholder")), "
            + "\(Self.count(interactions, "interaction")) in \(String(format: "%.1f", seconds)) s"
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
