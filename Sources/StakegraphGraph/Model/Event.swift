import StakegraphExtraction

/// One act in the corpus: an interaction with every report of it, from any article or outlet.
public struct Event: Sendable, Hashable, Codable {
    public var source: String
    public var target: String
    public var type: InteractionType
    public var date: EventDate?
    /// Every report of the act: article id, outlet and evidence.
    public var reports: [Report]

    /// One article's account of an event.
    public struct Report: Sendable, Hashable, Codable {
        public var article: String
        public var outlet: String?
        public var articleDate: EventDate?
        public var source: String?
        public var evidence: Evidence
        public var confidence: Double

        public init(article: String, outlet: String?, articleDate: EventDate?, source: String?, evidence: Evidence, confidence: Double) {
            self.article = article
            self.outlet = outlet
            self.articleDate = articleDate
            self.source = source
            self.evidence = evidence
            self.confidence = confidence
        }
    }

    public init(source: String, target: String, type: InteractionType, date: EventDate?, reports: [Report]) {
        self.source = source
        self.target = target
        self.type = type
        self.date = date
        self.reports = reports
    }

    /// Articles reporting the event, without repeats, in report order.
    public var articles: [String] {
        var seen = Set<String>()
        return reports.map(\.article).filter { seen.insert($0).inserted }
    }
}
