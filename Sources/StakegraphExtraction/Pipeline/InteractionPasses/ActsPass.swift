/// Reported acts, sentence by sentence: response triggers first (their words are no other cue's),
/// then the cue phrases of the five types with their actors and targets (rules `response.*`
/// and `cue.*`).
struct ActsPass: InteractionPass {
    let id = "cue"

    func run(_ finder: inout InteractionFinder) {
        for s in finder.doc.sentences.indices {
            finder.findResponses(in: s)
            finder.findCues(in: s)
        }
    }
}
