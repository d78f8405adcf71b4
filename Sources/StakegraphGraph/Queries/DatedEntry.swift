import StakegraphExtraction

/// An entry of a listing that may have no date (`Timeline`, `Engagements`).
protocol DatedEntry {
    var date: EventDate? { get }
}

extension Array where Element: DatedEntry {
    /// The entries with a date, in order.
    var dated: [Element] { filter { $0.date != nil } }
    /// The entries whose date is unknown, in order.
    var undated: [Element] { filter { $0.date == nil } }
}

extension KeyedEncodingContainer {
    /// Writes `entries` apart: the dated under `datedKey`, the undated under `undatedKey`.
    mutating func encodeDatedApart<Entry: Encodable & DatedEntry>(_ entries: [Entry], datedKey: Key, undatedKey: Key) throws {
        try encode(entries.dated, forKey: datedKey)
        try encode(entries.undated, forKey: undatedKey)
    }
}

extension KeyedDecodingContainer {
    /// Reads what `encodeDatedApart` wrote (the undated key may be missing): the dated, then the undated.
    func decodeDatedApart<Entry: Decodable>(_ type: Entry.Type, datedKey: Key, undatedKey: Key) throws -> [Entry] {
        try decode([Entry].self, forKey: datedKey) + (try decodeIfPresent([Entry].self, forKey: undatedKey) ?? [])
    }
}
