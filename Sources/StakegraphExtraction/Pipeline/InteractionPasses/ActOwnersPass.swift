/// Who made each act or document the article names ("X announced a cap", "X's report", "the
/// plan announced by X"), so that "criticised the cap" is aimed at X.
struct ActOwnersPass: InteractionPass {
    let id = "acts.owners"

    func run(_ finder: inout InteractionFinder) {
        finder.actOwners = finder.findActOwners()
    }
}
