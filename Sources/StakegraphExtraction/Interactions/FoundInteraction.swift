/// An interaction found in one article, between local entity indexes, before linking.
struct FoundInteraction {
    var source: Int
    var target: Int
    var type: InteractionType
    var date: EventDate?
    /// Sentence index in the document.
    var sentence: Int
    var cue: String
    var confidence: Double
}
