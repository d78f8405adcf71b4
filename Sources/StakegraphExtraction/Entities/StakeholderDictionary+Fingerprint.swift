extension StakeholderDictionary {
    /// 64-bit FNV-1a over every organisation and person, in order, as 16 hex digits: two runs
    /// with the same dictionary files give the same fingerprint. Part files carry it, because
    /// their local entities point into the dictionary by position.
    public var fingerprint: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ field: String?) {
            for byte in (field ?? "\u{0}").utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            hash = (hash ^ 0x1F) &* 0x100_0000_01b3 // unit separator between fields
        }
        for o in organisations {
            add("organisation")
            add(o.name)
            o.aliases.forEach { add($0) }
            add("acronyms")
            o.acronyms.forEach { add($0) }
            add(o.kind)
        }
        for p in people {
            add("person")
            add(p.name)
            p.aliases.forEach { add($0) }
            add(p.gender.rawValue)
            for r in p.roles {
                add(r.role)
                add(r.organisation)
                add(r.from?.description)
                add(r.to?.description)
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
