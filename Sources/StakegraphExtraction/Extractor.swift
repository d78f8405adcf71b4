import Foundation

/// Extracts stakeholders and their interactions from articles and links the same
/// stakeholder across them. This is everything `stakegraph extract` does.
public struct Extractor: Sendable {
    /// Changes whenever the rules change what an article yields; stores re-extract articles
    /// recorded with another version (`stakegraph reindex`).
    public static let version = "1"

    public var dictionary: StakeholderDictionary {
        didSet {
            surfaceForms = SurfaceForms(dictionary: dictionary)
            organisationNames = Self.lowercasedNames(dictionary)
        }
    }
    public var lexicon: Lexicon
    /// The dictionary's names indexed for matching, built once rather than for every article.
    private var surfaceForms: SurfaceForms
    /// The dictionary's organisation names and aliases, lower-cased (is an outlet already known?).
    private var organisationNames: Set<String>

    public init(dictionary: StakeholderDictionary = .standard, lexicon: Lexicon = .standard) {
        self.dictionary = dictionary
        self.lexicon = lexicon
        surfaceForms = SurfaceForms(dictionary: dictionary)
        organisationNames = Self.lowercasedNames(dictionary)
    }

    private static func lowercasedNames(_ dictionary: StakeholderDictionary) -> Set<String> {
        Set(dictionary.organisations.flatMap { [$0.name.lowercased()] + $0.aliases.map { $0.lowercased() } })
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

        /// What a result is replaced with once linked, to free its memory.
        static let released = ArticleResult()

        private init() {
            article = Article(id: "", text: "", origin: "")
            entities = []
            mentionCounts = []
            interactions = []
            evidence = []
        }

        /// A result whose evidence is known already (read back from a part file or a stored
        /// record): the text is not read.
        init(article: Article, entities: [LocalEntity], mentionCounts: [Int], interactions: [FoundInteraction], evidence: [Evidence]) {
            var bare = article
            bare.text = ""
            self.article = bare
            self.entities = entities
            self.mentionCounts = mentionCounts
            self.interactions = interactions
            self.evidence = evidence
        }

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
        let cores = parallel && Self.cores > 1
        var results = cores ? inParallel(articles, extractArticle) : articles.map(extractArticle)
        return link(consuming: &results, parallel: cores)
    }

    /// Extracts every article of a stream, a batch at a time, so that only the current batch's
    /// texts are in memory: the same result as `extract(_:)` on all the stream's articles.
    /// With `parallel`, each batch is read on all cores while the next is read from disk.
    /// - Parameter batchBytes: text per batch.
    public func extract(_ stream: inout ArticleStream, parallel: Bool = true, batchBytes: Int = 8 << 20) throws -> Extraction {
        var results: [ArticleResult] = []
        let cores = parallel && Self.cores > 1
        guard cores else {
            while let batch = try stream.next(bytes: batchBytes) { results += batch.map(extractArticle) }
            return link(consuming: &results, parallel: false)
        }
        let reader = BatchReader(stream: stream, bytes: batchBytes)
        defer { stream = reader.stream }
        reader.read()
        while let batch = try reader.take() {
            let next = DispatchGroup()
            DispatchQueue.global().async(group: next) { reader.read() }
            results += inParallel(batch, extractArticle)
            next.wait()
            Self.returnFreedMemory()
        }
        return link(consuming: &results, parallel: true)
    }

    static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Hands memory freed by the last batch back to the system, so the resident size follows
    /// what is kept (glibc keeps freed memory in each thread's arena otherwise).
    static func returnFreedMemory() {
        _ = mallocTrim?(0)
    }

