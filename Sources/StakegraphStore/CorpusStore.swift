import Foundation
import GRDB
import StakegraphExtraction

/// A corpus kept in an SQLite file: articles with their extraction, corrections as rules.
///
/// Articles are added with `ingest(_:)` (an unchanged article is skipped, a changed one
/// replaces its old extraction) and read back with `extraction(filter:)`, which links the
/// stored per-article records across articles exactly as `Extractor.extract(_:)` does on the
/// same articles, then applies the correction rules. The database is in WAL mode, so readers
/// see whole batches while another process ingests.
public final class CorpusStore: Sendable {
    /// The database file.
    public let path: String
    /// Extracts new articles and links stored ones (its dictionary decides ids and affiliations).
    public let extractor: Extractor
    let pool: DatabasePool

    /// Opens the store at `path`, creating it (when `create` is true) or upgrading its schema.
    /// - Parameter forWriting: run SQLite's quick check on an existing file first, before anything
    ///   is written to it (ingest, reindex and rules write; a read may skip the check).
    /// - Throws: `StoreError.missing` when the file does not exist and `create` is false,
    ///   `.notADatabase` for a file that is not SQLite, `.notAStore` for someone else's database,
    ///   `.damaged` when the quick check finds damage.
    public init(path: String, extractor: Extractor = Extractor(), create: Bool = true, forWriting: Bool = true) throws {
        self.path = path
        self.extractor = extractor
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
            let migrator = Schema.migrator
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
        // A stored record that no longer decodes: its bytes were changed under SQLite.
        if error is DecodingError { return StoreError.damaged(path: path, message: "a stored article record does not decode") }
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

    // MARK: - Ingesting

    /// What an ingest did.
    public struct IngestSummary: Sendable, Hashable, Codable, CustomStringConvertible {
        public var added = 0
        public var replaced = 0
        public var unchanged = 0
        /// Committed transactions (one per batch).
        public var batches = 0

        public init() {}

        public var description: String {
            "\(added) added, \(replaced) replaced, \(unchanged) unchanged (\(batches) batch\(batches == 1 ? "" : "es"))"
        }
    }

    /// Stores `articles`, in order, one transaction per `batchSize` articles. An article whose
    /// id and content hash are stored already is skipped; one whose content changed replaces
    /// its old extraction (and keeps its place in the corpus order).
    /// - Parameter progress: called after each committed batch with the totals so far.
    @discardableResult
    public func ingest(_ articles: [Article], batchSize: Int = 100, progress: ((IngestSummary) -> Void)? = nil) throws -> IngestSummary {
        let rules = try self.rules()
        var summary = IngestSummary()
        let size = max(1, batchSize)
        for start in stride(from: 0, to: articles.count, by: size) {
            let batch = articles[start..<min(start + size, articles.count)]
            let ids = batch.map(\.id)
            let stored: [String: String] = try guarded {
                try pool.read { db in
                    var hashes: [String: String] = [:]
                    for row in try Row.fetchAll(db, sql: "SELECT id, content_hash FROM article WHERE id IN (SELECT value FROM json_each(?))",
                                                arguments: [String(decoding: try JSONEncoder().encode(ids), as: UTF8.self)]) {
                        hashes[row["id"]] = row["content_hash"]
                    }
                    return hashes
                }
            }
            // Extract outside the write transaction: readers and other writers wait only for the inserts.
            // Articles are read on all cores; `work` keeps the batch's order.
            let fresh = batch.map { ($0, ContentHash.of($0)) }.filter { stored[$0.0.id] != $0.1 }
            summary.unchanged += batch.count - fresh.count
            let records = extractor.records(fresh.map(\.0))
            let work: [(Article, String, ArticleRecord, Extraction)] = fresh.indices.map { i in
                (fresh[i].0, fresh[i].1, records[i].record, records[i].extraction)
            }
            if !work.isEmpty {
                let counts = try guarded {
                    try pool.write { db -> (added: Int, replaced: Int, unchanged: Int) in
                        let now = ISO8601DateFormatter().string(from: Date())
                        var counts = (added: 0, replaced: 0, unchanged: 0)
                        for (article, hash, record, extraction) in work {
                            let existing = try Row.fetchOne(db, sql: "SELECT seq, content_hash FROM article WHERE id = ?", arguments: [article.id])
                            if let existing, existing["content_hash"] as String == hash { counts.unchanged += 1; continue }
                            try save(db, record: record, hash: hash, extraction: extraction, rules: rules, replacing: existing?["seq"], now: now)
                            if existing == nil { counts.added += 1 } else { counts.replaced += 1 }
                        }
                        try removeOrphanEntities(db)
                        return counts
                    }
                }
                summary.added += counts.added
                summary.replaced += counts.replaced
                summary.unchanged += counts.unchanged
                summary.batches += 1
            }
            progress?(summary)
        }
        return summary
    }

    /// Writes one article row (inserting, or updating row `seq`) and its derived rows.
    func save(_ db: Database, record: ArticleRecord, hash: String, extraction: Extraction, rules: [CorrectionRule], replacing seq: Int64?,
              now: String = ISO8601DateFormatter().string(from: Date())) throws {
        let a = record.article
        let bounds = a.date?.bounds
        let local = try JSONEncoder().encode(record.local)
        let values: [(any DatabaseValueConvertible)?] = [
            a.id, a.title, a.date?.description, bounds?.lowerBound.description, bounds?.upperBound.description,
            a.outlet, a.source, a.origin, a.text, hash, Extractor.version, local, now,
        ]
        let articleSeq: Int64
        if let seq {
            try db.execute(sql: """
                UPDATE article SET id = ?, title = ?, date = ?, date_start = ?, date_end = ?, outlet = ?, source = ?, origin = ?,
                  text = ?, content_hash = ?, extractor_version = ?, record = ?, ingested_at = ?, interaction_count = 0 WHERE seq = ?
                """, arguments: StatementArguments(values + [seq]))
            articleSeq = seq
        } else {
            try db.execute(sql: """
                INSERT INTO article (id, title, date, date_start, date_end, outlet, source, origin, text, content_hash,
                  extractor_version, record, ingested_at, interaction_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """, arguments: StatementArguments(values))
            articleSeq = db.lastInsertedRowID
        }
        try writeDerivedRows(db, seq: articleSeq, article: a.id, extraction: extraction.applying(rules))
    }

    /// Replaces the entity, mention, interaction and evidence rows of one article.
    func writeDerivedRows(_ db: Database, seq: Int64, article: String, extraction: Extraction) throws {
        try db.execute(sql: "DELETE FROM mention WHERE article_seq = ?", arguments: [seq])
        try db.execute(sql: "DELETE FROM interaction WHERE article_seq = ?", arguments: [seq])
        let summary = extraction.articles.first { $0.id == article }
        let entity = try db.cachedStatement(sql: """
            INSERT INTO entity (id, name, kind) VALUES (?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name WHERE length(excluded.name) > length(entity.name)
            """)
        let mention = try db.cachedStatement(sql: "INSERT OR REPLACE INTO mention (article_seq, entity_id, mentions, aliases) VALUES (?, ?, ?, ?)")
        for e in extraction.entities where e.articles.contains(article) {
            try entity.execute(arguments: [e.id, e.name, e.kind.rawValue])
            let aliases = String(decoding: try JSONEncoder().encode(summary?.aliases[e.id] ?? []), as: UTF8.self)
            try mention.execute(arguments: [seq, e.id, e.mentions, aliases])
        }
        let interaction = try db.cachedStatement(sql: """
            INSERT INTO interaction (article_seq, source, target, type, date, date_start, date_end, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let evidence = try db.cachedStatement(sql: "INSERT INTO evidence (interaction_id, position, sentence, start, \"end\", cue) VALUES (?, ?, ?, ?, ?, ?)")
        for x in extraction.interactions {
            let bounds = x.date?.bounds
            try interaction.execute(arguments: [seq, x.source, x.target, x.type.rawValue, x.date?.description,
                                                bounds?.lowerBound.description, bounds?.upperBound.description, x.confidence])
            let id = db.lastInsertedRowID
            for (position, span) in x.evidenceSpans.enumerated() {
                try evidence.execute(arguments: [id, position, span.sentence, span.start, span.end, span.cue])
            }
        }
        try db.execute(sql: "UPDATE article SET interaction_count = ? WHERE seq = ?", arguments: [extraction.interactions.count, seq])
    }

    func removeOrphanEntities(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM entity WHERE NOT EXISTS (SELECT 1 FROM mention WHERE mention.entity_id = entity.id)")
    }

    // MARK: - Re-extracting

    /// Re-extracts stored articles recorded by another extractor version (every article when
    /// `all` is true), one transaction per batch; returns how many were re-extracted.
    @discardableResult
    public func reindex(all: Bool = false, batchSize: Int = 100, progress: ((Int) -> Void)? = nil) throws -> Int {
        let rules = try self.rules()
        let seqs: [Int64] = try guarded {
            try pool.read { db in
                all ? try Int64.fetchAll(db, sql: "SELECT seq FROM article ORDER BY seq")
                    : try Int64.fetchAll(db, sql: "SELECT seq FROM article WHERE extractor_version != ? ORDER BY seq", arguments: [Extractor.version])
            }
        }
        var done = 0
        let size = max(1, batchSize)
        for start in stride(from: 0, to: seqs.count, by: size) {
            let chunk = Array(seqs[start..<min(start + size, seqs.count)])
            let stored = try guarded { try pool.read { db in try storedRecords(db, seqs: chunk) } }
            let redone = stored.map { ($0.seq, $0.hash, extractor.record($0.record.article)) }
            try guarded {
                try pool.write { db in
                    for (seq, hash, (record, extraction)) in redone {
                        // Skip a row another process changed meanwhile.
                        guard try String.fetchOne(db, sql: "SELECT content_hash FROM article WHERE seq = ?", arguments: [seq]) == hash else { continue }
                        try save(db, record: record, hash: hash, extraction: extraction, rules: rules, replacing: seq)
                    }
                    try removeOrphanEntities(db)
                }
            }
            done += redone.count
            progress?(done)
        }
        return done
    }

    // MARK: - Reading

    /// The stored corpus as one extraction: the filtered articles' records linked across
    /// articles in corpus order, with the correction rules applied. With no filter this equals
    /// extracting the stored articles from their files (then applying the rules).
    public func extraction(filter: ExtractionFilter = ExtractionFilter()) throws -> Extraction {
        let (records, rules) = try guarded {
            try pool.read { db in (try storedRecords(db, filter: filter).map(\.record), try fetchRules(db)) }
        }
        return extractor.link(records).applying(rules)
    }

    /// The stored articles (text and metadata) the filter selects, in corpus order.
    public func articles(filter: ExtractionFilter = ExtractionFilter()) throws -> [Article] {
        try guarded { try pool.read { db in try storedRecords(db, filter: filter).map(\.record.article) } }
    }

    struct StoredRecord {
        var seq: Int64
        var hash: String
        var record: ArticleRecord
    }

    func storedRecords(_ db: Database, filter: ExtractionFilter) throws -> [StoredRecord] {
        let (clause, arguments) = filter.sqlCondition()
        return try records(db, sql: "SELECT * FROM article WHERE \(clause) ORDER BY seq", arguments: arguments)
    }

    func storedRecords(_ db: Database, seqs: [Int64]) throws -> [StoredRecord] {
        let list = String(decoding: try JSONEncoder().encode(seqs), as: UTF8.self)
        return try records(db, sql: "SELECT * FROM article WHERE seq IN (SELECT value FROM json_each(?)) ORDER BY seq", arguments: [list])
    }

    private func records(_ db: Database, sql: String, arguments: StatementArguments) throws -> [StoredRecord] {
        let decoder = JSONDecoder()
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let dateText: String? = row["date"]
            let article = Article(id: row["id"], title: row["title"], date: dateText.flatMap(EventDate.init(string:)),
                                  source: row["source"], outlet: row["outlet"], text: row["text"], origin: row["origin"])
            let local = try decoder.decode(LocalExtraction.self, from: row["record"] as Data)
            return StoredRecord(seq: row["seq"], hash: row["content_hash"], record: ArticleRecord(article: article, local: local))
        }
    }

    // MARK: - Rules

    /// The correction rules, in the order they apply.
    public func rules() throws -> [CorrectionRule] {
        try guarded { try pool.read(fetchRules) }
    }

    func fetchRules(_ db: Database) throws -> [CorrectionRule] {
        try Row.fetchAll(db, sql: "SELECT kind, subject, object FROM rule ORDER BY id").compactMap {
            CorrectionRule(kind: $0["kind"], subject: $0["subject"], object: $0["object"])
        }
    }

    /// Adds a rule (once) and re-derives every article's stored rows with it.
    /// - Throws: `StoreError.invalidRule` when a merge or split names no stored stakeholder or article.
    public func add(_ rule: CorrectionRule) throws {
        let current = try extraction()
        switch rule {
        case .alias(let form, let entity):
            guard !form.trimmingCharacters(in: .whitespaces).isEmpty, !entity.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw StoreError.invalidRule(path: path, message: "alias needs a form and a stakeholder")
            }
            if current.resolve(entity) == nil, current.resolve(form) == nil {
                throw StoreError.invalidRule(path: path, message: "neither '\(form)' nor '\(entity)' is a stored stakeholder")
            }
        case .merge(let kept, let merged):
            for key in [kept, merged] where current.resolve(key) == nil {
                throw StoreError.invalidRule(path: path, message: "no stored stakeholder '\(key)' (give an id, name or alias)")
            }
            if current.resolve(kept) == current.resolve(merged) {
                throw StoreError.invalidRule(path: path, message: "'\(kept)' and '\(merged)' are one stakeholder already")
            }
        case .split(let entity, let article):
            guard let e = current.entities.first(where: { $0.id == entity }) else {
                throw StoreError.invalidRule(path: path, message: "no stored stakeholder with id '\(entity)' (split takes an id, see `stakegraph who`)")
            }
            if !e.articles.contains(article) {
                throw StoreError.invalidRule(path: path, message: "'\(entity)' is not mentioned in article '\(article)'")
            }
        }
        let (subject, object) = rule.columns
        try guarded {
            try pool.write { db in
                try db.execute(sql: "INSERT OR IGNORE INTO rule (kind, subject, object, created_at) VALUES (?, ?, ?, ?)",
                               arguments: [rule.kind, subject, object, ISO8601DateFormatter().string(from: Date())])
                try rederiveAll(db)
            }
        }
    }

    /// Rewrites every article's derived rows from its stored record with the current rules.
    func rederiveAll(_ db: Database) throws {
        let rules = try fetchRules(db)
        for stored in try storedRecords(db, filter: ExtractionFilter()) {
            let single = extractor.link([stored.record]).applying(rules)
            try writeDerivedRows(db, seq: stored.seq, article: stored.record.article.id, extraction: single)
        }
        try removeOrphanEntities(db)
    }

    // MARK: - Checks

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

    /// Problems found by SQLite's full integrity and foreign-key checks and by the store's own
    /// invariants (each article has exactly the interactions its extraction recorded, and every
    /// stored record decodes); empty when sound.
    public func consistencyProblems() throws -> [String] {
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
                let decoder = JSONDecoder()
                let rows = try Row.fetchCursor(db, sql: "SELECT id, record FROM article ORDER BY seq")
                while let row = try rows.next() {
                    // Read as raw values: a damaged row may hold any type.
                    let record = Data.fromDatabaseValue(row["record"] as DatabaseValue) ?? Data()
                    if (try? decoder.decode(LocalExtraction.self, from: record)) == nil {
                        let id = String.fromDatabaseValue(row["id"] as DatabaseValue) ?? "?"
                        problems.append("article \(id): its stored record does not decode")
                    }
                }
                problems += try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key: \($0)" }
                problems += try String.fetchAll(db, sql: """
                    SELECT id FROM article a WHERE interaction_count != (SELECT COUNT(*) FROM interaction i WHERE i.article_seq = a.seq)
                    """).map { "article \($0) lacks interactions" }
                return problems
            }
        }
    }
}
