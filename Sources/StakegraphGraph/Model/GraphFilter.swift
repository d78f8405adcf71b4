import StakegraphExtraction

/// Which stakeholders a graph view shows.
public enum GraphLevel: String, Sendable, Hashable, Codable, CaseIterable {
    /// Stakeholders as the articles name them.
    case person
    /// People replaced by the organisation they belonged to on each event's date;
    /// people without an affiliation valid then stay as they are.
    case organisation
    /// Both: every person-level edge, plus the organisation edges rolled up from them.
    case both
}

/// What a graph view keeps. Every part is optional; the default keeps everything.
///
/// Filters apply in this order: interaction types and dates select events, events are
/// rolled up to the view's level and aggregated into relationships, relationships lighter
/// than `minimumWeight` are dropped, then only the ego network of `focus` is kept.
public struct GraphFilter: Sendable, Hashable, Codable {
    /// Keep events whose date overlaps the range; undated events are dropped when set.
    public var dates: DateRange?
    /// Keep these interaction types only; nil keeps all five.
    public var types: Set<InteractionType>?
    /// Stakeholder ids, names or aliases (case-insensitive) whose ego network to keep.
    public var focus: [String]
    /// How many hops from a focus stakeholder the ego network reaches (0: the focus only).
    public var depth: Int
    /// Keep relationships with at least this many distinct events.
    public var minimumWeight: Int
    /// A focus organisation stands for its people too: a person who belonged to it on the
    /// date of one of their events is a focus stakeholder as well (see `Membership`).
    public var focusIncludesMembers: Bool

    public init(dates: DateRange? = nil, types: Set<InteractionType>? = nil, focus: [String] = [],
                depth: Int = 1, minimumWeight: Int = 1, focusIncludesMembers: Bool = true) {
        self.dates = dates
        self.types = types
        self.focus = focus
        self.depth = depth
        self.minimumWeight = minimumWeight
        self.focusIncludesMembers = focusIncludesMembers
    }

    /// True when an event of this type and date passes the type and date filters.
    public func admits(type: InteractionType, date: EventDate?) -> Bool {
        if let types, !types.contains(type) { return false }
        if let dates, !dates.overlaps(date) { return false }
        return true
    }
}

/// Why a graph query could not be answered.
public enum GraphQueryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No stakeholder has this id, name or alias.
    case unknownStakeholder(String)
    /// An ego-network depth below zero.
    case negativeDepth(Int)
    /// The stakeholder exists, but at this level it is rolled up into its organisation.
    case rolledUp(String, GraphLevel)

    public var description: String {
        switch self {
        case .unknownStakeholder(let query):
            return "no stakeholder has the id, name or alias '\(query)'"
        case .negativeDepth(let depth):
            return "ego-network depth must be 0 or more, got \(depth)"
        case .rolledUp(let query, let level):
            return "'\(query)' is rolled up into their organisation at \(level.rawValue) level; name the organisation, or use the person level"
        }
    }
}
