import Foundation

/// Extracts stakeholders and their interactions from articles and links the same
/// stakeholder across them. This is everything `stakegraph extract` does.
public struct Extractor: Sendable {
    /// Changes whenever the rules change what an article yields; stores re-extract articles
    /// recorded with another version (`stakegraph reindex`).
    public static let version = "1"

    public var dictionary: StakeholderDictionary { didSet { surfaceForms = SurfaceForms(dictionary: dictionary) } }
    public var lexicon: Lexicon
    /// The dictionary's names indexed for matching, built once rather than for every article.
    private var surfaceForms: SurfaceForms

    public init(dictionary: StakeholderDictionary = .standard, lexicon: Lexicon = .standard) {
        self.dictionary = dictionary
        self.lexicon = lexicon
        surfaceForms = SurfaceForms(dictionary: dictionary)
    }

    /// What one article yields before linking. It keeps neither the text nor its tokens (only
    /// each interaction's evidence), so a large corpus is not held in memory until linking.
    struct ArticleResult {
        /// The article without its text.
        var article: Article
        var entities: [LocalEntity]
        var mentionCounts: [Int]
        var interactions: [FoundInteraction]
        /// The sentence reporting each interaction, in `interactions`' order.
        var evidence: [Evidence]

        init(article: Article, entities: [LocalEntity], mentionCounts: [Int], interactions: [FoundInteraction], doc: Document) {
            var bare = article
            bare.text = ""
            self.article = bare
            self.entities = entities
            self.mentionCounts = mentionCounts
            self.interactions = interactions
            evidence = interactions.map { f in
                let sentence = doc.sentences[f.sentence].range
                let first = doc.tokens[sentence.lowerBound].start
                let last = doc.tokens[sentence.upperBound - 1].end
                return Evidence(sentence: doc.text(from: first, to: last), start: first, end: last, cue: f.cue)
            }
        }
    }

    /// Extracts every article, in order, and links entities across them. Articles are read on
    /// all cores; the result is the same, byte for byte, as reading them one by one.
    public func extract(_ articles: [Article], parallel: Bool = true) -> Extraction {
        guard parallel, articles.count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else {
            return link(articles.map(extractArticle))
        }
        return link(inParallel(articles, extractArticle))
    }

    /// Extracts every article of a stream, a batch at a time, so that only the current batch's
    /// texts are in memory: the same result as `extract(_:)` on all the stream's articles.
    /// - Parameter batchBytes: text per batch; each batch is read on all cores when `parallel`.
    public func extract(_ stream: inout ArticleStream, parallel: Bool = true, batchBytes: Int = 8 << 20) throws -> Extraction {
        var results: [ArticleResult] = []
        let cores = parallel && ProcessInfo.processInfo.activeProcessorCount > 1
        while let batch = try stream.next(bytes: batchBytes) {
            results += cores && batch.count > 1 ? inParallel(batch, extractArticle) : batch.map(extractArticle)
        }
        return link(results)
    }

    /// `transform` applied to every article on all cores, results in the articles' order.
    func inParallel<Value>(_ articles: [Article], _ transform: @escaping @Sendable (Article) -> Value) -> [Value] {
        let slots = Slots<Value>(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: articles.count) { i in
            slots.store(transform(articles[i]), at: i)
        }
        return slots.values()
    }

    func extractArticle(_ article: Article) -> ArticleResult {
        let doc = Document(text: article.text)
        let entities = recognizer(for: article).recognise(doc, date: article.date)
        var finder = InteractionFinder(doc: doc, lexicon: lexicon, dates: DateResolver(articleDate: article.date, lexicon: lexicon), entities: entities)
        let interactions = finder.find()
        var counts = Array(repeating: 0, count: entities.entities.count)
        for m in entities.mentions { counts[m.entity] += 1 }
        return ArticleResult(article: article, entities: entities.entities, mentionCounts: counts, interactions: interactions, doc: doc)
    }

