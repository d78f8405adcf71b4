import Foundation

/// One line of a part file: what `stakegraph extract --jsonl` writes for one article, and
/// everything linking needs to put it in a corpus without reading or tokenising it again.
///
/// The line starts with `{"stakegraph-extracted":1,` (the format's version), which is how
/// readers tell a part file from a corpus; then, keys sorted, the dictionary's fingerprint,
/// the extractor's version, the article (metadata and text), and its local entities, mention
/// counts, interactions and each interaction's evidence (`local`, as the store keeps it).
struct ExtractedArticle: Sendable, Codable {
    static let format = 1
    /// How every line of a part file starts.
    static let marker = "{\"stakegraph-extracted\":\(format),"

    var format: Int
    /// `Extractor.version` of the run that wrote the line.
    var extractor: String
    /// `StakeholderDictionary.fingerprint` of that run: local entities point into the dictionary by position.
    var dictionary: String
    /// The article as read (ids not yet made unique across the corpus: that happens where the parts are read together).
    var article: Article
    var local: LocalExtraction

    enum CodingKeys: String, CodingKey {
        case format = "stakegraph-extracted", extractor, dictionary, article, local
    }

    /// Every field but `format`, which `line(_:)` writes first.
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(extractor, forKey: .extractor)
        try c.encode(dictionary, forKey: .dictionary)
        try c.encode(article, forKey: .article)
        try c.encode(local, forKey: .local)
    }

    /// The line for one article's result (`text` is the article's text, which the result no longer holds).
    init(_ result: Extractor.ArticleResult, text: String, dictionary: String) {
        format = Self.format
        extractor = Extractor.version
        self.dictionary = dictionary
        article = result.article
        article.text = text
        local = LocalExtraction(result)
    }

    /// The JSON line, newline included: compact, keys sorted, the same bytes on every run.
    func line() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = try encoder.encode(self)
        var out = Data(Self.marker.utf8)
        out.append(body.dropFirst())
        out.append(0x0A)
        return out
    }

    /// Reads one line back, checking, when it is to be linked with `dictionary` (whose
    /// fingerprint is `fingerprint`), that it was extracted by this extractor with that
    /// dictionary and that its indexes hold together. Lines only read for their articles
    /// (`ingest` extracts them again) are not checked.
    /// - Throws: `InputError.malformedPart` naming the file and line.
    init(line: Substring, path: String, number: Int, linkingWith dictionary: (StakeholderDictionary, fingerprint: String)?) throws(InputError) {
        func bad(_ reason: String) -> InputError { .malformedPart(path: path, line: number, reason: reason) }
        guard line.hasPrefix("{\"stakegraph-extracted\":") else {
            throw bad("the line does not start with {\"stakegraph-extracted\":")
        }
        do {
            self = try JSONDecoder().decode(Self.self, from: Data(line.utf8))
        } catch let error as DecodingError {
            throw bad(Self.describe(error))
        } catch {
            throw bad("not valid JSON")
        }
        guard format == Self.format else { throw bad("written in part format \(format); this stakegraph reads format \(Self.format)") }
        guard let (dictionary, fingerprint) = dictionary else { return }
        guard extractor == Extractor.version else {
            throw bad("extracted by extractor version \(extractor), this stakegraph's is \(Extractor.version): extract the articles again")
        }
        guard self.dictionary == fingerprint else {
            throw bad("extracted with another stakeholder dictionary: give the same --dictionary files as to extract --jsonl")
        }
        if let problem = local.problem(dictionary: dictionary) { throw bad(problem) }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "not valid JSON"
        case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "field '\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type or value"
        case .keyNotFound(let key, let context):
            return "missing field '\((context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: "."))'"
        @unknown default:
            return "not valid JSON"
        }
    }
}

extension LocalExtraction {
    /// Why the record's indexes do not hold together (an entity or interaction pointing past
    /// the lists it indexes), or nil when they do: a hand-edited or truncated line is refused
    /// rather than linked.
    func problem(dictionary: StakeholderDictionary) -> String? {
        if mentionCounts.count != entities.count { return "'local.mentionCounts' has \(mentionCounts.count) counts for \(entities.count) entities" }
        if evidence.count != interactions.count { return "'local.evidence' has \(evidence.count) sentences for \(interactions.count) interactions" }
        for (n, e) in entities.enumerated() {
            if let a = e.affiliation, !entities.indices.contains(a) { return "entity \(n)'s affiliation \(a) is not one of its \(entities.count) entities" }
            if let p = e.dictionaryPerson, !dictionary.people.indices.contains(p) { return "entity \(n)'s dictionary person \(p) is not in the dictionary" }
            if let o = e.dictionaryOrganisation, !dictionary.organisations.indices.contains(o), o != dictionary.organisations.count {
                return "entity \(n)'s dictionary organisation \(o) is not in the dictionary"
            }
        }
        for (n, i) in interactions.enumerated() where !entities.indices.contains(i.source) || !entities.indices.contains(i.target) {
            return "interaction \(n) joins entities \(i.source) and \(i.target), not among its \(entities.count)"
        }
        return nil
    }
}
