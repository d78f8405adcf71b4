import GRDB
import StakegraphExtraction

/// Counts over a store: totals, articles per outlet and year, interactions per type, entities per kind.
public struct StoreStatistics: Sendable, Hashable, Codable {
    public struct Count: Sendable, Hashable, Codable {
        public var key: String
        public var count: Int
    }

    public var articles: Int
    public var entities: Int
    public var interactions: Int
    public var rules: Int
    public var articlesByOutlet: [Count]
    public var articlesByYear: [Count]
    public var interactionsByType: [Count]
    public var entitiesByKind: [Count]
    /// Articles recorded by another extractor version (`stakegraph reindex` re-extracts them).
    public var outdated: Int

    /// Plain text, one section per count.
    public var text: String {
        var lines = ["\(articles) articles, \(entities) entities, \(interactions) interactions, \(rules) rules"]
        if outdated > 0 { lines.append("\(outdated) articles from another extractor version (run `stakegraph reindex`)") }
        for (title, counts) in [("Articles per outlet", articlesByOutlet), ("Articles per year", articlesByYear),
                                ("Interactions per type", interactionsByType), ("Entities per kind", entitiesByKind)] {
            lines.append("")
            lines.append(title + ":")
            let width = counts.map(\.key.count).max() ?? 0
            for c in counts { lines.append("  " + c.key + String(repeating: " ", count: width - c.key.count) + "  \(c.count)") }
        }
        return lines.joined(separator: "\n")
    }
}

extension CorpusStore {
    /// Counts per outlet, year, interaction type and entity kind, from the indexed tables.
    public func statistics() throws -> StoreStatistics {
        try guarded {
            try pool.read { db in
                func counts(_ sql: String) throws -> [StoreStatistics.Count] {
                    try Row.fetchAll(db, sql: sql).map { StoreStatistics.Count(key: $0[0], count: $0[1]) }
                }
                return StoreStatistics(
                    articles: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0,
                    entities: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entity") ?? 0,
                    interactions: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM interaction") ?? 0,
                    rules: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM rule") ?? 0,
                    articlesByOutlet: try counts("SELECT COALESCE(outlet, '(no outlet)') AS k, COUNT(*) FROM article GROUP BY k ORDER BY COUNT(*) DESC, k"),
                    articlesByYear: try counts("SELECT COALESCE(substr(date_start, 1, 4), '(undated)') AS k, COUNT(*) FROM article GROUP BY k ORDER BY k"),
                    interactionsByType: try counts("SELECT type, COUNT(*) FROM interaction GROUP BY type ORDER BY COUNT(*) DESC, type"),
                    entitiesByKind: try counts("SELECT kind, COUNT(*) FROM entity GROUP BY kind ORDER BY kind"),
                    outdated: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article WHERE extractor_version != ?", arguments: [Extractor.version]) ?? 0
                )
            }
        }
    }
}
