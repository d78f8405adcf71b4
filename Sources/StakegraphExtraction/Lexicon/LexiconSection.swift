import Yams

/// One mapping of a lexicon file, read strictly: a key the reader does not expect, a value of
/// the wrong shape, an unquoted `yes` where a word belongs and an empty word are errors that
/// name the line (Yams nodes carry their marks).
struct LexiconSection {
    /// One key of the mapping, with its line and value.
    struct Entry {
        var key: String
        var line: Int
        var value: Node
    }

    /// Dotted path of the section, for messages ("entity_vocabulary", "cues.criticism").
    let path: String
    /// The keys in file order.
    let entries: [Entry]

    /// The top mapping of a file (nil for an empty file); a file that is no mapping is an error.
    static func root(yaml: String, path: String) throws -> LexiconSection? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw LexiconError(error)
        }
        guard let node else { return nil }
        return try LexiconSection(node, path: path)
    }

    init(_ node: Node, path: String) throws {
        guard case .mapping(let mapping) = node else {
            throw LexiconError.wrongType(section: path, expected: "a mapping of keys", found: Self.shape(of: node), line: Self.line(of: node))
        }
        self.path = path
        entries = try mapping.map { key, value in
            guard case .scalar(let scalar) = key, Self.tagName(key) == .str else {
                throw LexiconError.wrongType(section: path, expected: "keyed by words", found: Self.shape(of: key), line: Self.line(of: key))
            }
            return Entry(key: scalar.string, line: Self.line(of: key), value: value)
        }
    }

    /// An absent section: every list in it is empty.
    init(empty path: String) {
        self.path = path
        entries = []
    }

    /// Throws for the first key (in file order) that is not one of `known`.
    func expect(_ known: Set<String>) throws {
        if let entry = entries.first(where: { !known.contains($0.key) }) {
            throw LexiconError.unknownKey(section: path, key: entry.key, line: entry.line)
        }
    }

    func child(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// The mapping under `key`, or an empty one when the key is absent.
    func section(_ key: String) throws -> LexiconSection {
        guard let entry = entries.first(where: { $0.key == key }) else { return LexiconSection(empty: child(key)) }
        return try LexiconSection(entry.value, path: child(key))
    }

    /// The entries of `key` sorted by key, for sections whose keys are data (kinds, pronoun groups).
    func sortedEntries() -> [Entry] { entries.sorted { $0.key < $1.key } }

    /// The strings of the list under `key` as written, with their lines (empty when the key is absent).
    func strings(_ key: String) throws -> [(text: String, line: Int)] {
        guard let entry = entries.first(where: { $0.key == key }) else { return [] }
        return try Self.strings(entry.value, path: child(key))
    }

    /// The words of the list under `key`, lower-cased (empty when the key is absent).
    func words(_ key: String) throws -> WordSet { WordSet(try wordList(key)) }

    /// The same words as a `Set<String>`, for a list declared so (`WordSet` is what the rules'
    /// lists use: it is asked faster).
    @_disfavoredOverload
    func words(_ key: String) throws -> Set<String> { Set(try wordList(key)) }

    /// The words of the list under `key`, lower-cased, in file order.
    func wordList(_ key: String) throws -> [String] { try strings(key).map { $0.text.lowercased() } }

    /// The word under each key of the mapping `key` ("co: company"), keys and words lower-cased.
    func words(mapping key: String) throws -> WordMap<String> {
        var result: WordMap<String> = [:]
        for entry in try section(key).entries {
            guard case .scalar(let scalar) = entry.value, Self.tagName(entry.value) == .str else {
                throw LexiconError.wrongType(section: child(key), expected: "a mapping of words to words",
                                             found: Self.shape(of: entry.value), line: Self.line(of: entry.value))
            }
            try Self.checkWord(entry.key, path: child(key), line: entry.line)
            try Self.checkWord(scalar.string, path: child(key), line: Self.line(of: entry.value))
            result[entry.key.lowercased()] = scalar.string.lowercased()
        }
        return result
    }

    /// The whole numbers under the keys of the mapping `key` ("january: 1"), keys lower-cased.
    func numbers(_ key: String) throws -> WordMap<Int> {
        var result: WordMap<Int> = [:]
        for entry in try section(key).entries {
            guard case .scalar(let scalar) = entry.value, Self.tagName(entry.value) == .int, let n = Int(scalar.string) else {
                throw LexiconError.wrongType(section: child(key), expected: "a mapping of words to whole numbers",
                                             found: Self.shape(of: entry.value), line: Self.line(of: entry.value))
            }
            try Self.checkWord(entry.key, path: child(key), line: entry.line)
            result[entry.key.lowercased()] = n
        }
        return result
    }

    /// The strings of a list node: each a plain or quoted word, none empty or with stray spaces.
    static func strings(_ node: Node, path: String) throws -> [(text: String, line: Int)] {
        guard case .sequence(let sequence) = node else {
            throw LexiconError.wrongType(section: path, expected: "a list of words", found: shape(of: node), line: line(of: node))
        }
        return try sequence.map { item in
            guard case .scalar(let scalar) = item, tagName(item) == .str else {
                throw LexiconError.wrongType(section: path, expected: "a list of words", found: "a list holding " + shape(of: item), line: line(of: item))
            }
            try checkWord(scalar.string, path: path, line: line(of: item))
            return (scalar.string, line(of: item))
        }
    }

    /// A word or phrase matches tokens joined by single spaces: blank ones and stray spaces never match.
    static func checkWord(_ word: String, path: String, line: Int) throws {
        if word.allSatisfy(\.isWhitespace) { throw LexiconError.emptyWord(section: path, line: line) }
        if word.first!.isWhitespace || word.last!.isWhitespace || word.contains("  ") || word.contains(where: { $0.isNewline || $0 == "\t" }) {
            throw LexiconError.badEntry(section: path, entry: word, reason: "has spaces that no text matches (one space between words, none around)", line: line)
        }
    }

    /// The type YAML gives a node: a plain `8` is a number, a plain `no` a boolean, a quoted one a string.
    static func tagName(_ node: Node) -> Tag.Name { Resolver.default.resolveTag(of: node) }

    static func line(of node: Node) -> Int { node.mark?.line ?? 1 }

    /// What a node is, in words, for messages.
    static func shape(of node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            switch tagName(node) {
            case .int, .float: "a number (\(scalar.string))"
            case .bool: "true or false ('\(scalar.string)'; quote it to mean the word)"
            case .null: "nothing"
            case .str: "a single word ('\(scalar.string)')"
            default: "'\(scalar.string)'"
            }
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }
}
