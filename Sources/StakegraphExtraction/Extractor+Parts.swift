import Foundation

extension Extractor {
    /// The map of a split extraction (`stakegraph extract --jsonl`): one line per article of
    /// `stream`, in its order, each holding the article and what it yields before linking
    /// (see `ExtractedArticle`). Batches of about `batchBytes` of text are extracted on all
    /// cores when `parallel` and handed to `write` as they are done; the bytes are those of
    /// reading the articles one by one. An empty stream writes nothing (an empty partition).
    /// Set the stream's `uniqueIDs` off: ids are made unique where the parts are read together.
    public func writeParts(_ stream: inout ArticleStream, parallel: Bool = true, batchBytes: Int = 2 << 20,
                           write: (Data) throws -> Void) throws {
        let fingerprint = dictionary.fingerprint
        let line: @Sendable (Article) -> Result<Data, any Error> = { article in
            Result { try ExtractedArticle(self.extractArticle(article), text: article.text, dictionary: fingerprint).line() }
        }
        let cores = parallel && Self.cores > 1
        while true {
            let batch: [Article]
            do {
                guard let next = try stream.next(bytes: batchBytes) else { return }
                batch = next
            } catch InputError.emptyInput {
                return
            }
            var out = Data()
            for piece in cores && batch.count > 1 ? inParallel(batch, line) : batch.map(line) { out.append(try piece.get()) }
            try write(out)
        }
    }

    /// Reads part files (`PartFiles`) in the order given and links their articles: the same
    /// `Extraction` as `extract(_:)` on their articles in that order. Ids are made unique
    /// across the parts as `ArticleStream` does; no article is read or tokenised again.
    /// - Throws: `InputError` naming the part and line of a line that cannot be read, or
    ///   `.emptyInput` when the parts hold no article.
    public func extract(parts paths: [String], parallel: Bool = true, warnings: inout [InputWarning]) throws -> Extraction {
        var results: [ArticleResult] = []
        var ids = UniqueIDs()
        try PartFiles.read(paths, linkingWith: self, parallel: parallel, warnings: &warnings) { lines in
            for line in lines {
                var article = line.article
                article.id = ids.unique(article.id)
                results.append(ArticleResult(article: article, local: line.local))
            }
        }
        if results.isEmpty { throw InputError.emptyInput(paths: paths) }
        return link(consuming: &results, parallel: parallel && Self.cores > 1)
    }
}

extension Extractor.ArticleResult {
    /// A result read back from a part file, evidence and all (the article's text is dropped).
    init(article: Article, local: LocalExtraction) {
        self.init(article: article, entities: local.entities, mentionCounts: local.mentionCounts,
                  interactions: local.interactions, evidence: local.evidence)
    }
}
