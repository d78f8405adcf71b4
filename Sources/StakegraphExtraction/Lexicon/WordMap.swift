/// A dictionary keyed by words (lower-cased forms or phrases) for the lexicon's look-ups by
/// token ("jan": 1, a cue's first word): found as fast as in a `WordSet` (see `WordTable`).
/// The values are in an array of their own, by the position of their word in the table, so
/// that the table stays free of generic types.
public struct WordMap<Value>: ExpressibleByDictionaryLiteral {
    private var table = WordTable()
    /// `storedValues[k]` belongs to the word at position `k` of the table.
    private var storedValues: [Value] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, Value)...) {
        for (key, value) in elements { set(key, value) }
    }

    public subscript(key: String) -> Value? {
        @inline(__always) get {
            guard let k = table.position(of: key) else { return nil }
            return storedValues[k]
        }
        set {
            if let newValue {
                set(key, newValue)
            } else if let k = table.remove(key) {
                storedValues.remove(at: k)
            }
        }
    }

    public subscript(key: String, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[key] ?? defaultValue() }
        set { set(key, newValue) }
    }

    private mutating func set(_ key: String, _ value: Value) {
        let (k, inserted) = table.insert(key)
        if inserted { storedValues.append(value) } else { storedValues[k] = value }
    }

    public var count: Int { table.count }
    public var isEmpty: Bool { table.count == 0 }
    /// The keys, in the order they were added (sort them for another).
    public var keys: [String] { table.keys }
    /// The values, in the order of `keys`.
    public var values: [Value] { storedValues }
}

extension WordMap: Sequence {
    /// The keys and values, in the order the keys were added (sort them for another).
    public func makeIterator() -> Iterator { Iterator(keys: table.keys, values: storedValues) }

    public struct Iterator: IteratorProtocol {
        fileprivate let keys: [String]
        fileprivate let values: [Value]
        fileprivate var index = 0

        public mutating func next() -> (key: String, value: Value)? {
            guard index < keys.count else { return nil }
            defer { index += 1 }
            return (keys[index], values[index])
        }
    }

    public var underestimatedCount: Int { table.count }
}

extension WordMap: Sendable where Value: Sendable {}

extension WordMap: Equatable where Value: Equatable {
    public static func == (lhs: WordMap, rhs: WordMap) -> Bool {
        lhs.count == rhs.count && lhs.allSatisfy { rhs[$0.key] == $0.value }
    }
}
