import ArgumentParser
import StakegraphExtraction
import StakegraphGraph
import StakegraphRender

/// The graph view and filters the reading commands share.
struct GraphOptions: ParsableArguments {
    @Option(help: "The level drawn (default: person; a diagram of more than \(LayoutEngine.largeGraphThreshold) stakeholders is drawn at organisation level).")
    var level: GraphLevel?

    @OptionGroup var dates: DateRangeOptions

    @Option(name: .customLong("type"), help: "Keep only this interaction type (repeatable).")
    var types: [InteractionType] = []

    @Option(name: .customLong("focus"), help: "Keep the ego network of this stakeholder (id, name or alias; repeatable).")
    var focus: [String] = []

    @Flag(name: .customLong("named-only"), help: "A --focus organisation stands for itself only, not for the people who belonged to it on their acts' dates.")
    var namedOnly = false

    @Option(name: [.customLong("depth"), .customLong("radius")], parsing: .unconditional,
            help: "Ego-network depth (radius) around --focus: 1 keeps its direct partners.")
    var depth: Int = 1

    @Option(name: .customLong("min-weight"), parsing: .unconditional, help: "Drop relationships with fewer events than this.")
    var minimumWeight: Int = 1

    /// The date range of --from/--to, or nil when neither is given.
    var dateRange: DateRange? { dates.range }

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth must be 0 or more.") }
        if minimumWeight < 1 { throw ValidationError("--min-weight must be 1 or more.") }
    }

    func filter() throws -> GraphFilter {
        GraphFilter(dates: dateRange, types: types.isEmpty ? nil : Set(types), focus: focus, depth: depth, minimumWeight: minimumWeight,
                    focusIncludesMembers: !namedOnly)
    }

    /// The corpus graph of `extraction` at the chosen level (person by default) and filters.
    func graph(of extraction: Extraction) throws -> StakeholderGraph {
        try StakeholderGraph(extraction: extraction).shown(level: level ?? .person, filter: filter())
    }

    /// The graph a diagram draws: at --level, or without one at person level up to
    /// `LayoutEngine.largeGraphThreshold` stakeholders and organisation level beyond, with the
    /// number of people rolled up then (see `StakeholderGraph.readableView`).
    func drawnGraph(of extraction: Extraction) throws -> (graph: StakeholderGraph, rolledUpFrom: Int?) {
        try drawnGraph(of: StakeholderGraph(extraction: extraction))
    }

    /// `drawnGraph(of:)` from the corpus graph already built.
    func drawnGraph(of corpus: StakeholderGraph) throws -> (graph: StakeholderGraph, rolledUpFrom: Int?) {
        guard let level else { return try corpus.readableView(filter: filter()) }
        return (try corpus.shown(level: level, filter: filter()), nil)
    }

    /// The people of an organisation-level `graph` drawn from `corpus` with these filters, for the
    /// report's level filter; nil for other levels (a person-level graph rolls up by itself).
    func people(of graph: StakeholderGraph, in corpus: StakeholderGraph) throws -> StakeholderGraph? {
        graph.level == .organisation ? try corpus.shown(level: .person, filter: filter()) : nil
    }
}
