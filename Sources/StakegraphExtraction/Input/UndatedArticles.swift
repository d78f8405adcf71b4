import Foundation

/// The articles read without a date (none in their metadata or a dateline, none assumed):
/// their acts have no date either. Said once, after reading:
/// `warning: 2 articles have no date (a.txt, b.html); dates of their acts are unknown (give one with --assume-date)`.
public struct UndatedArticles: Sendable, Equatable, CustomStringConvertible {
    /// The ids of the undated articles, in input order.
    public var ids: [String]
    /// Ids named in the warning at most; the rest are counted.
    public static let namedAtMost = 5

    /// Nil when every article has a date.
    public init?(_ articles: [Article]) {
        let ids = articles.filter { $0.date == nil }.map(\.id)
        guard !ids.isEmpty else { return nil }
        self.ids = ids
    }

    /// Nil when every article extracted has a date.
    public init?(_ articles: [ArticleSummary]) {
        self.init(ids: articles.filter { $0.date == nil }.map(\.id))
    }

    public init?(ids: [String]) {
        guard !ids.isEmpty else { return nil }
        self.ids = ids
    }

    /// "a.txt, b.html", or "a.txt, ..., e.txt and 3 more".
    public var names: String {
        let named = ids.prefix(Self.namedAtMost).joined(separator: ", ")
        return ids.count > Self.namedAtMost ? "\(named) and \(ids.count - Self.namedAtMost) more" : named
    }

    /// The line of a summary: `2 articles have no date (a.txt, b.html): their 3 acts are listed apart, as undated`.
    public func summary(acts: Int) -> String {
        let subject = ids.count == 1 ? "1 article has" : "\(ids.count) articles have"
        let their = ids.count == 1 ? "its" : "their"
        return "\(subject) no date (\(names)): \(their) \(acts) act\(acts == 1 ? "" : "s") \(acts == 1 ? "is" : "are") listed apart, as undated"
    }

    public var description: String {
        let subject = ids.count == 1 ? "1 article has" : "\(ids.count) articles have"
        return "warning: \(subject) no date (\(names)); dates of \(ids.count == 1 ? "its" : "their") acts are unknown (give one with --assume-date)"
    }
}
