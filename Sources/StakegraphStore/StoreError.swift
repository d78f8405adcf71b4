import Foundation

/// Why a store could not be opened, read or changed. Every case names the database file.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file does not exist and the operation does not create one.
    case missing(path: String)
    /// The file exists but is not an SQLite database.
    case notADatabase(path: String, message: String)
    /// The file is a store, but SQLite's check (or reading a row back) found damage in it.
    case damaged(path: String, message: String)
    /// The file is an SQLite database that Stakegraph did not create.
    case notAStore(path: String)
    /// The database was written by a newer Stakegraph (unknown migrations).
    case newerSchema(path: String)
    /// A rule names a stakeholder or article the command cannot use.
    case invalidRule(path: String, message: String)
    /// Any other SQLite failure, with SQLite's own message.
    case database(path: String, message: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "\(path): no such store (create one with `stakegraph ingest INPUT... --db \(path)`)"
        case .notADatabase(let path, let message):
            return "\(path): not a Stakegraph store: the file is not an SQLite database or is damaged (\(message))"
        case .damaged(let path, let message):
            return "\(path): the store is damaged (\(message)); run `stakegraph stats --db \(path) --check` for a full integrity check"
        case .notAStore(let path):
            return "\(path): an SQLite database that Stakegraph did not create; give another --db file"
        case .newerSchema(let path):
            return "\(path): written by a newer Stakegraph; upgrade to read it"
        case .invalidRule(let path, let message):
            return "\(path): \(message)"
        case .database(let path, let message):
            return "\(path): database error: \(message)"
        }
    }
}
