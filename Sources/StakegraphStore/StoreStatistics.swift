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

extension StoreStatistics {
    /// Counts through `query`, which runs one SQL query (the same text on every engine) and
    /// gives its rows as a key and a count.
    init(query: (String) throws -> [(String, Int)]) throws {
        func total(_ table: String) throws -> Int { try query("SELECT '\(table)', COUNT(*) FROM \(table)").first?.1 ?? 0 }
        func counts(_ sql: String) throws -> [Count] { try query(sql).map { Count(key: $0.0, count: $0.1) } }
        let version = Extractor.version.replacingOccurrences(of: "'", with: "''")
        self.init(
            articles: try total("article"),
            entities: try total("entity"),
            interactions: try total("interaction"),
            rules: try total("rule"),
            articlesByOutlet: try counts("SELECT COALESCE(outlet, '(no outlet)') AS k, COUNT(*) FROM article GROUP BY k ORDER BY COUNT(*) DESC, k"),
            articlesByYear: try counts("SELECT COALESCE(substr(date_start, 1, 4), '(undated)') AS k, COUNT(*) FROM article GROUP BY k ORDER BY k"),
            interactionsByType: try counts("SELECT type, COUNT(*) FROM interaction GROUP BY type ORDER BY COUNT(*) DESC, type"),
            entitiesByKind: try counts("SELECT kind, COUNT(*) FROM entity GROUP BY kind ORDER BY kind"),
            outdated: try query("SELECT 'outdated', COUNT(*) FROM article WHERE extractor_version != '\(version)'").first?.1 ?? 0
        )
    }

    /// The ids of articles whose interaction rows are not the ones their extraction recorded.
    static let lackingInteractionsSQL = """
        SELECT id FROM article a WHERE interaction_count != (SELECT COUNT(*) FROM interaction i WHERE i.article_seq = a.seq) ORDER BY seq
        """
}
