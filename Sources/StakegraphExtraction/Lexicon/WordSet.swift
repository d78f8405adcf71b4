/// A set of words (lower-cased forms or phrases) for the lexicon's lists, asked about token
/// after token: `contains` costs a cheap inline hash and, when it misses, no string comparison
/// (see `WordTable`). Otherwise it is used as a `Set<String>` would be.
public struct WordSet: Sendable, Hashable, Sequence, ExpressibleByArrayLiteral, CustomStringConvertible {
    private var table = WordTable()

    public init() {}

    public init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { table.insert(word) }
    }

    public init(arrayLiteral words: String...) { self.init(words) }

    @inline(__always)
    public func contains(_ word: String) -> Bool { table.contains(word) }

    public var count: Int { table.count }
    public var isEmpty: Bool { table.count == 0 }

    @discardableResult
    public mutating func insert(_ word: String) -> (inserted: Bool, memberAfterInsert: String) {
        (table.insert(word).inserted, word)
    }

    @discardableResult
    public mutating func remove(_ word: String) -> String? {
        table.remove(word) != nil ? word : nil
    }

    public mutating func formUnion<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { table.insert(word) }
    }

    public func union<S: Sequence>(_ words: S) -> WordSet where S.Element == String {
        var result = self
        result.formUnion(words)
        return result
    }

    public mutating func subtract<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { table.remove(word) }
    }

    public func isDisjoint<S: Sequence>(with words: S) -> Bool where S.Element == String {
        !words.contains { contains($0) }
    }

    /// The words, in the table's order (use `sorted()` for a stable one).
    public func makeIterator() -> Iterator { Iterator(slots: table.tableSlots) }

    public struct Iterator: IteratorProtocol {
        fileprivate let slots: ArraySlice<WordTable.Slot>
        fileprivate var index = 0

        public mutating func next() -> String? {
            while index < slots.count {
                defer { index += 1 }
                if slots[index].tag != 0 { return slots[index].key }
            }
            return nil
        }
    }

    public var underestimatedCount: Int { table.count }

    // MARK: Hashable: the same words, in any order

    public static func == (lhs: WordSet, rhs: WordSet) -> Bool {
        lhs.count == rhs.count && lhs.allSatisfy { rhs.contains($0) }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        hasher.combine(reduce(UInt64(0)) { $0 &+ WordTable.hash($1) })
    }

    public var description: String { Set(self).description }
}
