/// The `article` row as the PostgreSQL engine writes and reads it: one list of columns, one of values.
extension ArticleColumns {
    /// The `article` columns a write sets, in the order of `postgresValues` (and, after `seq`,
    /// of the rows `init(postgres:location:)` reads).
    static let postgresColumns = [
        "id", "title", "date", "date_start", "date_end", "outlet", "source", "origin", "text", "content_hash", "extractor_version",
        "record", "interaction_count", "ingested_at",
    ]

    var postgresValues: [PostgresSession.Value] {
        [.text(id), .text(title), .text(date), .text(dateStart), .text(dateEnd), .text(outlet), .text(source), .text(origin), .text(text),
         .text(contentHash), .text(extractorVersion), .bytes(record), .integer(Int64(interactionCount)), .text(ingestedAt)]
    }

    /// Reads a row selected as `seq` then `postgresColumns`.
    init(postgres row: PostgresSession.Row, location: String) throws {
        guard let seq = row.integer(0), let id = row.text(1), let origin = row.text(8), let text = row.text(9), let hash = row.text(10),
              let version = row.text(11), let record = row.bytes(12), let count = row.integer(13), let ingested = row.text(14) else {
            throw StoreError.damaged(path: location, message: "an article row lacks a column")
        }
        self.seq = seq
        self.id = id
        title = row.text(2)
        date = row.text(3)
        dateStart = row.text(4)
        dateEnd = row.text(5)
        outlet = row.text(6)
        source = row.text(7)
        self.origin = origin
        self.text = text
        contentHash = hash
        extractorVersion = version
        self.record = record
        interactionCount = Int(count)
        ingestedAt = ingested
    }
}
