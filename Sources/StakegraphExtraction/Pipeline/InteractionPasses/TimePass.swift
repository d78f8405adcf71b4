/// The time layer: every time expression of each sentence, and the time a narrative carries
/// into sentences that name none.
struct TimePass: InteractionPass {
    let id = "time"

    func run(_ finder: inout InteractionFinder) {
        finder.expressionsBySentence = finder.doc.sentences.map { finder.dates.expressions(in: finder.doc, range: $0.range) }
        finder.narrativeDates = finder.findNarrativeDates()
    }
}
