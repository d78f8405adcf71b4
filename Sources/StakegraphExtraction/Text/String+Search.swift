#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// True when `other` occurs in this string, compared byte for byte (no Unicode
    /// equivalence): `memchr` for the first byte, `memcmp` for the rest, far faster than a
    /// generic collection search.
    func containsLiterally(_ other: String) -> Bool {
        var haystack = self, needle = other
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard let first = n.first else { return true }
                guard h.count >= n.count, let base = h.baseAddress, let pattern = n.baseAddress else { return false }
                var offset = 0
                let lastStart = h.count - n.count
                while offset <= lastStart {
                    guard let hit = memchr(base + offset, Int32(first), lastStart - offset + 1) else { return false }
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at, pattern, n.count) == 0 { return true }
                    offset = at + 1
                }
                return false
            }
        }
    }
}
