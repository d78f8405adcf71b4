/// An interaction found in one article, between local entity indexes, before linking.
struct FoundInteraction {
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
