/// What speakers say of the stakeholders they name (rules `speech.stance`, `speech.feeling`),
/// feelings the narrator reports of its subjects (`narrative.feeling`) and grades one body gives
/// another ("rated the trust inadequate": `narrative.rating`). After the acts, so
/// that a cue's words are not read again as an opinion.
struct StancePass: InteractionPass {
    let id = "speech.stance"

    func run(_ finder: inout InteractionFinder) {
        for s in finder.doc.sentences.indices {
            finder.findSpeechSentiment(in: s)
            finder.findNarrativeStates(in: s)
            finder.findRatings(in: s)
        }
    }
}
