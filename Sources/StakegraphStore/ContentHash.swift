import StakegraphExtraction

/// The content hash that tells a changed article from a stored one: 64-bit FNV-1a over the
/// title, date, source, outlet and text (not the file it came from), as 16 hex digits.
enum ContentHash {
    static func of(_ article: Article) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let fields = [article.title ?? "", article.date?.description ?? "", article.source ?? "", article.outlet ?? "", article.text]
        for (n, field) in fields.enumerated() {
            if n > 0 { hash = (hash ^ 0x1F) &* 0x100_0000_01b3 } // unit separator between fields
            for byte in field.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
