import ArgumentParser
import StakegraphExtraction
import StakegraphGraph

/// The graph view and filters the reading commands share.
struct GraphOptions: ParsableArguments {
    @Option(help: "The level drawn.")
    var level: GraphLevel = .person

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

    /// The corpus graph of `extraction` at the chosen level and filters.
    func graph(of extraction: Extraction) throws -> StakeholderGraph {
        try StakeholderGraph(extraction: extraction).shown(level: level, filter: filter())
    }
}
