import Foundation
import StakegraphExtraction

/// One article as a store writes it: its `article` row and the rows derived from its own
/// extraction with the rules.
struct ArticleRows: Sendable {
    var columns: ArticleColumns
    var derived: DerivedRows

    /// - Parameter seq: the row to replace (re-extraction), or nil to add or replace by id (ingest).
    init(seq: Int64? = nil, record: ArticleRecord, contentHash: String, extraction: Extraction, rules: [CorrectionRule], now: String) throws {
        derived = DerivedRows(article: record.article.id, extraction: extraction.applying(rules))
        columns = try ArticleColumns(seq: seq, record: record, contentHash: contentHash, interactionCount: derived.acts.count, now: now)
    }
}

/// The `article` table's row, the same on both engines: the article's metadata and text, its
/// content hash, the extractor version, and its record (the extraction before linking,
/// evidence included, as JSON).
struct ArticleColumns: Sendable, Hashable, Codable {
    /// Corpus order; nil until the row is inserted.
    var seq: Int64?
    var id: String
    var title: String?
    var date: String?
    /// The first and last day of the date, `YYYY-MM-DD`, for date filters.
    var dateStart: String?
    var dateEnd: String?
    var outlet: String?
    var source: String?
    var origin: String
    var text: String
    var contentHash: String
    var extractorVersion: String
    /// `LocalExtraction` as JSON.
    var record: Data
    var interactionCount: Int
    var ingestedAt: String

    init(seq: Int64?, record: ArticleRecord, contentHash: String, interactionCount: Int, now: String) throws {
        let a = record.article
        let bounds = a.date?.bounds
        self.seq = seq
        id = a.id
        title = a.title
        date = a.date?.description
        dateStart = bounds?.lowerBound.description
        dateEnd = bounds?.upperBound.description
        outlet = a.outlet
        source = a.source
        origin = a.origin
        text = a.text
        self.contentHash = contentHash
        extractorVersion = Extractor.version
        self.record = try JSONEncoder().encode(record.local)
        self.interactionCount = interactionCount
        ingestedAt = now
    }

    /// The article rebuilt from its columns, with its record decoded.
    /// - Throws: `StoreError.damaged` (naming `location`) when the record does not decode.
    func stored(location: String) throws -> StoredArticle {
        guard let seq else { throw StoreError.damaged(path: location, message: "article '\(id)' has no row number") }
        let article = Article(id: id, title: title, date: date.flatMap(EventDate.init(string:)), source: source, outlet: outlet,
                              text: text, origin: origin)
        let local: LocalExtraction
        do { local = try JSONDecoder().decode(LocalExtraction.self, from: record) } catch {
            throw StoreError.damaged(path: location, message: "the stored record of article '\(id)' does not decode")
        }
        return StoredArticle(seq: seq, contentHash: contentHash, record: ArticleRecord(article: article, local: local))
    }
}

/// The rows an article's own extraction (rules applied) gives: its stakeholders with their
/// mention counts and forms, and its interactions with their evidence. Reading does not use
/// them (it links the records); they serve filters, statistics and checks.
struct DerivedRows: Sendable, Hashable {
    struct Stakeholder: Sendable, Hashable {
        var id: String
        var name: String
        var kind: String
        var mentions: Int
        /// The forms the article used, as a JSON array.
        var aliases: String
    }

    struct Act: Sendable, Hashable {
        var source: String
        var target: String
        var type: String
        var date: String?
        var dateStart: String?
        var dateEnd: String?
        var confidence: Double
        var evidence: [Evidence]
    }

    var stakeholders: [Stakeholder]
    var acts: [Act]

    init(article: String, extraction: Extraction) {
        let summary = extraction.articles.first { $0.id == article }
        let encoder = JSONEncoder()
        stakeholders = extraction.entities.filter { $0.articles.contains(article) }.map { e in
            let forms = (try? encoder.encode(summary?.aliases[e.id] ?? [])) ?? Data("[]".utf8)
            return Stakeholder(id: e.id, name: e.name, kind: e.kind.rawValue, mentions: e.mentions, aliases: String(decoding: forms, as: UTF8.self))
        }
        acts = extraction.interactions.map { x in
            let bounds = x.date?.bounds
            return Act(source: x.source, target: x.target, type: x.type.rawValue, date: x.date?.description,
                       dateStart: bounds?.lowerBound.description, dateEnd: bounds?.upperBound.description,
                       confidence: x.confidence, evidence: x.evidenceSpans)
        }
    }
}

/// An article read back from a store.
struct StoredArticle: Sendable {
    var seq: Int64
    var contentHash: String
    var record: ArticleRecord

    /// Whether a stored record decodes (for the consistency check).
    static func decodes(_ record: Data) -> Bool {
        (try? JSONDecoder().decode(LocalExtraction.self, from: record)) != nil
    }
}
