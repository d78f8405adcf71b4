import Foundation
import StakegraphExtraction

/// One article as a store writes it: its columns, its record (the extraction before linking,
/// evidence included, as JSON) and the rows derived from its own extraction with the rules.
struct ArticleRows: Sendable {
    /// The row to replace (re-extraction), or nil to add or replace by id (ingest).
    var seq: Int64?
    var article: Article
    var contentHash: String
    var extractorVersion: String
    /// `LocalExtraction` as JSON.
    var record: Data
    var ingestedAt: String
    var derived: DerivedRows

    init(seq: Int64? = nil, record: ArticleRecord, contentHash: String, extraction: Extraction, rules: [CorrectionRule], now: String) throws {
        self.seq = seq
        article = record.article
        self.contentHash = contentHash
        extractorVersion = Extractor.version
        self.record = try JSONEncoder().encode(record.local)
        ingestedAt = now
        derived = DerivedRows(article: record.article.id, extraction: extraction.applying(rules))
    }

    /// The first and last day of the article's date, as `YYYY-MM-DD`, for date filters.
    var dateBounds: (start: String, end: String)? {
        guard let bounds = article.date?.bounds else { return nil }
        return (bounds.lowerBound.description, bounds.upperBound.description)
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

    /// Rebuilds the article from its columns and decodes its record.
    /// - Throws: `StoreError.damaged` when the record does not decode.
    init(seq: Int64, contentHash: String, id: String, title: String?, date: String?, source: String?, outlet: String?, text: String,
         origin: String, record: Data, location: String) throws {
        self.seq = seq
        self.contentHash = contentHash
        let article = Article(id: id, title: title, date: date.flatMap(EventDate.init(string:)), source: source, outlet: outlet,
                              text: text, origin: origin)
        let local: LocalExtraction
        do { local = try JSONDecoder().decode(LocalExtraction.self, from: record) } catch {
            throw StoreError.damaged(path: location, message: "the stored record of article '\(id)' does not decode")
        }
        self.record = ArticleRecord(article: article, local: local)
    }

    /// Whether a stored record decodes (for the consistency check).
    static func decodes(_ record: Data) -> Bool {
        (try? JSONDecoder().decode(LocalExtraction.self, from: record)) != nil
    }
}
