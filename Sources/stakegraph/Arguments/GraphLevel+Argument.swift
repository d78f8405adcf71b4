import ArgumentParser
import StakegraphGraph

extension GraphLevel: ExpressibleByArgument {
    /// Each level with what it draws; the help lists them once, from `allCases`.
    public static var allValueDescriptions: [String: String] {
        Dictionary(uniqueKeysWithValues: allCases.map { level in
            switch level {
            case .person: return (level.rawValue, "stakeholders as the articles name them")
            case .organisation: return (level.rawValue, "people shown as the organisation they belonged to on each event's date")
            case .both: return (level.rawValue, "both, with the organisation edges rolled up from the people's")
            }
        })
    }
}
