import Foundation
import Testing
@testable import StakegraphStore

/// The PostgreSQL server the PostgreSQL tests use, named by STAKEGRAPH_TEST_POSTGRES_URL
/// (`.ci/run` starts a throwaway one and sets it). Without it those tests are skipped, and say so.
enum PostgresServer {
    static let url: String? = ProcessInfo.processInfo.environment["STAKEGRAPH_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static var available: Bool { url != nil }
    static let skipped: Comment = "no PostgreSQL server: set STAKEGRAPH_TEST_POSTGRES_URL=postgres://USER:PASSWORD@HOST:PORT/DB (a user who may create databases; .ci/run starts a throwaway server)"

    /// A new empty database on the server (its URL); the caller drops it with `drop(_:)`.
    static func freshDatabase() throws -> String {
        let server = try PostgresAddress(url: url ?? "")
        let name = "stakegraph_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try PostgresSession(server).query("CREATE DATABASE \(name)")
        var address = server
        address.database = String(name)
        return url(of: address)
    }

    static func drop(_ database: String) {
        guard let server = try? PostgresAddress(url: url ?? ""), let target = try? PostgresAddress(url: database) else { return }
        _ = try? PostgresSession(server).query("DROP DATABASE IF EXISTS \(target.database) WITH (FORCE)")
    }

    /// Runs one statement in `database` (a URL), as someone other than Stakegraph would.
    static func execute(_ sql: String, in database: String) throws {
        try PostgresSession(try PostgresAddress(url: database)).query(sql)
    }

    /// `address` as a URL with its password (as the tests pass it to the command).
    static func url(of address: PostgresAddress) -> String {
        var components = URLComponents()
        components.scheme = "postgres"
        components.user = address.user
        components.password = address.password
        components.host = address.host
        components.port = address.port
        components.path = "/" + address.database
        if let socket = address.socketDirectory { components.queryItems = [URLQueryItem(name: "host", value: socket)] }
        return components.string ?? ""
    }
}
