/// Bodies and their people described rather than named ("the head of X", "members of X",
/// "a spokesperson for X", "Its general secretary, Y,") and possessive pronouns ("its").
struct DescribedBodiesPass: InteractionPass {
    let id = "descriptions"

    func run(_ finder: inout InteractionFinder) {
        finder.resolveBodyDescriptions()
        finder.resolvePossessivePronouns()
    }
}
