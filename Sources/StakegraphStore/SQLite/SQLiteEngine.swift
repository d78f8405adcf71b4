import Foundation
import GRDB
import StakegraphExtraction

/// A store in an SQLite file, through GRDB: the default engine. The database is in WAL mode,
/// so readers see whole batches while another process ingests; SQLite lets one process write
/// at a time (others wait up to 30 s).
final class SQLiteEngine: StoreEngine {
    let path: String
    let pool: DatabasePool

    var location: String { path }

    /// Opens the file, creating it (when `create` is true) or upgrading its schema.
    /// - Parameter forWriting: run SQLite's quick check on an existing file first, before
    ///   anything is written to it (a read may skip the check).
    init(path: String, create: Bool, forWriting: Bool) throws {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists, !create { throw StoreError.missing(path: path) }
        if exists { try Self.checkHeader(path) }
        // Before the pool opens: opening one writes (GRDB creates and drops a table to set up WAL).
        if exists, forWriting { try Self.quickCheck(path) }
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.label = "stakegraph-store"
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw Self.storeError(error, path: path)
        }
        try guarded {
            let migrator = SQLiteSchema.migrator
            let foreign = try pool.read { db -> Bool in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                return !tables.isEmpty && !tables.contains("grdb_migrations")
            }
            if foreign { throw StoreError.notAStore(path: path) }
            if try pool.read(migrator.hasBeenSuperseded) { throw StoreError.newerSchema(path: path) }
            try migrator.migrate(pool)
        }
    }

    /// Refuses a non-empty file without the SQLite header before SQLite writes anything beside it.
    private static func checkHeader(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.database(path: path, message: "cannot read the file")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if !header.isEmpty, header != Data("SQLite format 3\0".utf8) {
            throw StoreError.notADatabase(path: path, message: "no SQLite header")
        }
    }

    static func storeError(_ error: any Error, path: String) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return StoreError.notADatabase(path: path, message: error.message ?? "\(error.resultCode)")
        case .SQLITE_CORRUPT:
            return StoreError.damaged(path: path, message: error.message ?? "\(error.resultCode)")
        default:
            return StoreError.database(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }

    /// Runs `body`, turning SQLite errors into `StoreError`s that name the file.
    func guarded<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw Self.storeError(error, path: path) }
    }

    // MARK: - Writing

    func contentHashes(ids: [String]) throws -> [String: String] {
        try guarded {
            try pool.read { db in
                var hashes: [String: String] = [:]
                let pairs = try Row.fetchAll(db, sql: "SELECT id, content_hash FROM article WHERE id IN (SELECT value FROM json_each(?))",
                                             arguments: [Self.jsonList(ids)])
                for pair in pairs { hashes[pair[0]] = pair[1] }
                return hashes
            }
        }
    }

    func write(_ batch: [ArticleRows]) throws -> IngestCounts {
        try guarded {
            try pool.write { db in
                var counts = IngestCounts()
                for rows in batch {
                    let replaced: Int64?
                    if let seq = rows.columns.seq {
                        // Skip a row another process changed meanwhile.
                        let stored = try String.fetchOne(db, sql: "SELECT content_hash FROM article WHERE seq = ?", arguments: [seq])
                        guard stored == rows.columns.contentHash else { counts.unchanged += 1; continue }
                        replaced = seq
                    } else {
                        let existing = try ArticleColumns.filter(Column("id") == rows.columns.id).fetchOne(db)
                        if existing?.contentHash == rows.columns.contentHash { counts.unchanged += 1; continue }
                        replaced = existing?.seq
                    }
                    try save(db, rows, replacing: replaced)
                    if replaced == nil { counts.added += 1 } else { counts.replaced += 1 }
                }
                try removeOrphanEntities(db)
                return counts
            }
        }
    }

    /// Writes one article row (inserting, or updating row `seq`) and its derived rows.
    private func save(_ db: Database, _ rows: ArticleRows, replacing seq: Int64?) throws {
        var columns = rows.columns
        columns.seq = seq
        if seq == nil { try columns.insert(db) } else { try columns.update(db) }
        guard let stored = columns.seq else { throw StoreError.database(path: path, message: "inserting article '\(columns.id)' gave no row number") }
        try writeDerived(db, seq: stored, rows.derived)
    }

    /// Replaces the entity, mention, interaction and evidence rows of one article.
    private func writeDerived(_ db: Database, seq: Int64, _ derived: DerivedRows) throws {
        try db.execute(sql: "DELETE FROM mention WHERE article_seq = ?", arguments: [seq])
        try db.execute(sql: "DELETE FROM interaction WHERE article_seq = ?", arguments: [seq])
        let entity = try db.cachedStatement(sql: """
            INSERT INTO entity (id, name, kind) VALUES (?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name WHERE length(excluded.name) > length(entity.name)
            """)
        let mention = try db.cachedStatement(sql: "INSERT OR REPLACE INTO mention (article_seq, entity_id, mentions, aliases) VALUES (?, ?, ?, ?)")
        for s in derived.stakeholders {
            try entity.execute(arguments: [s.id, s.name, s.kind])
            try mention.execute(arguments: [seq, s.id, s.mentions, s.aliases])
        }
        let interaction = try db.cachedStatement(sql: """
            INSERT INTO interaction (article_seq, source, target, type, date, date_start, date_end, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let evidence = try db.cachedStatement(sql: "INSERT INTO evidence (interaction_id, position, sentence, start, \"end\", cue) VALUES (?, ?, ?, ?, ?, ?)")
        for x in derived.acts {
            try interaction.execute(arguments: [seq, x.source, x.target, x.type, x.date, x.dateStart, x.dateEnd, x.confidence])
            let id = db.lastInsertedRowID
            for (position, span) in x.evidence.enumerated() {
                try evidence.execute(arguments: [id, position, span.sentence, span.start, span.end, span.cue])
            }
        }
        try db.execute(sql: "UPDATE article SET interaction_count = ? WHERE seq = ?", arguments: [derived.acts.count, seq])
    }

    private func removeOrphanEntities(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM entity WHERE NOT EXISTS (SELECT 1 FROM mention WHERE mention.entity_id = entity.id)")
    }

    // MARK: - Reading

    func articlesToReindex(all: Bool) throws -> [Int64] {
        try guarded {
            try pool.read { db in
                all ? try Int64.fetchAll(db, sql: "SELECT seq FROM article ORDER BY seq")
                    : try Int64.fetchAll(db, sql: "SELECT seq FROM article WHERE extractor_version != ? ORDER BY seq", arguments: [Extractor.version])
            }
        }
    }

    func storedArticles(seqs: [Int64]) throws -> [StoredArticle] {
        try guarded {
            try pool.read { db in
                try articles(db, where: "seq IN (SELECT value FROM json_each(?))", arguments: [String(decoding: try JSONEncoder().encode(seqs), as: UTF8.self)])
            }
        }
    }

    func snapshot(filter: ExtractionFilter) throws -> (articles: [StoredArticle], rules: [CorrectionRule]) {
        let (sql, values) = filter.condition(placeholder: { _ in "?" }, member: { "\($0) IN (SELECT value FROM json_each(\($1)))" })
        let arguments = StatementArguments(values.map { argument -> String in
            switch argument {
            case .text(let text): return text
            case .list(let list): return Self.jsonList(list)
            }
        })
        return try guarded {
            try pool.read { db in (try articles(db, where: sql, arguments: arguments), try fetchRules(db)) }
        }
    }

    private func articles(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [StoredArticle] {
        try ArticleColumns.fetchAll(db, sql: "SELECT * FROM article WHERE \(condition) ORDER BY seq", arguments: arguments).map {
            try $0.stored(location: path)
        }
    }

    static func jsonList(_ list: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(list)) ?? Data("[]".utf8), as: UTF8.self)
    }

    // MARK: - Rules

    func rules() throws -> [CorrectionRule] {
        try guarded { try pool.read(fetchRules) }
    }

    private func fetchRules(_ db: Database) throws -> [CorrectionRule] {
        try Row.fetchAll(db, sql: "SELECT kind, subject, object FROM rule ORDER BY id").compactMap {
            CorrectionRule(kind: $0["kind"], subject: $0["subject"], object: $0["object"])
        }
    }

    func add(_ rule: CorrectionRule, derive: (StoredArticle, [CorrectionRule]) -> DerivedRows) throws {
        let (subject, object) = rule.columns
        try guarded {
            try pool.write { db in
                try db.execute(sql: "INSERT OR IGNORE INTO rule (kind, subject, object, created_at) VALUES (?, ?, ?, ?)",
                               arguments: [rule.kind, subject, object, ISO8601DateFormatter().string(from: Date())])
                let rules = try fetchRules(db)
                for stored in try articles(db, where: "TRUE", arguments: []) {
                    try writeDerived(db, seq: stored.seq, derive(stored, rules))
                }
                try removeOrphanEntities(db)
            }
        }
    }

    // MARK: - Counting and checking

    func statistics() throws -> StoreStatistics {
        try guarded {
            try pool.read { db in
                try StoreStatistics(query: { sql in
                    try Row.fetchAll(db, sql: sql).map { ($0[0], $0[1]) }
                })
            }
        }
    }

    /// SQLite's `quick_check` (every page's structure, without comparing indexes with their
    /// tables: about 60 ms for a 50 MB store), run when a store is opened for writing, before the
    /// schema migrator or anything else writes, so that nothing is written into a damaged file.
    /// - Throws: `StoreError.damaged` with the first problem SQLite reports.
    private static func quickCheck(_ path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        let problems: [String]
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            // SQLite's rows may span lines ("*** in database main ***\nOn tree page 2 ..."): one line each.
            problems = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }.filter { $0 != "ok" }.map {
                $0.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("***") }.joined(separator: "; ")
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            // Damage bad enough that the check itself stops.
            problems = [error.message ?? "database disk image is malformed"]
        } catch {
            throw storeError(error, path: path)
        }
        guard let first = problems.first else { return }
        let more = problems.count > 1 ? " and \(problems.count - 1) more problem\(problems.count > 2 ? "s" : "")" : ""
        throw StoreError.damaged(path: path, message: "SQLite's quick check: \(first)\(more); nothing was written")
    }

    /// SQLite's full integrity and foreign-key checks, then the store's own invariants (each
    /// article has exactly the interactions its extraction recorded, and every stored record decodes).
    func consistencyProblems() throws -> [String] {
        try guarded {
            try pool.read { db in
                var problems: [String]
                do {
                    problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
                    // Damage bad enough that the check itself stops: that is the finding.
                    return ["integrity check: \(error.message ?? "database disk image is malformed")"]
                }
                guard problems.isEmpty else { return problems }
                let rows = try Row.fetchCursor(db, sql: "SELECT id, record FROM article ORDER BY seq")
                while let row = try rows.next() {
                    // Read as raw values: a damaged row may hold any type.
                    let record = Data.fromDatabaseValue(row["record"] as DatabaseValue) ?? Data()
                    if !StoredArticle.decodes(record) {
                        let id = String.fromDatabaseValue(row["id"] as DatabaseValue) ?? "?"
                        problems.append("article \(id): its stored record does not decode")
                    }
                }
                problems += try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key: \($0)" }
                problems += try String.fetchAll(db, sql: StoreStatistics.lackingInteractionsSQL).map { "article \($0) lacks interactions" }
                return problems
            }
        }
    }
}
