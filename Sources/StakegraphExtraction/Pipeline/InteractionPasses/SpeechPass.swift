/// The speech layer: each quote's speakers (and addressee), the speakers of reported speech, and
/// the first and second persons inside quotes ("we", "our members", "you").
struct SpeechPass: InteractionPass {
    let id = "speech"

    func run(_ finder: inout InteractionFinder) {
        finder.attributeQuotes()
        finder.registerReportedSpeakers()
        finder.resolveQuotedPronouns()
        finder.resolveReportedSubjects()
        finder.resolveBothPronouns()
        finder.addPersonalPronouns()
    }
}
