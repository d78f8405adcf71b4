import Foundation
import PostgresNIO

/// One connection to a PostgreSQL server, used synchronously: the one file that speaks to
/// PostgreSQL (through vapor/postgres-nio). The connection runs on SwiftNIO's event loops; the
/// calling thread waits for each query's future, so nothing here needs Swift's concurrency
/// pool (a caller on it only blocks its own thread, and no task waits on another). A lock lets
/// one caller at a time use the connection: a transaction holds it from BEGIN to COMMIT.
final class PostgresSession: @unchecked Sendable {
    /// A query parameter.
    enum Value: Sendable {
        case text(String?)
        case integer(Int64?)
        case real(Double?)
        case bytes(Data?)
        case texts([String])
        case integers([Int64])
        case reals([Double])
    }

    /// A row read back, cells by column position.
    struct Row: Sendable {
        enum Cell: Sendable, Hashable {
            case null
            case text(String)
            case integer(Int64)
            case real(Double)
            case bytes(Data)
            case boolean(Bool)
        }

        var cells: [Cell]

        func text(_ i: Int) -> String? {
            switch cells[i] {
            case .text(let s): return s
            case .integer(let n): return String(n)
            default: return nil
            }
        }

        func integer(_ i: Int) -> Int64? {
            if case .integer(let n) = cells[i] { return n }
            return nil
        }

        func bytes(_ i: Int) -> Data? {
            if case .bytes(let d) = cells[i] { return d }
            return nil
        }
    }

    let address: PostgresAddress
    private let connection: PostgresConnection
    private let lock = NSRecursiveLock()
    private let logger: Logger

