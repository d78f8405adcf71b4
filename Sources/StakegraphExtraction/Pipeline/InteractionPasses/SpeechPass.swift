/// The speech layer: each quote's speakers (and addressee), the speakers of reported speech, and
/// the first, second and third persons inside quotes ("we", "our members", "you", "their demands").
struct SpeechPass: InteractionPass {
    let id = "speech"

    func run(_ finder: inout InteractionFinder) {
        finder.attributeQuotes()
        finder.registerReportedSpeakers()
        finder.resolveQuotedPronouns()
        finder.resolveQuotedPluralPronouns()
        finder.resolveReportedSubjects()
        finder.resolveBothPronouns()
        finder.addPersonalPronouns()
    }
}
