import Foundation
import StakegraphExtraction

/// A corpus kept in a database: articles with their extraction, corrections as rules. The
/// database is an SQLite file (the default) or a PostgreSQL database (`postgres://` URL) that
/// several people add to and read at once; both give the same results.
///
/// Articles are added with `ingest(_:)` (an unchanged article is skipped, a changed one
/// replaces its old extraction) and read back with `extraction(filter:)`, which links the
/// stored per-article records across articles exactly as `Extractor.extract(_:)` does on the
/// same articles, then applies the correction rules. Readers see whole batches only.
public final class CorpusStore: Sendable {
    /// How messages name the store: the database file, or the URL without its password.
    public let path: String
    /// Extracts new articles and links stored ones (its dictionary decides ids and affiliations).
    public let extractor: Extractor
    let engine: any StoreEngine

    /// Opens the store at `path` (a file, or a `postgres://` URL), creating it (when `create`
    /// is true) or upgrading its schema.
    /// - Parameter forWriting: for a file, run SQLite's quick check first, before anything is
    ///   written to it (ingest, reindex and rules write; a read may skip the check).
    /// - Throws: `StoreError.missing` when there is no store and `create` is false,
    ///   `.notADatabase` for a file that is not SQLite, `.notAStore` or `.otherSchema` for
    ///   someone else's database, `.damaged` when the quick check finds damage, `.badAddress`,
    ///   `.unreachable` or `.refused` for a PostgreSQL server that cannot be used.
    public convenience init(path: String, extractor: Extractor = Extractor(), create: Bool = true, forWriting: Bool = true) throws {
        try self.init(location: try StoreLocation(path), extractor: extractor, create: create, forWriting: forWriting)
    }

    /// Opens the store at `location`; see `init(path:extractor:create:forWriting:)`.
    public init(location: StoreLocation, extractor: Extractor = Extractor(), create: Bool = true, forWriting: Bool = true) throws {
        switch location {
        case .file(let path):
            engine = try SQLiteEngine(path: path, create: create, forWriting: forWriting)
        case .postgres(let address):
            engine = try PostgresEngine(address: address, create: create)
        }
        path = engine.location
        self.extractor = extractor
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
    /// its old extraction (and keeps its place in the corpus order). Several processes may
    /// ingest into one store at once: each article is stored once.
    /// - Parameter progress: called after each committed batch with the totals so far.
    @discardableResult
    public func ingest(_ articles: [Article], batchSize: Int = 100, progress: ((IngestSummary) -> Void)? = nil) throws -> IngestSummary {
        let rules = try engine.rules()
        var summary = IngestSummary()
        let size = max(1, batchSize)
        for start in stride(from: 0, to: articles.count, by: size) {
            let batch = articles[start..<min(start + size, articles.count)]
            let stored = try engine.contentHashes(ids: batch.map(\.id))
            // Extract outside the write transaction: readers and other writers wait only for the
            // writes. Articles are read on all cores, in the batch's order.
            let fresh = batch.map { ($0, ContentHash.of($0)) }.filter { stored[$0.0.id] != $0.1 }
            summary.unchanged += batch.count - fresh.count
            if !fresh.isEmpty {
                let now = ISO8601DateFormatter().string(from: Date())
                let records = extractor.records(fresh.map(\.0))
                let rows = try fresh.indices.map { i in
                    try ArticleRows(record: records[i].record, contentHash: fresh[i].1, extraction: records[i].extraction, rules: rules, now: now)
                }
                let counts = try engine.write(rows)
                summary.added += counts.added
                summary.replaced += counts.replaced
                summary.unchanged += counts.unchanged
                summary.batches += 1
            }
            progress?(summary)
        }
        return summary
    }

    // MARK: - Re-extracting

    /// Re-extracts stored articles recorded by another extractor version (every article when
    /// `all` is true), one transaction per batch; returns how many were re-extracted.
    @discardableResult
    public func reindex(all: Bool = false, batchSize: Int = 100, progress: ((Int) -> Void)? = nil) throws -> Int {
        let rules = try engine.rules()
        let seqs = try engine.articlesToReindex(all: all)
        var done = 0
        let size = max(1, batchSize)
        for start in stride(from: 0, to: seqs.count, by: size) {
            let stored = try engine.storedArticles(seqs: Array(seqs[start..<min(start + size, seqs.count)]))
            let now = ISO8601DateFormatter().string(from: Date())
            let redone = extractor.records(stored.map(\.record.article))
            let rows = try stored.indices.map { i in
                try ArticleRows(seq: stored[i].seq, record: redone[i].record, contentHash: stored[i].contentHash,
                                extraction: redone[i].extraction, rules: rules, now: now)
            }
            _ = try engine.write(rows)
            done += rows.count
            progress?(done)
        }
        return done
    }

    // MARK: - Reading

    /// The stored corpus as one extraction: the filtered articles' records linked across
    /// articles in corpus order, with the correction rules applied. With no filter this equals
    /// extracting the stored articles from their files (then applying the rules).
    public func extraction(filter: ExtractionFilter = ExtractionFilter()) throws -> Extraction {
        let (stored, rules) = try engine.snapshot(filter: filter)
        return extractor.link(stored.map(\.record)).applying(rules)
    }

    /// The stored articles (text and metadata) the filter selects, in corpus order.
    public func articles(filter: ExtractionFilter = ExtractionFilter()) throws -> [Article] {
        try engine.snapshot(filter: filter).articles.map(\.record.article)
    }

    // MARK: - Rules

    /// The correction rules, in the order they apply.
    public func rules() throws -> [CorrectionRule] {
        try engine.rules()
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
        try engine.add(rule) { stored, rules in
            DerivedRows(article: stored.record.article.id, extraction: extractor.link([stored.record]).applying(rules))
        }
    }

    // MARK: - Counting and checking

    /// Counts per outlet, year, interaction type and entity kind, from the indexed tables.
    public func statistics() throws -> StoreStatistics {
        try engine.statistics()
    }

    /// Problems found by the database's own checks (SQLite's full integrity and foreign-key
    /// checks) and by the store's invariants (each article has exactly the interactions its
    /// extraction recorded, and every stored record decodes); empty when sound.
    public func consistencyProblems() throws -> [String] {
        try engine.consistencyProblems()
    }
}