    /// Connects and logs in.
    /// - Throws: `StoreError.unreachable`, `.refused` or `.database`, in our words.
    init(_ address: PostgresAddress) throws {
        self.address = address
        var logger = Logger(label: "stakegraph-store")
        logger.logLevel = .critical
        self.logger = logger
        var configuration: PostgresConnection.Configuration
        if let directory = address.socketDirectory {
            let socket = (directory.hasSuffix("/") ? directory : directory + "/") + ".s.PGSQL.\(address.port)"
            configuration = .init(unixSocketPath: socket, username: address.user, password: address.password, database: address.database)
        } else {
            configuration = .init(host: address.host ?? "localhost", port: address.port, username: address.user, password: address.password,
                                  database: address.database, tls: try Self.tls(address))
        }
        configuration.options.connectTimeout = .seconds(10)
        do {
            connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration,
                                                        id: 1, logger: logger).wait()
        } catch {
            throw Self.storeError(error, address: address)
        }
    }

    deinit {
        try? connection.close().wait()
    }

    private static func tls(_ address: PostgresAddress) throws -> PostgresConnection.Configuration.TLS {
        var tls = TLSConfiguration.makeClientConfiguration()
        if address.tls != .verifyFull { tls.certificateVerification = .none }
        do {
            switch address.tls {
            case .disable: return .disable
            case .prefer: return .prefer(try NIOSSLContext(configuration: tls))
            case .require, .verifyFull: return .require(try NIOSSLContext(configuration: tls))
            }
        } catch {
            throw StoreError.badAddress(address: address.description, message: "cannot set up TLS (\(error))")
        }
    }

    // MARK: - Queries

    /// Runs one statement (`$1`, `$2` ... for `values`) and returns its rows.
    @discardableResult
    func query(_ sql: String, _ values: [Value] = []) throws -> [Row] {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .text(let v): bindings.append(v)
            case .integer(let v): bindings.append(v)
            case .real(let v): bindings.append(v)
            case .bytes(let v): try bindings.append(v)
            case .texts(let v): bindings.append(v)
            case .integers(let v): bindings.append(v)
            case .reals(let v): bindings.append(v)
            }
        }
        let result: PostgresQueryResult
        do {
            result = try lock.withLock {
                try connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger).wait()
            }
        } catch {
            throw Self.storeError(error, address: address)
        }
        return try result.rows.map { row in
            Row(cells: try row.map { cell in try Self.cell(cell) })
        }
    }

    private static func cell(_ cell: PostgresCell) throws -> Row.Cell {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
        case .float4, .float8: return .real(try cell.decode(Double.self))
        case .bytea: return .bytes(try cell.decode(Data.self))
        case .bool: return .boolean(try cell.decode(Bool.self))
        default: return .text(try cell.decode(String.self))
        }
    }

    /// Runs `body` in one transaction (rolled back when it throws), holding the connection.
    /// - Parameters:
    ///   - mode: what follows `BEGIN`, e.g. `ISOLATION LEVEL REPEATABLE READ READ ONLY`.
    ///   - lock: a transaction-level advisory lock taken first, so that writers go one at a time.
    func transaction<T>(_ mode: String = "", lock key: Int64? = nil, _ body: () throws -> T) throws -> T {
        try lock.withLock {
            try query("BEGIN \(mode)")
            do {
                if let key { try query("SELECT pg_advisory_xact_lock($1)", [.integer(key)]) }
                let result = try body()
                try query("COMMIT")
                return result
            } catch {
                _ = try? query("ROLLBACK")
                throw error
            }
        }
    }

    // MARK: - Errors

    /// The SQLSTATE and message of a server error, if the error is one.
    static func serverError(_ error: any Error) -> (state: String, message: String)? {
        guard let error = error as? PSQLError, error.code == .server, let info = error.serverInfo else { return nil }
        return (info[.sqlState] ?? "", info[.message] ?? "")
    }

    /// A postgres-nio error in our words, naming the store.
    static func storeError(_ error: any Error, address: PostgresAddress) -> StoreError {
        if let error = error as? StoreError { return error }
        let name = address.description
        let server = address.socketDirectory.map { "the socket in \($0)" } ?? "\(address.host ?? "localhost"):\(address.port)"
        guard let psql = error as? PSQLError else { return .database(path: name, message: describe(error)) }
        if let (state, message) = serverError(psql) {
            switch state {
            case "28P01", "28000":
                return .refused(path: name, message: "\(message) (check the user name and password in the URL)")
            case "3D000":
                return .refused(path: name, message: "the server has no database '\(address.database)' (create it with `createdb \(address.database)`)")
            case "57P03", "53300":
                return .unreachable(path: name, message: message)
            default:
                return .database(path: name, message: message)
            }
        }
        switch psql.code {
        case .connectionError:
            return .unreachable(path: name, message: "\(server): \(psql.underlying.map(describe) ?? "cannot connect")")
        case .authMechanismRequiresPassword:
            return .refused(path: name, message: "the server asks for a password; give one in the URL (postgres://USER:PASSWORD@...)")
        case .unsupportedAuthMechanism, .saslError:
            return .refused(path: name, message: "the server asks for a way of logging in Stakegraph does not support")
        case .sslUnsupported:
            return .refused(path: name, message: "the server does not offer TLS (sslmode=\(address.tls.rawValue)); give sslmode=disable or prefer")
        case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
            return .unreachable(path: name, message: "\(server): the connection was closed")
        default:
            return .database(path: name, message: psql.code.description)
        }
    }

    /// A connection failure in words: "connection refused", "cannot resolve host x".
    private static func describe(_ error: any Error) -> String {
        if let error = error as? NIOConnectionError {
            if let failure = error.connectionErrors.first { return describe(failure.error) }
            return "cannot resolve the host name '\(error.host)'"
        }
        if let error = error as? IOError { return String(cString: strerror(error.errnoCode)).lowercased() }
        if let error = error as? ChannelError, case .connectTimeout = error { return "no answer within 10 seconds" }
        if let error = error as? NIOSSLError { return "TLS failed (\(error))" }
        return "\(error)"
    }
}
