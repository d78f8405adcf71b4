import GRDB
import StakegraphExtraction

/// Which stored articles `CorpusStore.extraction(filter:)` reads; an empty filter reads all.
/// Articles are selected through indexes (article dates, mentioned entity ids, outlets), and
/// entities are linked among the selected articles only.
public struct ExtractionFilter: Sendable, Hashable {
    /// Articles dated on or after this day (any part of their date).
    public var from: Day?
    /// Articles dated on or before this day.
    public var to: Day?
    /// Whether undated articles pass a date filter.
    public var includeUndated: Bool
    /// Articles that mention any of these entity ids (as stored per article); empty for any.
    public var entities: [String]
    /// Articles from any of these outlets; empty for any.
    public var outlets: [String]

    public init(from: Day? = nil, to: Day? = nil, includeUndated: Bool = false, entities: [String] = [], outlets: [String] = []) {
        self.from = from
        self.to = to
        self.includeUndated = includeUndated
        self.entities = entities
        self.outlets = outlets
    }

    /// A WHERE clause and its arguments.
    func sqlCondition() -> (String, StatementArguments) {
        var clauses: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        var dates: [String] = []
        if let from { dates.append("date_end >= ?"); arguments.append(from.description) }
        if let to { dates.append("date_start <= ?"); arguments.append(to.description) }
        if !dates.isEmpty {
            let range = dates.joined(separator: " AND ")
            clauses.append(includeUndated ? "(date_start IS NULL OR (\(range)))" : "(\(range))")
        }
        if !entities.isEmpty {
            clauses.append("seq IN (SELECT article_seq FROM mention WHERE entity_id IN (\(Array(repeating: "?", count: entities.count).joined(separator: ", "))))")
            arguments += entities.map { $0 }
        }
        if !outlets.isEmpty {
            clauses.append("outlet IN (\(Array(repeating: "?", count: outlets.count).joined(separator: ", ")))")
            arguments += outlets.map { $0 }
        }
        return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), StatementArguments(arguments))
    }
}
