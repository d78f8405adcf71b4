import Foundation

/// The five kinds of act the guide defines (section 2).
public enum InteractionType: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case criticism
    case support
    case meeting
    case pledge
    case response

    /// Meetings have no direction: one record per pair.
    public var isSymmetric: Bool { self == .meeting }

    /// Position in `allCases`, without a search (sorting and packed records use it).
    public var ordinal: Int {
        switch self {
        case .criticism: return 0
        case .support: return 1
        case .meeting: return 2
        case .pledge: return 3
        case .response: return 4
        }
    }

    public static func < (a: InteractionType, b: InteractionType) -> Bool {
        a.ordinal < b.ordinal
    }
}

/// The sentence an interaction was read from, located in its article.
public struct Evidence: Sendable, Hashable, Codable {
    /// The sentence as it stands in the article.
    public var sentence: String
    /// Offsets in Unicode scalars (code points) from the start of the article text; `end` is exclusive.
    public var start: Int
    public var end: Int
    /// The cue word or phrase that fired.
    public var cue: String

    public init(sentence: String, start: Int, end: Int, cue: String) {
        self.sentence = sentence
        self.start = start
        self.end = end
        self.cue = cue
    }
}

/// One directed, dated act of one stakeholder toward another, as an article reports it.
public struct Interaction: Sendable, Hashable, Codable {
    /// Entity id of the actor.
    public var source: String
    /// Entity id of the one acted upon.
    public var target: String
    public var type: InteractionType
    /// When the act happened, or nil when the article gives no way to tell.
    public var date: EventDate?
    /// Id of the article that reports it.
    public var article: String
    /// The first sentence that reports the act.
    public var evidence: Evidence
    /// Every sentence that reports it (the first included), in text order.
    public var evidenceSpans: [Evidence]
    /// 0...1: how sure the rule that found it is.
    public var confidence: Double

    public init(source: String, target: String, type: InteractionType, date: EventDate?, article: String,
                evidence: Evidence, evidenceSpans: [Evidence]? = nil, confidence: Double) {
        self.source = source
        self.target = target
        self.type = type
        self.date = date
        self.article = article
        self.evidence = evidence
        self.evidenceSpans = evidenceSpans ?? [evidence]
        self.confidence = confidence
    }

    enum CodingKeys: String, CodingKey {
        case source, target, type, date, article, evidence
        case evidenceSpans = "evidence_spans"
        case confidence
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decode(String.self, forKey: .source)
        target = try c.decode(String.self, forKey: .target)
        type = try c.decode(InteractionType.self, forKey: .type)
        date = try c.decodeIfPresent(EventDate.self, forKey: .date)
        article = try c.decode(String.self, forKey: .article)
        evidence = try c.decode(Evidence.self, forKey: .evidence)
        evidenceSpans = try c.decodeIfPresent([Evidence].self, forKey: .evidenceSpans) ?? [evidence]
        confidence = try c.decodeIfPresent(Double.self, forKey: .confidence) ?? 1
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(target, forKey: .target)
        try c.encode(type, forKey: .type)
        try c.encode(date, forKey: .date) // explicit null, as the guide asks
        try c.encode(article, forKey: .article)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(evidenceSpans, forKey: .evidenceSpans)
        try c.encode(confidence, forKey: .confidence)
    }
}
