/// Where a store lives: an SQLite file (the default) or a PostgreSQL database, as `--db` gives it.
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    case file(path: String)
    case postgres(PostgresAddress)

    /// Reads `--db`: a `postgres://` or `postgresql://` URL, or else a file path.
    /// - Throws: `StoreError.badAddress` for a PostgreSQL URL that cannot be used.
    public init(_ text: String) throws {
        if PostgresAddress.isPostgresURL(text) {
            self = .postgres(try PostgresAddress(url: text))
        } else {
            self = .file(path: text)
        }
    }

    /// The path, or the URL without its password: how messages name the store.
    public var description: String {
        switch self {
        case .file(let path): return path
        case .postgres(let address): return address.description
        }
    }
}
