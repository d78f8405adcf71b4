import Foundation
import Yams

/// The optional `---` block at the top of a text article: `title`, `date`, `source`, `outlet`.
struct FrontMatter {
    var fields: [String: String] = [:]
    /// The body after the block.
    var body: String
    /// 1-based line of the front matter's `date:` key, for error messages.
    var dateLine: Int = 1

    static let knownKeys: Set<String> = ["title", "date", "source", "outlet", "url", "id", "author"]

    /// Splits `text` into front matter and body.
    /// - Throws: `InputError.malformedFrontMatter` with the line of the problem.
    static func parse(_ text: String, path: String) throws -> FrontMatter {
        // Most articles have none: decide from the first line's bytes before splitting anything.
        let firstLine = text.utf8.prefix { $0 != UInt8(ascii: "\n") }
        guard firstLine.allSatisfy({ $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) else {
            return FrontMatter(body: text)
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
            return FrontMatter(body: text)
        }
        lines.removeFirst()
        guard let close = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" || $0.trimmingCharacters(in: .whitespaces) == "..." }) else {
            throw InputError.malformedFrontMatter(path: path, line: 1, reason: "opening '---' has no closing '---'")
        }
        let block = lines[..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        var result = FrontMatter(body: body)
        if block.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return result }
        // "title: *Breaking* news" is a title, not a YAML alias (which Yams could take
        // forever over): with a `*` word, only the plain `key: value` reading is tried.
        if let alias = YAMLAliases.first(in: block) {
            guard let plain = plainFields(block) else {
                throw InputError.malformedFrontMatter(path: path, line: alias.line + 1, reason: "YAML aliases ('*name') are not supported")
            }
            result.fields = plain.fields
            result.dateLine = plain.dateLine
            return result
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: block)
        } catch let error as YamlError {
            // "title: Delays: who is to blame" is not YAML, but is plainly one key and its value.
            if let plain = plainFields(block) {
                result.fields = plain.fields
                result.dateLine = plain.dateLine
                return result
            }
            throw InputError.malformedFrontMatter(path: path, line: yamlLine(error) + 1, reason: yamlReason(error))
        } catch {
            throw InputError.malformedFrontMatter(path: path, line: 2, reason: "\(error)")
        }
        guard let mapping = node?.mapping else {
            throw InputError.malformedFrontMatter(path: path, line: 2, reason: "expected 'key: value' lines")
        }
        for (key, value) in mapping {
            let line = (key.mark?.line ?? 1) + 1
            guard let name = key.string?.lowercased() else {
                throw InputError.malformedFrontMatter(path: path, line: line, reason: "a key must be text")
            }
            guard let scalar = value.scalar?.string else {
                throw InputError.malformedFrontMatter(path: path, line: line, reason: "'\(name)' must be a single value")
            }
            if name == "date" { result.dateLine = line }
            result.fields[name] = scalar
        }
        return result
    }

    /// Reads `key: value` lines where the value runs to the end of the line; nil when a line is
    /// not of that form (then the YAML error stands).
    static func plainFields(_ block: String) -> (fields: [String: String], dateLine: Int)? {
        var fields: [String: String] = [:]
        var dateLine = 1
        for (offset, raw) in block.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, let last = value.last, first == last, first == "\"" || first == "'" {
                value = String(value.dropFirst().dropLast())
            }
            if key == "date" { dateLine = offset + 2 }
            fields[key] = value
        }
        return fields
            .isEmpty ? nil : (fields, dateLine)
    }

    private static func yamlLine(_ error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return 1
        }
    }

    private static func yamlReason(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)".split(separator: "\n").first.map(String.init) ?? "invalid YAML"
        }
    }
}
