/// An interaction found in one article, between local entity indexes, before linking (a store
/// keeps it as it is, `Codable`, in the article's record).
struct FoundInteraction: Sendable, Hashable, Codable {
    var source: Int
    var target: Int
    var type: InteractionType
    var date: EventDate?
    /// True when a time expression gave the date (not the article's date by default).
    var dateIsExplicit = false
    /// Sentence index in the document.
    var sentence: Int
    var cue: String
    var confidence: Double
    /// The rule that made it ("cue.criticism.passive", "speech.stance", "response.bare"), for `--explain`.
    var rule: String
}

extension FoundInteraction {
    /// Reads a stored interaction; records stored before the rule was kept say "stored".
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decode(Int.self, forKey: .source)
        target = try c.decode(Int.self, forKey: .target)
        type = try c.decode(InteractionType.self, forKey: .type)
        date = try c.decodeIfPresent(EventDate.self, forKey: .date)
        dateIsExplicit = try c.decode(Bool.self, forKey: .dateIsExplicit)
        sentence = try c.decode(Int.self, forKey: .sentence)
        cue = try c.decode(String.self, forKey: .cue)
        confidence = try c.decode(Double.self, forKey: .confidence)
        rule = try c.decodeIfPresent(String.self, forKey: .rule) ?? "stored"
    }
}
