/// Positions of strings in an open-addressing table with FNV-1a hashing: several times
/// faster than `Dictionary<String, Int32>` for the millions of id look-ups a corpus needs.
struct StringTable: Sendable {
    private var slots: [Int32]
    private var mask: Int
    private(set) var keys: [String] = []

    init(minimumCapacity: Int = 16) {
        var size = 16
        while size < minimumCapacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func hash(_ key: String) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The position of `key`, if present.
    /// - Complexity: O(1) expected.
    func find(_ key: String) -> Int32? {
        var slot = StringTable.hash(key) & mask
        while true {
            let position = slots[slot]
            if position < 0 { return nil }
            if keys[Int(position)] == key { return position }
            slot = (slot + 1) & mask
        }
    }

    /// The position of `key`, adding it at the end if absent.
    /// - Complexity: O(1) amortised.
    @discardableResult
    mutating func insert(_ key: String) -> (position: Int32, inserted: Bool) {
        if keys.count * 2 >= slots.count { grow() }
        var slot = StringTable.hash(key) & mask
        while true {
            let position = slots[slot]
            if position < 0 {
                slots[slot] = Int32(keys.count)
                keys.append(key)
                return (Int32(keys.count - 1), true)
            }
            if keys[Int(position)] == key { return (position, false) }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (position, key) in keys.enumerated() {
            var slot = StringTable.hash(key) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(position)
        }
    }
}
