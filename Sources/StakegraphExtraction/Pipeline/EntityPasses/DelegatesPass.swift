/// "Delegates backed a motion": those gathered at the one body's conference the article
/// reports act as that body.
struct DelegatesPass: EntityPass {
    let id = "entities.delegates"

    func run(_ state: inout RecognitionState) {
        state.resolveDelegates()
    }
}
