/// Newspapers and broadcasters that only report ("told the BBC", "writing in the Times") are
/// no stakeholders; the mention layer is indexed for the passes after.
struct ReportingMediaPass: EntityPass {
    let id = "entities.media"

    func run(_ state: inout RecognitionState) {
        state.dropMediaThatOnlyReport()
        state.result.index()
    }
}
