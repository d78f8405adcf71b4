import Yams

/// A lexicon file (`lexicon.yaml`, `evaluative.yaml`) that does not say what the extractor can
/// use. Every case names the line of the file where the problem stands.
public enum LexiconError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The text is no YAML (a scanner, parser or duplicate-key error).
    case malformed(line: Int, reason: String)
    /// A key that no section of that name has (a misspelt list would otherwise be ignored).
    case unknownKey(section: String, key: String, line: Int)
    /// A value of the wrong shape: a number or a single word where a list is expected, a list
    /// where a mapping is expected, `yes` or `no` unquoted where a word is expected.
    case wrongType(section: String, expected: String, found: String, line: Int)
    /// An empty (or blank) word in a list.
    case emptyWord(section: String, line: Int)
    /// A word or phrase that can never match: extra spaces, capitals, too many words.
    case badEntry(section: String, entry: String, reason: String, line: Int)
    /// A cue section named after no interaction type.
    case unknownCueType(section: String, type: String, line: Int)
    /// A cue pattern that cannot be matched as written.
    case badCuePattern(section: String, pattern: String, reason: String, line: Int)

    /// The line of the file the error points at (1-based).
    public var line: Int {
        switch self {
        case .malformed(let line, _), .unknownKey(_, _, let line), .wrongType(_, _, _, let line), .emptyWord(_, let line),
             .badEntry(_, _, _, let line), .unknownCueType(_, _, let line), .badCuePattern(_, _, _, let line):
            line
        }
    }

    public var description: String {
        switch self {
        case .malformed(let line, let reason):
            "lexicon line \(line): not readable as YAML: \(reason)"
        case .unknownKey(let section, let key, let line):
            "lexicon line \(line): unknown key '\(key)' in section '\(section)'"
        case .wrongType(let section, let expected, let found, let line):
            "lexicon line \(line): '\(section)' must be \(expected), not \(found)"
        case .emptyWord(let section, let line):
            "lexicon line \(line): empty word in '\(section)'"
        case .badEntry(let section, let entry, let reason, let line):
            "lexicon line \(line): '\(entry)' in '\(section)' \(reason)"
        case .unknownCueType(let section, let type, let line):
            "lexicon line \(line): '\(type)' in '\(section)' is no interaction type (expected one of \(InteractionType.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .badCuePattern(let section, let pattern, let reason, let line):
            "lexicon line \(line): cue pattern '\(pattern)' in '\(section)' \(reason)"
        }
    }

    /// The lexicon error for a YAML error of Yams, at the line it names.
    init(_ error: YamlError) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            self = .malformed(line: mark.line, reason: problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            self = .malformed(line: context.mark.line, reason: "key '\(duplicates.joined(separator: "', '"))' given twice")
        case .reader(let problem, _, _, _):
            self = .malformed(line: 1, reason: problem)
        default:
            self = .malformed(line: 1, reason: "unreadable YAML")
        }
    }
}
