import Foundation

/// What one article yields before entities are linked across articles: the input of the
/// linking step, kept by a store so that linking stored records gives exactly what
/// `Extractor.extract(_:)` gives on the same articles, without recognising them again.
public struct ArticleRecord: Sendable, Hashable, Codable {
    public var article: Article
    /// The article's local entities, mention counts and interactions (opaque, `Codable`).
    public var local: LocalExtraction

    public init(article: Article, local: LocalExtraction) {
        self.article = article
        self.local = local
    }
}

/// The per-article part of an `ArticleRecord`: local entities and interactions between
/// local entity indexes. Its fields are internal: only the extractor reads them.
public struct LocalExtraction: Sendable, Hashable, Codable {
    struct RecordedEntity: Sendable, Hashable, Codable {
        var name: String
        var kind: EntityKind
        var aliases: [String]
        var role: String?
        var affiliation: Int?
        var affiliationName: String?
        var gender: Gender
        var orgKind: String?
        var acronyms: [String]
        var firstName: String?
        var surname: String?
        var dictionaryPerson: Int?
        var dictionaryOrganisation: Int?
    }

    struct RecordedInteraction: Sendable, Hashable, Codable {
        var source: Int
        var target: Int
        var type: InteractionType
        var date: EventDate?
        var dateIsExplicit: Bool
        var sentence: Int
        var cue: String
        var confidence: Double
    }

    var entities: [RecordedEntity]
    var mentionCounts: [Int]
    var interactions: [RecordedInteraction]
}

extension Extractor {
    /// Extracts one article: its record for a store, and the article's extraction on its own
    /// (ids as if no other article existed).
    public func record(_ article: Article) -> (record: ArticleRecord, extraction: Extraction) {
        let result = extractArticle(article)
        return (ArticleRecord(article: article, local: LocalExtraction(result)), link([result]))
    }

    /// `record(_:)` for every article, on all cores, in the articles' order.
    public func records(_ articles: [Article]) -> [(record: ArticleRecord, extraction: Extraction)] {
        inParallel(articles) { self.record($0) }
    }

    /// Links stored records across articles, in order: the same `Extraction` as
    /// `extract(_:)` on the records' articles.
    public func link(_ records: [ArticleRecord]) -> Extraction {
        link(records.map { $0.result(abbreviations: lexicon.abbreviations) })
    }
}

extension ArticleRecord {
    /// The in-memory result the linker takes; the text is tokenised again only when the
    /// article has interactions (their evidence needs the sentences).
    func result(abbreviations: Set<String>) -> Extractor.ArticleResult {
        Extractor.ArticleResult(
            article: article,
            entities: local.entities.map(LocalEntity.init),
            mentionCounts: local.mentionCounts,
            interactions: local.interactions.map(FoundInteraction.init),
            doc: Document(text: local.interactions.isEmpty ? "" : article.text, abbreviations: abbreviations)
        )
    }
}

extension LocalExtraction {
    init(_ result: Extractor.ArticleResult) {
        entities = result.entities.map(RecordedEntity.init)
        mentionCounts = result.mentionCounts
        interactions = result.interactions.map(RecordedInteraction.init)
    }
}

extension LocalExtraction.RecordedEntity {
    init(_ e: LocalEntity) {
        self.init(name: e.name, kind: e.kind, aliases: e.aliases, role: e.role, affiliation: e.affiliation,
                  affiliationName: e.affiliationName, gender: e.gender, orgKind: e.orgKind, acronyms: e.acronyms,
                  firstName: e.firstName, surname: e.surname, dictionaryPerson: e.dictionaryPerson,
                  dictionaryOrganisation: e.dictionaryOrganisation)
    }
}

extension LocalEntity {
    init(_ r: LocalExtraction.RecordedEntity) {
        self.init(name: r.name, kind: r.kind, aliases: r.aliases, role: r.role, affiliation: r.affiliation,
                  affiliationName: r.affiliationName, gender: r.gender, orgKind: r.orgKind, acronyms: r.acronyms,
                  firstName: r.firstName, surname: r.surname, dictionaryPerson: r.dictionaryPerson,
                  dictionaryOrganisation: r.dictionaryOrganisation)
    }
}

extension LocalExtraction.RecordedInteraction {
    init(_ f: FoundInteraction) {
        self.init(source: f.source, target: f.target, type: f.type, date: f.date, dateIsExplicit: f.dateIsExplicit,
                  sentence: f.sentence, cue: f.cue, confidence: f.confidence)
    }
}

extension FoundInteraction {
    init(_ r: LocalExtraction.RecordedInteraction) {
        self.init(source: r.source, target: r.target, type: r.type, date: r.date, dateIsExplicit: r.dateIsExplicit,
                  sentence: r.sentence, cue: r.cue, confidence: r.confidence, rule: "stored")
    }
}

extension Entity {
    /// The id the extractor gives a stakeholder of this name and kind when no dictionary or
    /// acronym decides otherwise (`org:national-education-union`).
    public static func id(forName name: String, kind: EntityKind) -> String {
        (kind == .person ? "person:" : "org:") + EntityLinker.slug(name)
    }
}
