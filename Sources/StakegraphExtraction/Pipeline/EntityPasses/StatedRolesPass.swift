/// Roles, affiliations and kinds the text states: "X, general secretary of Y", "Y chief
/// executive X", "Clearbrook, the water company", "X ... as chief executive of Y".
struct StatedRolesPass: EntityPass {
    let id = "entities.roles"

    func run(_ state: inout RecognitionState) {
        state.attachRoles()
        state.attachKinds()
        state.attachRolesStatedWithAs()
    }
}
