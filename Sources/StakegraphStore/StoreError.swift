import Foundation

/// Why a store could not be opened, read or changed. Every case names the store: the database
/// file, or the PostgreSQL address without its password.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file does not exist (or the PostgreSQL database holds no store) and the operation does not create one.
    case missing(path: String)
    /// The file exists but is not an SQLite database.
    case notADatabase(path: String, message: String)
    /// The file is a store, but SQLite's check (or reading a row back) found damage in it.
    case damaged(path: String, message: String)
    /// The file is an SQLite database that Stakegraph did not create.
    case notAStore(path: String)
    /// The PostgreSQL database holds tables that are not a Stakegraph store's (named), or a store of an unknown schema.
    case otherSchema(path: String, message: String)
    /// The database was written by a newer Stakegraph (unknown migrations).
    case newerSchema(path: String)
    /// A rule names a stakeholder or article the command cannot use.
    case invalidRule(path: String, message: String)
    /// A `postgres://` address that cannot be used as one.
    case badAddress(address: String, message: String)
    /// The PostgreSQL server cannot be reached (refused, unknown host, timed out).
    case unreachable(path: String, message: String)
    /// The PostgreSQL server refused the user (wrong password, unknown user, not allowed).
    case refused(path: String, message: String)
    /// Any other database failure, with the database's own message.
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
        case .otherSchema(let path, let message):
            return "\(path): not a Stakegraph store: \(message); give another --db database"
        case .newerSchema(let path):
            return "\(path): written by a newer Stakegraph; upgrade to read it"
        case .invalidRule(let path, let message):
            return "\(path): \(message)"
        case .badAddress(let address, let message):
            return "\(address): not a usable PostgreSQL address: \(message) (write postgres://USER:PASSWORD@HOST:PORT/DATABASE)"
        case .unreachable(let path, let message):
            return "\(path): cannot reach the PostgreSQL server: \(message)"
        case .refused(let path, let message):
            return "\(path): the PostgreSQL server refused the connection: \(message)"
        case .database(let path, let message):
            return "\(path): database error: \(message)"
        }
    }
}
