import Foundation

/// What one article yields before entities are linked across articles: the input of the
/// linking step, kept by a store so that linking stored records gives exactly what
/// `Extractor.extract(_:)` gives on the same articles, without reading them again.
package struct ArticleRecord: Sendable, Hashable, Codable {
    package var article: Article
    /// The article's local entities, mention counts, interactions and their evidence.
    package var local: LocalExtraction

    package init(article: Article, local: LocalExtraction) {
        self.article = article
        self.local = local
    }
}

/// The per-article part of an `ArticleRecord`: local entities and interactions between local
/// entity indexes as the extractor found them, and the sentence reporting each interaction, so
/// that linking a stored record does not tokenise its text again. Its fields are internal:
/// only the extractor reads them; a store keeps the whole as JSON.
package struct LocalExtraction: Sendable, Hashable, Codable {
    var entities: [LocalEntity]
    var mentionCounts: [Int]
    var interactions: [FoundInteraction]
    /// The sentence reporting each interaction, in `interactions`' order.
    var evidence: [Evidence]

    init(_ result: Extractor.ArticleResult) {
        entities = result.entities
        mentionCounts = result.mentionCounts
        interactions = result.interactions
        evidence = result.evidence
    }

    /// Reads a stored record; one stored before evidence was kept has none (`evidence` empty
    /// while `interactions` is not), and linking finds it in the text once more.
    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        entities = try c.decode([LocalEntity].self, forKey: .entities)
        mentionCounts = try c.decode([Int].self, forKey: .mentionCounts)
        interactions = try c.decode([FoundInteraction].self, forKey: .interactions)
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
    }
}

extension Extractor {
    /// Extracts one article: its record for a store, and the article's extraction on its own
    /// (ids as if no other article existed).
    package func record(_ article: Article) -> (record: ArticleRecord, extraction: Extraction) {
        let result = extractArticle(article)
        return (ArticleRecord(article: article, local: LocalExtraction(result)), link([result]))
    }

    /// `record(_:)` for every article, on all cores, in the articles' order.
    package func records(_ articles: [Article]) -> [(record: ArticleRecord, extraction: Extraction)] {
        inParallel(articles) { self.record($0) }
    }

    /// Links stored records across articles, in order: the same `Extraction` as
    /// `extract(_:)` on the records' articles.
    package func link(_ records: [ArticleRecord]) -> Extraction {
        link(records.map { $0.result(abbreviations: lexicon.abbreviations, lineContinuers: lexicon.lineContinuers) })
    }
}

extension ArticleRecord {
    /// The in-memory result the linker takes, with the stored evidence: the text is not read.
    func result(abbreviations: WordSet, lineContinuers: WordSet) -> Extractor.ArticleResult {
        guard local.evidence.count == local.interactions.count else {
            // A record stored before evidence was kept.
            return Extractor.ArticleResult(article: article, entities: local.entities, mentionCounts: local.mentionCounts,
                                           interactions: local.interactions, doc: Document(text: article.text, abbreviations: abbreviations, lineContinuers: lineContinuers))
        }
        return Extractor.ArticleResult(article: article, entities: local.entities, mentionCounts: local.mentionCounts,
                                       interactions: local.interactions, evidence: local.evidence)
    }
}

extension Entity {
    /// The id the extractor gives a stakeholder of this name and kind when no dictionary or
    /// acronym decides otherwise (`org:national-education-union`).
    public static func id(forName name: String, kind: EntityKind) -> String {
        (kind == .person ? "person:" : "org:") + EntityLinker.slug(name)
    }
}
