import StakegraphGraph

extension StakeholderGraph {
    /// The view a diagram draws when no level is asked for: person level up to
    /// `LayoutEngine.largeGraphThreshold` stakeholders, organisation level beyond (people rolled
    /// up to the organisation they belonged to on each act's date) when that draws fewer, with the number of
    /// person-level stakeholders when it was rolled up (for the caption, `DiagramOptions.rolledUpFrom`).
    /// Call it on the corpus graph (person level); a focus or depth that names nobody throws as
    /// `shown(level:filter:)` does.
    /// - Complexity: one person-level view, and one organisation-level view when it is too large.
    public func readableView(filter: GraphFilter = GraphFilter()) throws(GraphQueryError) -> (graph: StakeholderGraph, rolledUpFrom: Int?) {
        let people = try shown(level: .person, filter: filter)
        let count = TopStakeholders.stakeholderCount(of: people)
        guard count > LayoutEngine.largeGraphThreshold else { return (people, nil) }
        let organisations = try shown(level: .organisation, filter: filter)
        // People without an organisation stay as they are: a roll-up that leaves as many is none.
        guard TopStakeholders.stakeholderCount(of: organisations) < count else { return (people, nil) }
        return (organisations, count)
    }
}
