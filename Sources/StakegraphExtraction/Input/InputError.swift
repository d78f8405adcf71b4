import Foundation

/// Why an input could not be read. Each case names the file, and the line where there is one,
/// so that the CLI can print one line a user can act on.
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingPath(path: String)
    case unreadable(path: String, reason: String)
    case binaryFile(path: String, offset: Int)
    case malformedFrontMatter(path: String, line: Int, reason: String)
    case malformedJSONLines(path: String, line: Int, reason: String)
    case badDate(path: String, line: Int, value: String)
    case emptyInput(paths: [String])
    /// A `.gz` file whose compressed data cannot be read.
    case badCompression(path: String, reason: String)
    /// A web page libxml2's HTML parser cannot read.
    case notAWebPage(path: String, reason: String)
    /// A line of a part file (`stakegraph extract --jsonl`) that cannot be read back.
    case malformedPart(path: String, line: Int, reason: String)
    /// Part files given together with articles to extract.
    case partsMixedWithArticles(part: String, other: String)

    public var description: String {
        switch self {
        case .missingPath(let path):
            return "\(path): no such file or directory"
        case .unreadable(let path, let reason):
            return "\(path): cannot read: \(reason)"
        case .binaryFile(let path, let offset):
            return "\(path): binary file (NUL byte at offset \(offset)); expected UTF-8 text"
        case .malformedFrontMatter(let path, let line, let reason):
            return "\(path):\(line): malformed front matter: \(reason)"
        case .malformedJSONLines(let path, let line, let reason):
            return "\(path):\(line): malformed JSON Lines record: \(reason)"
        case .badDate(let path, let line, let value):
            return "\(path):\(line): not a date: '\(value)' (expected YYYY-MM-DD or DD/MM/YYYY)"
        case .badCompression(let path, let reason):
            return "\(path): cannot decompress: \(reason)"
        case .notAWebPage(let path, let reason):
            return "\(path): not a readable web page: \(reason)"
        case .malformedPart(let path, let line, let reason):
            return "\(path):\(line): not an extracted article (stakegraph extract --jsonl): \(reason)"
        case .partsMixedWithArticles(let part, let other):
            return "\(part) holds extracted articles (stakegraph extract --jsonl) and \(other) does not: give part files or articles, not both"
        case .emptyInput(let paths):
            return "no articles found in \(paths.isEmpty ? "the input" : paths.joined(separator: ", "))"
        }
    }
}

/// A problem that did not stop reading (for example invalid UTF-8 replaced by U+FFFD).
public struct InputWarning: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var message: String

    public init(path: String, line: Int?, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        "\(path)\(line.map { ":\($0)" } ?? ""): warning: \(message)"
    }
}
