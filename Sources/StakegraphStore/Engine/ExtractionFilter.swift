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

    /// One argument of the filter's condition: a day or a list of ids or outlets.
    enum Argument: Sendable, Hashable {
        case text(String)
        case list([String])
    }

    /// The filter as a WHERE clause over `article`, which both engines run: dates and
    /// stakeholders are selected by the database, through its indexes.
    /// - Parameters:
    ///   - placeholder: the engine's n-th parameter (from 1): `?` or `$n`.
    ///   - member: a membership test of a column in a list parameter.
    func condition(placeholder: (Int) -> String, member: (_ column: String, _ list: String) -> String) -> (sql: String, arguments: [Argument]) {
        var clauses: [String] = []
        var arguments: [Argument] = []
        func next(_ argument: Argument) -> String {
            arguments.append(argument)
            return placeholder(arguments.count)
        }
        var dates: [String] = []
        if let from { dates.append("date_end >= \(next(.text(from.description)))") }
        if let to { dates.append("date_start <= \(next(.text(to.description)))") }
        if !dates.isEmpty {
            let range = dates.joined(separator: " AND ")
            clauses.append(includeUndated ? "(date_start IS NULL OR (\(range)))" : "(\(range))")
        }
        if !entities.isEmpty {
            clauses.append("seq IN (SELECT article_seq FROM mention WHERE \(member("entity_id", next(.list(entities)))))")
        }
        if !outlets.isEmpty { clauses.append(member("outlet", next(.list(outlets)))) }
        return (clauses.isEmpty ? "TRUE" : clauses.joined(separator: " AND "), arguments)
    }
}