    /// The recogniser for one article: the outlet that published it is a stakeholder when the
    /// text names it ("told Education Daily").
    func recognizer(for article: Article) -> EntityRecognizer {
        guard let outlet = article.outlet?.trimmingSpaces, outlet.count > 1,
              !dictionary.organisations.contains(where: { $0.name.lowercased() == outlet.lowercased() || $0.aliases.contains { $0.lowercased() == outlet.lowercased() } }),
              article.text.containsLiterally(outlet) else {
            return EntityRecognizer(lexicon: lexicon, dictionary: dictionary, surfaceForms: surfaceForms)
        }
        let organisation = StakeholderDictionary.Organisation(name: outlet, aliases: [], acronyms: [], kind: "newspaper")
        var withOutlet = dictionary
        withOutlet.add(organisation: organisation)
        return EntityRecognizer(lexicon: lexicon, dictionary: withOutlet,
                                surfaceForms: surfaceForms.adding(organisation, at: withOutlet.organisations.count - 1))
    }

    // MARK: - Linking across articles

    func link(_ results: [ArticleResult]) -> Extraction {
        var linker = EntityLinker(dictionary: dictionary)
        let ids = results.map { linker.add($0) }
        var extraction = Extraction()
        extraction.entities = linker.entities()
        for (r, result) in results.enumerated() {
            let local = ids[r]
            var aliases: [String: [String]] = [:]
            for (e, entity) in result.entities.enumerated() where result.mentionCounts[e] > 0 || entity.dictionaryOrganisation == nil {
                aliases[local[e], default: []] += entity.aliases
            }
            let used = result.entities.indices.filter { result.mentionCounts[$0] > 0 }.map { local[$0] }
            var seen = Set<String>()
            extraction.articles.append(ArticleSummary(article: result.article, entities: used.filter { seen.insert($0).inserted }, aliases: aliases))
            extraction.interactions += merged(result, ids: local)
        }
        return extraction
    }

    /// One interaction per (source, target, type) and compatible date in an article, with every sentence reporting it.
    func merged(_ result: ArticleResult, ids: [String]) -> [Interaction] {
        var out: [Interaction] = []
        var index: [String: [Int]] = [:]
        var explicit = Set<Int>()
        for (f, evidence) in zip(result.interactions, result.evidence) {
            var (s, t) = (ids[f.source], ids[f.target])
            guard s != t else { continue }
            if f.type.isSymmetric, t < s { swap(&s, &t) }
            let key = "\(s)|\(t)|\(f.type.rawValue)"
            // A date the article's own date stands in for fits any other report of the act.
            if let existing = index[key]?.first(where: { !f.dateIsExplicit || !explicit.contains($0) || compatible(out[$0].date, f.date) }) {
                if !out[existing].evidenceSpans.contains(where: { $0.start == evidence.start }) {
                    out[existing].evidenceSpans.append(evidence)
                    out[existing].evidenceSpans.sort { $0.start < $1.start }
                    out[existing].evidence = out[existing].evidenceSpans[0]
                }
                out[existing].confidence = max(out[existing].confidence, f.confidence)
                if f.dateIsExplicit, !explicit.contains(existing) || f.date.map({ d in out[existing].date.map { d.lies(inside: $0) } ?? true }) == true {
                    out[existing].date = f.date
                    explicit.insert(existing)
                }
                continue
            }
            index[key, default: []].append(out.count)
            if f.dateIsExplicit { explicit.insert(out.count) }
            out.append(Interaction(source: s, target: t, type: f.type, date: f.date, article: result.article.id,
                                   evidence: evidence, confidence: f.confidence))
        }
        return out
    }

    private func compatible(_ a: EventDate?, _ b: EventDate?) -> Bool {
        guard let a, let b else { return true }
        return a.lies(inside: b) || b.lies(inside: a) || a.bounds.overlaps(b.bounds)
    }
}
