import StakegraphExtraction

/// Event counts for each of the five interaction types, encoded as an object with one
/// key per type (zeros included) so that exported documents always have the same shape.
public struct TypeCounts: Sendable, Hashable, Codable {
    public var criticism: Int
    public var support: Int
    public var meeting: Int
    public var pledge: Int
    public var response: Int

    public init(criticism: Int = 0, support: Int = 0, meeting: Int = 0, pledge: Int = 0, response: Int = 0) {
        self.criticism = criticism
        self.support = support
        self.meeting = meeting
        self.pledge = pledge
        self.response = response
    }

    public init(_ counts: [InteractionType: Int]) {
        self.init()
        for (type, count) in counts { self[type] += count }
    }

    public subscript(type: InteractionType) -> Int {
        get {
            switch type {
            case .criticism: return criticism
            case .support: return support
            case .meeting: return meeting
            case .pledge: return pledge
            case .response: return response
            }
        }
        set {
            switch type {
            case .criticism: criticism = newValue
            case .support: support = newValue
            case .meeting: meeting = newValue
            case .pledge: pledge = newValue
            case .response: response = newValue
            }
        }
    }

    /// All events, every type.
    public var total: Int { criticism + support + meeting + pledge + response }

    /// The counts as a dictionary without zero entries (the shape `Relationship.counts` uses).
    public var dictionary: [InteractionType: Int] {
        var result: [InteractionType: Int] = [:]
        for type in InteractionType.allCases where self[type] > 0 { result[type] = self[type] }
        return result
    }
}

extension InteractionType {
    init(ordinal: Int) {
        switch ordinal {
        case 0: self = .criticism
        case 1: self = .support
        case 2: self = .meeting
        case 3: self = .pledge
        default: self = .response
        }
    }
}
