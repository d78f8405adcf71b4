/// The hash table behind `WordSet` and `WordMap`: words (lower-cased token forms, phrases) in
/// one open-addressing array keyed by a hash of their UTF-8 bytes, each with the position it
/// was added at (by which a `WordMap` finds its value).
///
/// The rules ask the lexicon about a token's word tens of times each; with `Set<String>`,
/// every question ran Swift's `Hasher` (SipHash) over the word, a quarter of the extraction's
/// time. The hash here is a few multiplications over 8-byte loads, computed inline, and a
/// look-up that misses (the usual answer) compares no strings, only stored hashes. The table is
/// one array, so that a copy of it costs one reference count, as a `Set` does.
///
/// The type is not generic, nor is its slot: a look-up touches no generic metadata of this
/// module, which the runtime would otherwise instantiate on each call in an unoptimised build,
/// from many threads at once.
///
/// It is one word wide, as a `Set` is: the count is kept in a last slot past the table proper
/// (`slots.count - 1` slots, a power of two), so that the lexicon, held inline by the
/// per-article working states, is no wider than with `Set<String>`. A debug build copies
/// those states into its frames many times over; with a table two words wide, the largest
/// frames (`RecognitionState.classify`, 464 KB) pushed the test process past its threads'
/// stacks, which ends in a crash on another thread (see Docs/performance.md, "Sixth session").
struct WordTable: Sendable {
    struct Slot: Sendable {
        /// 0 for an empty slot; otherwise the upper 32 bits are those of the word's hash and the
        /// lower 32 its position plus 1. (In the last slot: the count.)
        var tag: UInt64
        var key: String
    }

    /// Empty, or a power of two at least twice `count` of slots, then the slot of the count.
    private(set) var slots: [Slot] = []

    private static let hashMask: UInt64 = 0xFFFF_FFFF_0000_0000

    init() {}

    /// The number of words.
    var count: Int { slots.isEmpty ? 0 : Int(truncatingIfNeeded: slots[slots.count - 1].tag) }

    /// The slots that hold words or are free (all but the count's).
    var tableSlots: ArraySlice<Slot> { slots.isEmpty ? [] : slots[0..<(slots.count - 1)] }

    /// The position of `word` (0 for the first word added), or nil.
    @inline(__always)
    func position(of word: String) -> Int? {
        guard !slots.isEmpty else { return nil }
        let hash = Self.hash(word)
        let high = hash & Self.hashMask
        let mask = slots.count - 2
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let tag = slots[i].tag
            if tag == 0 { return nil }
            if tag & Self.hashMask == high, slots[i].key == word { return Int(truncatingIfNeeded: tag & ~Self.hashMask) - 1 }
            i = (i + 1) & mask
        }
    }

    @inline(__always)
    func contains(_ word: String) -> Bool { position(of: word) != nil }

    /// Adds `word` if absent; returns its position and whether it was added (at position `count - 1`).
    @discardableResult
    mutating func insert(_ word: String) -> (position: Int, inserted: Bool) {
        if let k = position(of: word) { return (k, false) }
        let count = self.count
        precondition(count < Int(UInt32.max) - 1, "a word table holds fewer than 2^32 words")
        if (count + 1) * 2 > slots.count - 1 { grow() }
        place(word, hash: Self.hash(word), position: count)
        slots[slots.count - 1].tag = UInt64(count + 1)
        return (count, true)
    }

    /// Removes `word` (the table is rebuilt: removal is rare); returns the position it had, after
    /// which the later words have moved down by one.
    @discardableResult
    mutating func remove(_ word: String) -> Int? {
        guard let removed = position(of: word) else { return nil }
        var table = WordTable()
        for (k, key) in keys.enumerated() where k != removed { table.insert(key) }
        self = table
        return removed
    }

    /// The words, in the order they were added.
    var keys: [String] {
        var keys = [String](repeating: "", count: count)
        for slot in tableSlots where slot.tag != 0 { keys[Int(truncatingIfNeeded: slot.tag & ~Self.hashMask) - 1] = slot.key }
        return keys
    }

    private mutating func place(_ word: String, hash: UInt64, position: Int) {
        let mask = slots.count - 2
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i].tag != 0 { i = (i + 1) & mask }
        slots[i] = Slot(tag: (hash & Self.hashMask) | UInt64(position + 1), key: word)
    }

    private mutating func grow() {
        let count = self.count
        let old = tableSlots
        var size = 8
        while size < (count + 1) * 2 { size *= 2 }
        slots = Array(repeating: Slot(tag: 0, key: ""), count: size + 1)
        slots[size].tag = UInt64(count)
        let mask = size - 1
        for slot in old where slot.tag != 0 {
            var i = Int(truncatingIfNeeded: Self.hash(slot.key)) & mask
            while slots[i].tag != 0 { i = (i + 1) & mask }
            slots[i] = slot
        }
    }

    /// A hash of the word, equal for words Swift holds equal (canonically equivalent). ASCII
    /// words, nearly all, hash their bytes (`asciiHash`); others go through Swift's own `Hasher`,
    /// which hashes the normalised form, except the few made only of ASCII and the three
    /// characters whose normal form is ASCII, which hash as that ASCII word. Not seeded: the
    /// tables hold the lexicon's words, which input text cannot choose, so it cannot lengthen
    /// their probe runs.
    @inline(__always)
    static func hash(_ word: String) -> UInt64 {
        if let hash = word.utf8.withContiguousStorageIfAvailable({ asciiHash(UnsafeRawBufferPointer($0)) }), let hash {
            return hash
        }
        return otherHash(word)
    }

    private static func otherHash(_ word: String) -> UInt64 {
        var bytes: [UInt8] = []
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: bytes.append(UInt8(scalar.value))
            case 0x37E: bytes.append(UInt8(ascii: ";")) // GREEK QUESTION MARK
            case 0x1FEF: bytes.append(UInt8(ascii: "`")) // GREEK VARIA
            case 0x212A: bytes.append(UInt8(ascii: "K")) // KELVIN SIGN
            default:
                var hasher = Hasher()
                hasher.combine(word)
                return UInt64(UInt(bitPattern: hasher.finalize()))
            }
        }
        return bytes.withUnsafeBytes(asciiHash)!
    }

    /// A hash of ASCII bytes, or nil when a byte is not ASCII. Reads only inside `bytes` (8 at a
    /// time while 8 remain, then 4, 2 and 1) and keeps no pointer.
    @inline(__always)
    static func asciiHash(_ bytes: UnsafeRawBufferPointer) -> UInt64? {
        let n = bytes.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: n)
        var high: UInt64 = 0
        var i = 0
        while i + 8 <= n {
            let chunk = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            high |= chunk
            h = (h ^ chunk) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 29
            i += 8
        }
        let rest = n - i
        if rest > 0 {
            // The last 1 to 7 bytes: 4, 2 and 1 at a time, as each bit of `rest` says.
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            if rest & 4 != 0 {
                tail = UInt64(bytes.loadUnaligned(fromByteOffset: i, as: UInt32.self))
                shift = 32
                i += 4
            }
            if rest & 2 != 0 {
                tail |= UInt64(bytes.loadUnaligned(fromByteOffset: i, as: UInt16.self)) << shift
                shift += 16
                i += 2
            }
            if rest & 1 != 0 { tail |= UInt64(bytes[i]) << shift }
            high |= tail
            h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        }
        guard high & 0x8080_8080_8080_8080 == 0 else { return nil }
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h &*= 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }
}
