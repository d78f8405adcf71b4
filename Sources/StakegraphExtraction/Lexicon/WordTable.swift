/// The hash table behind `WordSet` and `WordMap`: words (lower-cased token forms, phrases) in
/// the order they were added, found through an open-addressing index keyed by a hash of their
/// UTF-8 bytes.
///
/// The rules ask the lexicon about a token's word tens of times each; with `Set<String>`,
/// every question ran Swift's `Hasher` (SipHash) over the word, a quarter of the extraction's
/// time. The hash here is a few multiplications over 8-byte loads, computed inline, and a
/// look-up that misses (the usual answer) compares no strings, only stored hashes.
///
/// The type is not generic, and holds only arrays of `UInt64` and `String`: a look-up touches
/// no generic metadata of this module, which the runtime would otherwise instantiate on each
/// call in an unoptimised build, from many threads at once (a `WordMap` keeps its values in an
/// array of its own, by the index of the word here).
struct WordTable: Sendable {
    /// The words, by index, in the order they were added.
    private(set) var keys: [String] = []
    /// A power of two at least twice `keys.count` (or empty). 0 is an empty slot; otherwise the
    /// upper 32 bits are those of the word's hash and the lower 32 its index in `keys` plus 1.
    private var slots: [UInt64] = []

    private static let tagMask: UInt64 = 0xFFFF_FFFF_0000_0000

    init() {}

    var count: Int { keys.count }

    /// The index in `keys` of `word`, or nil.
    @inline(__always)
    func index(of word: String) -> Int? {
        guard !slots.isEmpty else { return nil }
        let hash = Self.hash(word)
        let tag = hash & Self.tagMask
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[i]
            if slot == 0 { return nil }
            if slot & Self.tagMask == tag {
                let k = Int(truncatingIfNeeded: slot & ~Self.tagMask) - 1
                if keys[k] == word { return k }
            }
            i = (i + 1) & mask
        }
    }

    /// Adds `word` if absent; returns its index and whether it was added (at the end of `keys`).
    @discardableResult
    mutating func insert(_ word: String) -> (index: Int, inserted: Bool) {
        if let k = index(of: word) { return (k, false) }
        keys.append(word)
        if keys.count * 2 > slots.count {
            rebuild()
        } else {
            place(keys.count - 1)
        }
        return (keys.count - 1, true)
    }

    /// Removes `word` (the index is rebuilt: removal is rare); returns the index it had, after
    /// which the later words have moved down by one.
    @discardableResult
    mutating func remove(_ word: String) -> Int? {
        guard let k = index(of: word) else { return nil }
        keys.remove(at: k)
        rebuild()
        return k
    }

    private mutating func rebuild() {
        var size = 8
        while size < keys.count * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        for k in keys.indices { place(k) }
    }

    /// Puts the word at index `k` of `keys` into the first free slot of its probe run.
    private mutating func place(_ k: Int) {
        precondition(k < Int(UInt32.max), "a word table holds fewer than 2^32 words")
        let hash = Self.hash(keys[k])
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = (hash & Self.tagMask) | UInt64(k + 1)
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
    /// time while 8 remain, then one by one) and keeps no pointer.
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
        if i < n {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                tail |= UInt64(bytes[i]) << shift
                shift += 8
                i += 1
            }
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
