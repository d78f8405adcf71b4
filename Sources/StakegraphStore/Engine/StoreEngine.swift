import StakegraphExtraction

/// What a database does for `CorpusStore`, which extracts, links and applies rules itself:
/// SQLite (`SQLiteEngine`) and PostgreSQL (`PostgresEngine`) implement it. Each writing method
/// is one transaction, and each reading method reads one snapshot, so that readers see whole
/// batches only while other processes write.
protocol StoreEngine: Sendable {
    /// How messages name the store: the file, or the URL without its password.
    var location: String { get }

    /// The content hash stored for each of `ids` that is stored.
    func contentHashes(ids: [String]) throws -> [String: String]

    /// Writes a batch in one transaction. An article without `seq` is skipped when its id is
    /// stored with the same content hash, replaces the stored one (keeping its place) when the
    /// hash differs, and is added otherwise; one with `seq` replaces that row only when the row
    /// still holds the same content hash (another process did not change it meanwhile).
    func write(_ batch: [ArticleRows]) throws -> IngestCounts

    /// The rows (in corpus order) of the articles recorded by another extractor version, or all.
    func articlesToReindex(all: Bool) throws -> [Int64]

    /// The stored articles at these rows, in corpus order.
    func storedArticles(seqs: [Int64]) throws -> [StoredArticle]

    /// The articles the filter selects, in corpus order, and the rules, from one snapshot.
    func snapshot(filter: ExtractionFilter) throws -> (articles: [StoredArticle], rules: [CorrectionRule])

    /// The correction rules, in the order they apply.
    func rules() throws -> [CorrectionRule]

    /// In one transaction: adds `rule` (once), then rewrites every article's derived rows with
    /// what `derive` makes of its stored record and all rules.
    func add(_ rule: CorrectionRule, derive: (StoredArticle, [CorrectionRule]) -> DerivedRows) throws

    func statistics() throws -> StoreStatistics

    /// Problems the database's own checks and the store's invariants find; empty when sound.
    func consistencyProblems() throws -> [String]
}

/// What one write did.
struct IngestCounts: Sendable, Hashable {
    var added = 0
    var replaced = 0
    var unchanged = 0
}
