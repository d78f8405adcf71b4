import Foundation

/// A PostgreSQL database as a `postgres://` URL names it, libpq's way:
/// `postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=MODE`, or a Unix socket's folder as
/// `postgres://USER@/DATABASE?host=/run/postgresql`. Without a user the login name is used,
/// without a database the user's name, without a port 5432, without a password `PGPASSWORD`'s.
public struct PostgresAddress: Sendable, Hashable, CustomStringConvertible {
    /// How the connection uses TLS (`sslmode`): as libpq, `prefer` (the default) and `require`
    /// encrypt without checking the server's certificate, `verify-full` checks it.
    public enum TLSMode: String, Sendable, Hashable, CaseIterable {
        case disable, prefer, require
        case verifyFull = "verify-full"
    }

    public var user: String
    public var password: String?
    /// The server's host name, or nil with `socketDirectory`.
    public var host: String?
    public var port: Int
    /// The folder holding the server's Unix socket (`.s.PGSQL.PORT`).
    public var socketDirectory: String?
    public var database: String
    public var tls: TLSMode

    public init(user: String, password: String? = nil, host: String? = "localhost", port: Int = 5432, socketDirectory: String? = nil,
                database: String, tls: TLSMode = .prefer) {
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.socketDirectory = socketDirectory
        self.database = database
        self.tls = tls
    }

    static func isPostgresURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// Reads a `postgres://` or `postgresql://` URL.
    /// - Throws: `StoreError.badAddress` saying what is wrong (the password is never repeated).
    public init(url text: String) throws {
        let shown = Self.withoutPassword(text)
        func bad(_ message: String) -> StoreError { .badAddress(address: shown, message: message) }
        guard Self.isPostgresURL(text), let url = URLComponents(string: text) else {
            throw bad("not a URL (characters such as @ : / ? # in a user name or password must be percent-encoded)")
        }
        var host: String? = url.host.flatMap { $0.isEmpty ? nil : $0.removingPercentEncoding ?? $0 }
        var socketDirectory: String?
        var tls = TLSMode.prefer
        var port = url.port
        for item in url.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "host":
                if value.hasPrefix("/") { socketDirectory = value } else if !value.isEmpty { host = value }
            case "port":
                guard let n = Int(value) else { throw bad("port '\(value)' is not a number") }
                port = n
            case "sslmode":
                guard let mode = TLSMode(rawValue: value) else {
                    throw bad("sslmode '\(value)' is not one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                tls = mode
            case "user", "password", "dbname":
                break
            default:
                throw bad("unknown parameter '\(item.name)' (known: host, port, sslmode, user, password, dbname)")
            }
        }
        let query = Dictionary((url.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        if let port, !(1...65535).contains(port) { throw bad("port \(port) is out of range") }
        if host == nil, socketDirectory == nil { host = "localhost" }
        if socketDirectory != nil { host = nil }
        let user = query["user"] ?? url.user?.removingPercentEncoding ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        guard !user.isEmpty else { throw bad("the user name is empty") }
        let path = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        if path.contains("/") { throw bad("the database name '\(path)' contains a /") }
        let database = query["dbname"] ?? (path.isEmpty ? user : path.removingPercentEncoding ?? path)
        // As libpq: without a password in the URL, PGPASSWORD's (which `ps` does not show).
        let password = query["password"] ?? url.password?.removingPercentEncoding ?? ProcessInfo.processInfo.environment["PGPASSWORD"]
        self.init(user: user, password: password, host: host, port: port ?? 5432,
                  socketDirectory: socketDirectory, database: database, tls: tls)
    }

    /// The URL without its password: how messages name the store.
    public var description: String {
        var text = "postgres://\(user)@\(host ?? "")"
        if host != nil, port != 5432 { text += ":\(port)" }
        text += "/\(database)"
        var query: [String] = []
        if let socketDirectory { query.append("host=\(socketDirectory)") }
        if socketDirectory != nil, port != 5432 { query.append("port=\(port)") }
        if tls != .prefer { query.append("sslmode=\(tls.rawValue)") }
        return query.isEmpty ? text : text + "?" + query.joined(separator: "&")
    }

    /// `text` with any password between `user:` and `@` (and any `password=` parameter) left out.
    static func withoutPassword(_ text: String) -> String {
        var shown = text
        if let scheme = shown.range(of: "://"),
           let at = shown.range(of: "@", options: .backwards, range: scheme.upperBound..<(shown.firstIndex(of: "/", after: scheme.upperBound) ?? shown.endIndex)),
           let colon = shown.range(of: ":", range: scheme.upperBound..<at.lowerBound) {
            shown.removeSubrange(colon.lowerBound..<at.lowerBound)
        }
        if let password = shown.range(of: #"password=[^&]*"#, options: .regularExpression) {
            shown.replaceSubrange(password, with: "password=...")
        }
        return shown
    }
}

private extension String {
    func firstIndex(of character: Character, after start: Index) -> Index? {
        self[start...].firstIndex(of: character)
    }
}
