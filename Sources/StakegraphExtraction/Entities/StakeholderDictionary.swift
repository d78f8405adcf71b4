import Foundation
import Yams

/// Why a dictionary file could not be used; carries the file, line and column.
public enum DictionaryError: Error, Sendable, Equatable, CustomStringConvertible {
    case malformed(path: String, line: Int, column: Int, reason: String)
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .malformed(let path, let line, let column, let reason):
            return "\(path):\(line):\(column): malformed dictionary: \(reason)"
        case .unreadable(let path, let reason):
            return "\(path): cannot read dictionary: \(reason)"
        }
    }
}

/// Known stakeholders: organisations with aliases and acronyms, people with date-bounded roles.
/// It helps recognition and linking; names it does not hold are still found from the text.
public struct StakeholderDictionary: Sendable {
    public struct Organisation: Sendable, Hashable {
        public var name: String
        public var aliases: [String]
        public var acronyms: [String]
        /// What kind of body it is ("union", "inspectorate"), for "the union" and friends.
        public var kind: String?

        public init(name: String, aliases: [String] = [], acronyms: [String] = [], kind: String? = nil) {
            self.name = name
            self.aliases = aliases
            self.acronyms = acronyms
            self.kind = kind
        }
    }

    public struct Role: Sendable, Hashable {
        public var role: String
        public var organisation: String
        public var from: Day?
        public var to: Day?
    }

    public struct Person: Sendable, Hashable {
        public var name: String
        public var aliases: [String]
        public var gender: Gender
        public var roles: [Role]

        /// The role held on `date` (the latest one when the date is unknown).
        public func role(on date: EventDate?) -> Role? {
            guard let date else { return roles.last }
            return roles.last { role in
                Affiliation(organisation: role.organisation, organisationID: "", role: role.role, from: role.from, to: role.to).isValid(on: date)
            }
        }
    }

    public private(set) var organisations: [Organisation] = []
    public private(set) var people: [Person] = []

    public init() {}

    /// The dictionary shipped with the module.
    public static let standard: StakeholderDictionary = {
        guard let url = Bundle.module.url(forResource: "stakeholders", withExtension: "yaml"),
              let text = try? String(contentsOf: url, encoding: .utf8),
              let dictionary = try? StakeholderDictionary(yaml: text, path: "stakeholders.yaml") else {
            fatalError("the bundled stakeholders.yaml is missing or malformed")
        }
        return dictionary
    }()

    /// Reads a dictionary file.
    public init(contentsOf path: String) throws {
        let data: Data
        do {
            data = try FileReader.contents(of: path)
        } catch {
            throw DictionaryError.unreadable(path: path, reason: error.problem.description)
        }
        var warnings: [InputWarning] = []
        let text: String
        do { text = try TextDecoding.decode(data, path: path, warnings: &warnings) } catch {
            throw DictionaryError.unreadable(path: path, reason: "not UTF-8 text")
        }
        guard warnings.isEmpty else { throw DictionaryError.unreadable(path: path, reason: "not UTF-8 text") }
        try self.init(yaml: text, path: path)
    }

    /// Parses dictionary YAML; `path` only names the source in errors.
    public init(yaml: String, path: String) throws {
        if let alias = YAMLAliases.first(in: yaml) {
            throw DictionaryError.malformed(path: path, line: alias.line, column: alias.column,
                                            reason: "YAML aliases ('*name') are not supported; write the names out")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            let (line, column, reason) = Self.location(of: error)
            throw DictionaryError.malformed(path: path, line: line, column: column, reason: reason)
        }
        guard let root else { return }
        func fail(_ node: Node, _ reason: String) -> DictionaryError {
            .malformed(path: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, reason: reason)
        }
        guard let top = root.mapping else { throw fail(root, "expected 'organisations:' and 'people:' sections") }
        for (key, value) in top {
            switch key.string {
            case "organisations":
                guard let items = value.sequence else { throw fail(value, "'organisations' must be a list") }
                for item in items {
                    guard let map = item.mapping else { throw fail(item, "an organisation must be a mapping with 'name'") }
                    guard let name = map["name"]?.string, !name.isEmpty else { throw fail(item, "an organisation needs a 'name'") }
                    organisations.append(Organisation(name: name, aliases: try strings(map["aliases"], fail),
                                                      acronyms: try strings(map["acronyms"], fail), kind: map["kind"]?.string))
                }
            case "people":
                guard let items = value.sequence else { throw fail(value, "'people' must be a list") }
                for item in items {
                    guard let map = item.mapping else { throw fail(item, "a person must be a mapping with 'name'") }
                    guard let name = map["name"]?.string, !name.isEmpty else { throw fail(item, "a person needs a 'name'") }
                    var roles: [Role] = []
                    if let list = map["roles"] {
                        guard let seq = list.sequence else { throw fail(list, "'roles' must be a list") }
                        for r in seq {
                            guard let rm = r.mapping, let role = rm["role"]?.string, let org = rm["organisation"]?.string else {
                                throw fail(r, "a role needs 'role' and 'organisation'")
                            }
                            roles.append(Role(role: role, organisation: org, from: try day(rm["from"], fail), to: try day(rm["to"], fail)))
                        }
                    }
                    let gender = map["gender"]?.string.flatMap(Gender.init(rawValue:)) ?? .unknown
                    people.append(Person(name: name, aliases: try strings(map["aliases"], fail), gender: gender, roles: roles))
                }
            default:
                throw fail(key, "unknown section '\(key.string ?? "?")' (expected 'organisations' or 'people')")
            }
        }
    }

    /// Adds one organisation (replacing one of the same name).
    public mutating func add(organisation: Organisation) {
        organisations.removeAll { $0.name.lowercased() == organisation.name.lowercased() }
        organisations.append(organisation)
    }

    /// Adds `other`'s entries; an entry with the same name replaces the one here.
    public mutating func merge(_ other: StakeholderDictionary) {
        let orgNames = Set(other.organisations.map { $0.name.lowercased() })
        organisations = organisations.filter { !orgNames.contains($0.name.lowercased()) } + other.organisations
        let personNames = Set(other.people.map { $0.name.lowercased() })
        people = people.filter { !personNames.contains($0.name.lowercased()) } + other.people
    }

    private func strings(_ node: Node?, _ fail: (Node, String) -> DictionaryError) throws -> [String] {
        guard let node else { return [] }
        if let s = node.string { return [s] }
        guard let seq = node.sequence else { throw fail(node, "expected a list of names") }
        return try seq.map { item in
            guard let s = item.string else { throw fail(item, "expected a name") }
            return s
        }
    }

    private func day(_ node: Node?, _ fail: (Node, String) -> DictionaryError) throws -> Day? {
        guard let node else { return nil }
        guard let s = node.string, let d = Day(iso: s) else { throw fail(node, "expected a date as YYYY-MM-DD") }
        return d
    }

    private static func location(of error: YamlError) -> (Int, Int, String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return (mark.line, mark.column, problem)
        default:
            return (1, 1, "\(error)")
        }
    }
}