    /// glibc's `malloc_trim`, which Swift's Glibc module does not declare; nil elsewhere.
    private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        #else
        return nil
        #endif
    }()

    func extractArticle(_ article: Article) -> ArticleResult {
        let doc = Document(text: article.text, abbreviations: lexicon.abbreviations, lineContinuers: lexicon.lineContinuers)
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
              !organisationNames.contains(outlet.lowercased()),
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
        var copy = results
        return link(consuming: &copy, parallel: Self.cores > 1)
    }

    /// Links entities across articles (in order: ids depend on what came before), then builds
    /// each article's summary and merged interactions, a group of articles at a time on all
    /// cores, releasing each group's results as it goes so that the corpus's per-article
    /// results and the extraction are not both whole in memory.
    func link(consuming results: inout [ArticleResult], parallel: Bool) -> Extraction {
        var linker = EntityLinker(dictionary: dictionary)
        let ids = results.map { linker.add($0) }
        var extraction = Extraction()
        extraction.entities = linker.entities()
        let group = 1024
        for start in stride(from: 0, to: results.count, by: group) {
            let range = start..<min(results.count, start + group)
            let work = range.map { (results[$0], ids[$0]) }
            let linked = parallel && work.count > 1 ? inParallel(work) { self.articleOutput($0.0, ids: $0.1) } : work.map { articleOutput($0.0, ids: $0.1) }
            for (summary, interactions) in linked {
                extraction.articles.append(summary)
                extraction.interactions += interactions
            }
            for r in range { results[r] = .released }
        }
        results = []
        return extraction
    }

    /// One article's entry in the extraction's `articles`, and its interactions with their
    /// reports merged, under the linked ids.
    func articleOutput(_ result: ArticleResult, ids local: [String]) -> (ArticleSummary, [Interaction]) {
        var aliases: [String: [String]] = [:]
        for (e, entity) in result.entities.enumerated() where result.mentionCounts[e] > 0 || entity.dictionaryOrganisation == nil {
            // An article's own name for a stakeholder linked under another ("HWU" for the
            // Harbour Workers Union another article spelt out) is one of its forms here.
            let ownName = local[e].hasSuffix(":" + EntityLinker.slug(entity.name)) ? [] : [entity.name]
            aliases[local[e], default: []] += ownName + entity.aliases
        }
        let used = result.entities.indices.filter { result.mentionCounts[$0] > 0 }.map { local[$0] }
        var seen = Set<String>()
        let summary = ArticleSummary(article: result.article, entities: used.filter { seen.insert($0).inserted }, aliases: aliases)
        return (summary, merged(result, ids: local))
    }

    /// One interaction per (source, target, type) and compatible date in an article, with every sentence reporting it.
    func merged(_ result: ArticleResult, ids: [String]) -> [Interaction] {
        var out: [Interaction] = []
        var index: [String: [Int]] = [:]
        var explicit = Set<Int>()
        // Each merged interaction's evidence starts, for the duplicate test; spans are sorted
        // once at the end (one act reported by thousands of sentences stays linear).
        var spanStarts: [Set<Int>] = []
        for (f, evidence) in zip(result.interactions, result.evidence) {
            var (s, t) = (ids[f.source], ids[f.target])
            guard s != t else { continue }
            if f.type.isSymmetric, t < s { swap(&s, &t) }
            let key = "\(s)|\(t)|\(f.type.rawValue)"
            // A date the article's own date stands in for fits any other report of the act.
            if let existing = index[key]?.first(where: { !f.dateIsExplicit || !explicit.contains($0) || compatible(out[$0].date, f.date) }) {
                if spanStarts[existing].insert(evidence.start).inserted {
                    out[existing].evidenceSpans.append(evidence)
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
            spanStarts.append([evidence.start])
        }
        // In text order; starts are unique within an interaction, so the order is fully decided.
        for i in out.indices where out[i].evidenceSpans.count > 1 {
            out[i].evidenceSpans.sort { $0.start < $1.start }
            out[i].evidence = out[i].evidenceSpans[0]
        }
        return out
    }

    private func compatible(_ a: EventDate?, _ b: EventDate?) -> Bool {
        guard let a, let b else { return true }
        return a.lies(inside: b) || b.lies(inside: a) || a.bounds.overlaps(b.bounds)
    }
}

/// Reads a stream's batches on another thread, one ahead of extraction: `read()` and
/// `take()` alternate, never overlapping (the caller waits for `read()` to finish).
private final class BatchReader: @unchecked Sendable {
    var stream: ArticleStream
    let bytes: Int
    private var next: Result<[Article]?, Error> = .success(nil)

    init(stream: ArticleStream, bytes: Int) {
        self.stream = stream
        self.bytes = bytes
    }

    func read() { next = Result { try stream.next(bytes: bytes) } }

    func take() throws -> [Article]? { try next.get() }
}
