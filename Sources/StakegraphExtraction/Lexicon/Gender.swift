/// What a name or title tells of a person's gender, for resolving he and she.
public enum Gender: String, Sendable, Hashable, Codable {
    case male, female, unknown
}
