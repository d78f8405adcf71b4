import Foundation
import StakegraphExtraction

/// A store in a PostgreSQL database, shared by several people at once. Writers take one
/// advisory lock per transaction (`PostgresSchema.writerLock`), so concurrent ingests go one
/// batch at a time and store each article once (the article id is also unique); readers read
/// one REPEATABLE READ snapshot, so they see whole batches only and never wait for writers.
final class PostgresEngine: StoreEngine {
    let session: PostgresSession
    let location: String

    /// Connects, then creates the tables (when `create` is true) or upgrades them.
    /// - Throws: `StoreError.missing` for a database without a store when `create` is false,
    ///   `.otherSchema` for a database holding other tables, `.newerSchema` for a newer store.
    init(address: PostgresAddress, create: Bool) throws {
        location = address.description
        session = try PostgresSession(address)
        try migrate(create: create)
    }

    private func migrate(create: Bool) throws {
        try session.transaction(lock: PostgresSchema.writerLock) {
            let tables = try session.query("""
                SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name
                """).compactMap { $0.text(0) }
            var version = 0
            if tables.contains("stakegraph_schema") {
                version = Int(try session.query("SELECT COALESCE(MAX(version), 0) FROM stakegraph_schema").first?.integer(0) ?? 0)
            } else if !tables.isEmpty {
                let shown = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? " ..." : "")
                throw StoreError.otherSchema(path: location, message: "the database holds other tables (\(shown)) and no stakegraph_schema")
            } else if !create {
                throw StoreError.missing(path: location)
            }
            if version > PostgresSchema.version { throw StoreError.newerSchema(path: location) }
            for n in version..<PostgresSchema.version {
                for statement in PostgresSchema.migrations[n] { try session.query(statement) }
                try session.query("INSERT INTO stakegraph_schema (version, applied_at) VALUES ($1, $2)",
                                  [.integer(Int64(n + 1)), .text(ISO8601DateFormatter().string(from: Date()))])
            }
        }
    }

    private func write<T>(_ body: () throws -> T) throws -> T {
        try session.transaction(lock: PostgresSchema.writerLock, body)
    }

    private func read<T>(_ body: () throws -> T) throws -> T {
        try session.transaction("ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    // MARK: - Writing

    func contentHashes(ids: [String]) throws -> [String: String] {
        var hashes: [String: String] = [:]
        for row in try session.query("SELECT id, content_hash FROM article WHERE id = ANY($1)", [.texts(ids)]) {
            if let id = row.text(0), let hash = row.text(1) { hashes[id] = hash }
        }
        return hashes
    }

    func write(_ batch: [ArticleRows]) throws -> IngestCounts {
        try write {
            var counts = IngestCounts()
            // The stored hashes these articles are compared with, read at once.
            var hashOfSeq: [Int64: String] = [:]
            var stored: [String: (seq: Int64, hash: String)] = [:]
            let seqs = batch.compactMap(\.columns.seq), ids = batch.filter { $0.columns.seq == nil }.map(\.columns.id)
            if !seqs.isEmpty {
                for row in try session.query("SELECT seq, content_hash FROM article WHERE seq = ANY($1)", [.integers(seqs)]) {
                    if let seq = row.integer(0), let hash = row.text(1) { hashOfSeq[seq] = hash }
                }
            }
            if !ids.isEmpty {
                for row in try session.query("SELECT id, seq, content_hash FROM article WHERE id = ANY($1)", [.texts(ids)]) {
                    if let id = row.text(0), let seq = row.integer(1), let hash = row.text(2) { stored[id] = (seq, hash) }
                }
            }
            var derived: [(seq: Int64, rows: DerivedRows)] = []
            for rows in batch {
                let replaced: Int64?
                if let seq = rows.columns.seq {
                    // Skip a row another process changed meanwhile.
                    guard hashOfSeq[seq] == rows.columns.contentHash else { counts.unchanged += 1; continue }
                    replaced = seq
                } else {
                    let existing = stored[rows.columns.id]
                    if existing?.hash == rows.columns.contentHash { counts.unchanged += 1; continue }
                    replaced = existing?.seq
                }
                let seq = try save(rows.columns, replacing: replaced)
                // A later copy of this article in the same batch compares with this one.
                stored[rows.columns.id] = (seq, rows.columns.contentHash)
                derived.append((seq, rows.derived))
                if replaced == nil { counts.added += 1 } else { counts.replaced += 1 }
            }
            try writeDerived(derived)
            return counts
        }
    }

    /// Inserts an `article` row, or updates row `seq`; returns its row number.
    private func save(_ row: ArticleColumns, replacing seq: Int64?) throws -> Int64 {
        let columns = ArticleColumns.postgresColumns
        let values = row.postgresValues
        let placeholders = (1...values.count).map { "$\($0)" }
        if let seq {
            let assignments = zip(columns, placeholders).map { "\($0) = \($1)" }.joined(separator: ", ")
            try session.query("UPDATE article SET \(assignments) WHERE seq = $\(values.count + 1)", values + [.integer(seq)])
            return seq
        }
        let inserted = try session.query("""
            INSERT INTO article (\(columns.joined(separator: ", "))) VALUES (\(placeholders.joined(separator: ", "))) RETURNING seq
            """, values)
        guard let seq = inserted.first?.integer(0) else {
            throw StoreError.database(path: location, message: "inserting article '\(row.id)' gave no row number")
        }
        return seq
    }

    /// Replaces the entity, mention, interaction and evidence rows of these articles (in
    /// order): one statement per table for the whole batch, its rows sent as arrays that the
    /// server unnests. The result is the rows one article at a time would give.
    private func writeDerived(_ articles: [(seq: Int64, rows: DerivedRows)]) throws {
        guard !articles.isEmpty else { return }
        let seqs = articles.map(\.seq)
        try session.query("DELETE FROM mention WHERE article_seq = ANY($1)", [.integers(seqs)])
        try session.query("DELETE FROM interaction WHERE article_seq = ANY($1)", [.integers(seqs)])

        // A stakeholder keeps its first kind and its longest name (the first of that length), as
        // one upsert per article would leave it; one row per id, since an upsert may not touch a row twice.
        var entities: [String: (order: Int, name: String, kind: String)] = [:]
        var mention = (seq: [Int64](), id: [String](), count: [Int64](), aliases: [String]())
        for (seq, rows) in articles {
            for s in rows.stakeholders {
                if let known = entities[s.id] {
                    if s.name.unicodeScalars.count > known.name.unicodeScalars.count { entities[s.id]?.name = s.name } // as SQL length()
                } else {
                    entities[s.id] = (entities.count, s.name, s.kind)
                }
                mention.seq.append(seq)
                mention.id.append(s.id)
                mention.count.append(Int64(s.mentions))
                mention.aliases.append(s.aliases)
            }
        }
        if !entities.isEmpty {
            let ordered = entities.sorted { $0.value.order < $1.value.order }
            try session.query("""
                INSERT INTO entity (id, name, kind) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
                ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE length(excluded.name) > length(entity.name)
                """, [.texts(ordered.map(\.key)), .texts(ordered.map(\.value.name)), .texts(ordered.map(\.value.kind))])
            try session.query("""
                INSERT INTO mention (article_seq, entity_id, mentions, aliases) SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[])
                ON CONFLICT (article_seq, entity_id) DO UPDATE SET mentions = excluded.mentions, aliases = excluded.aliases
                """, [.integers(mention.seq), .texts(mention.id), .integers(mention.count), .texts(mention.aliases)])
        }

        let acts = articles.flatMap { article in article.rows.acts.map { (article.seq, $0) } }
        if !acts.isEmpty {
            let ids = try session.query("SELECT nextval(pg_get_serial_sequence('interaction', 'id')) FROM generate_series(1, $1)",
                                        [.integer(Int64(acts.count))]).compactMap { $0.integer(0) }
            guard ids.count == acts.count else { throw StoreError.database(path: location, message: "the interaction ids ran short") }
            // Arrays hold no NULL here: an undated act's dates travel as '' and become NULL again.
            try session.query("""
                INSERT INTO interaction (id, article_seq, source, target, type, date, date_start, date_end, confidence)
                SELECT i, a, s, t, y, NULLIF(d, ''), NULLIF(ds, ''), NULLIF(de, ''), c
                FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::float8[])
                  AS x(i, a, s, t, y, d, ds, de, c)
                """, [.integers(ids), .integers(acts.map(\.0)), .texts(acts.map(\.1.source)), .texts(acts.map(\.1.target)),
                      .texts(acts.map(\.1.type)), .texts(acts.map { $0.1.date ?? "" }), .texts(acts.map { $0.1.dateStart ?? "" }),
                      .texts(acts.map { $0.1.dateEnd ?? "" }), .reals(acts.map(\.1.confidence))])
            var owner: [Int64] = [], position: [Int64] = [], sentence: [String] = [], start: [Int64] = [], end: [Int64] = [], cue: [String] = []
            for ((_, act), id) in zip(acts, ids) {
                for (n, span) in act.evidence.enumerated() {
                    owner.append(id)
                    position.append(Int64(n))
                    sentence.append(span.sentence)
                    start.append(Int64(span.start))
                    end.append(Int64(span.end))
                    cue.append(span.cue)
                }
            }
            try session.query("""
                INSERT INTO evidence (interaction_id, position, sentence, start, "end", cue)
                SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[], $4::int[], $5::int[], $6::text[])
                """, [.integers(owner), .integers(position), .texts(sentence), .integers(start), .integers(end), .texts(cue)])
        }
        try session.query("DELETE FROM entity WHERE NOT EXISTS (SELECT 1 FROM mention WHERE mention.entity_id = entity.id)")
    }

    // MARK: - Reading

    func articlesToReindex(all: Bool) throws -> [Int64] {
        let rows = all ? try session.query("SELECT seq FROM article ORDER BY seq")
            : try session.query("SELECT seq FROM article WHERE extractor_version != $1 ORDER BY seq", [.text(Extractor.version)])
        return rows.compactMap { $0.integer(0) }
    }

    func storedArticles(seqs: [Int64]) throws -> [StoredArticle] {
        try articles(where: "seq = ANY($1)", [.integers(seqs)])
    }

    func snapshot(filter: ExtractionFilter) throws -> (articles: [StoredArticle], rules: [CorrectionRule]) {
        let (sql, arguments) = filter.condition(placeholder: { "$\($0)" }, member: { "\($0) = ANY(\($1))" })
        let values: [PostgresSession.Value] = arguments.map {
            switch $0 {
            case .text(let text): return .text(text)
            case .list(let list): return .texts(list)
            }
        }
        return try read { (try articles(where: sql, values), try rules()) }
    }

    private func articles(where condition: String, _ values: [PostgresSession.Value]) throws -> [StoredArticle] {
        let columns = (["seq"] + ArticleColumns.postgresColumns).joined(separator: ", ")
        return try session.query("SELECT \(columns) FROM article WHERE \(condition) ORDER BY seq", values).map {
            try ArticleColumns(postgres: $0, location: location).stored(location: location)
        }
    }

    // MARK: - Rules

    func rules() throws -> [CorrectionRule] {
        try session.query("SELECT kind, subject, object FROM rule ORDER BY id").compactMap { row in
            guard let kind = row.text(0), let subject = row.text(1), let object = row.text(2) else { return nil }
            return CorrectionRule(kind: kind, subject: subject, object: object)
        }
    }

    func add(_ rule: CorrectionRule, derive: (StoredArticle, [CorrectionRule]) -> DerivedRows) throws {
        let (subject, object) = rule.columns
        try write {
            try session.query("INSERT INTO rule (kind, subject, object, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                              [.text(rule.kind), .text(subject), .text(object), .text(ISO8601DateFormatter().string(from: Date()))])
            let rules = try rules()
            try writeDerived(try articles(where: "TRUE", []).map { ($0.seq, derive($0, rules)) })
        }
    }

    // MARK: - Counting and checking

    func statistics() throws -> StoreStatistics {
        try read {
            try StoreStatistics(query: { sql in
                try session.query(sql).map { ($0.text(0) ?? "", Int($0.integer(1) ?? 0)) }
            })
        }
    }

    /// The store's invariants (PostgreSQL enforces its foreign keys itself): every stored
    /// record decodes, and each article has exactly the interactions its extraction recorded.
    func consistencyProblems() throws -> [String] {
        try read {
            var problems: [String] = []
            for row in try session.query("SELECT id, record FROM article ORDER BY seq") where !StoredArticle.decodes(row.bytes(1) ?? Data()) {
                problems.append("article \(row.text(0) ?? "?"): its stored record does not decode")
            }
            problems += try session.query(StoreStatistics.lackingInteractionsSQL).map { "article \($0.text(0) ?? "?") lacks interactions" }
            return problems
        }
    }
}
