/// A dictionary keyed by words (lower-cased forms or phrases) for the lexicon's look-ups by
/// token ("jan": 1, a cue's first word): found as fast as in a `WordSet` (see `WordTable`).
public struct WordMap<Value>: ExpressibleByDictionaryLiteral {
    private var table = WordTable<Value>()

    public init() {}

    public init(dictionaryLiteral elements: (String, Value)...) {
        for (key, value) in elements { table.set(key, value) }
    }

    public subscript(key: String) -> Value? {
        @inline(__always) get { table.value(of: key) }
        set {
            if let newValue { table.set(key, newValue) } else { table.remove(key) }
        }
    }

    public subscript(key: String, default defaultValue: @autoclosure () -> Value) -> Value {
        get { table.value(of: key) ?? defaultValue() }
        set { table.set(key, newValue) }
    }

    public var count: Int { table.count }
    public var isEmpty: Bool { table.count == 0 }
    /// The keys, in the table's order (sort them for a stable one).
    public var keys: [String] { table.entries.map(\.key) }
    /// The values, in the order of `keys`.
    public var values: [Value] { table.entries.map(\.value) }
}

extension WordMap: Sequence {
    /// The keys and values, in the table's order (sort them for a stable one).
    public func makeIterator() -> Iterator { Iterator(slots: table.slots) }

    public struct Iterator: IteratorProtocol {
        fileprivate let slots: [WordTable<Value>.Slot]
        fileprivate var index = 0

        public mutating func next() -> (key: String, value: Value)? {
            while index < slots.count {
                defer { index += 1 }
                if slots[index].hash != 0 { return (slots[index].key, slots[index].value!) }
            }
            return nil
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
