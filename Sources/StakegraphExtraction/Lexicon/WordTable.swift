/// The hash table behind `WordSet` and `WordMap`: words (lower-cased token forms, phrases) and
/// a value for each, in one open-addressing array keyed by a hash of their UTF-8 bytes.
///
/// The rules ask the lexicon about a token's word tens of times each; with `Set<String>`,
/// every question ran Swift's `Hasher` (SipHash) over the word, a quarter of the extraction's
/// time. The hash here is a few multiplications over 8-byte loads, computed inline, and a
/// look-up that misses (the usual answer) compares no strings, only stored hashes. The table is
/// one array, so that a copy of it costs one reference count, as a `Set` does.
struct WordTable<Value> {
    struct Slot {
        /// 0 for an empty slot; a word's hash is never 0 (see `hash(_:)`).
        var hash: UInt64
        var key: String
        var value: Value?
    }

    /// A power of two at least twice `count` (or empty).
    private(set) var slots: [Slot] = []
    private(set) var count = 0

    init() {}

    /// The slot holding `word`, or nil.
    @inline(__always)
    func slot(of word: String) -> Int? {
        guard !slots.isEmpty else { return nil }
        let hash = Self.hash(word)
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = slots[i].hash
            if stored == 0 { return nil }
            if stored == hash, slots[i].key == word { return i }
            i = (i + 1) & mask
        }
    }

    @inline(__always)
    func value(of word: String) -> Value? {
        slot(of: word).flatMap { slots[$0].value }
    }

    /// Sets the value of `word`, adding it if absent; returns whether it was added.
    @discardableResult
    mutating func set(_ word: String, _ value: Value) -> Bool {
        if let i = slot(of: word) {
            slots[i].value = value
            return false
        }
        if (count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(word)
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i].hash != 0 { i = (i + 1) & mask }
        slots[i] = Slot(hash: hash, key: word, value: value)
        count += 1
        return true
    }

    /// Removes `word` (the table is rebuilt: removal is rare); returns whether it was there.
    @discardableResult
    mutating func remove(_ word: String) -> Bool {
        guard let removed = slot(of: word) else { return false }
        var table = WordTable()
        for (i, slot) in slots.enumerated() where slot.hash != 0 && i != removed { table.set(slot.key, slot.value!) }
        self = table
        return true
    }

    /// The words and values, in slot order.
    var entries: some Sequence<(key: String, value: Value)> {
        slots.lazy.filter { $0.hash != 0 }.map { ($0.key, $0.value!) }
    }

    private mutating func grow() {
        let old = slots
        var size = 8
        while size < (count + 1) * 2 { size *= 2 }
        slots = Array(repeating: Slot(hash: 0, key: "", value: nil), count: size)
        let mask = size - 1
        for slot in old where slot.hash != 0 {
            var i = Int(truncatingIfNeeded: slot.hash) & mask
            while slots[i].hash != 0 { i = (i + 1) & mask }
            slots[i] = slot
        }
    }

    /// A hash of the word, never 0, equal for words Swift holds equal (canonically equivalent).
    /// ASCII words, nearly all, hash their bytes (`asciiHash`); others go through Swift's own
    /// `Hasher`, which hashes the normalised form, except the few made only of ASCII and the three
    /// characters whose normal form is ASCII, which hash as that ASCII word. Not seeded: the
    /// tables hold the lexicon's words, which input text cannot choose, so it cannot lengthen
    /// their probe runs.
    @inline(__always)
    static func hash(_ word: String) -> UInt64 {
        if let hash = word.utf8.withContiguousStorageIfAvailable(asciiHash), let hash { return hash }
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
                return UInt64(UInt(bitPattern: hasher.finalize())) | 1
            }
        }
        return bytes.withUnsafeBufferPointer(asciiHash)!
    }

    /// A hash of ASCII bytes, or nil when a byte is not ASCII.
    @inline(__always)
    static func asciiHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let n = bytes.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: n)
        var high: UInt64 = 0
        if n > 0, let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            var i = 0
            while i + 8 <= n {
                let chunk = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                high |= chunk
                h = (h ^ chunk) &* 0xFF51_AFD7_ED55_8CCD
                h ^= h >> 29
                i += 8
            }
            if i < n {
                var tail: UInt64 = 0
                var shift: UInt64 = 0
                while i < n {
                    tail |= UInt64(base[i]) << shift
                    shift += 8
                    i += 1
                }
                high |= tail
                h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
            }
        }
        guard high & 0x8080_8080_8080_8080 == 0 else { return nil }
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h &*= 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h | 1
    }
}

extension WordTable: Sendable where Value: Sendable {}
extension WordTable.Slot: Sendable where Value: Sendable {}
