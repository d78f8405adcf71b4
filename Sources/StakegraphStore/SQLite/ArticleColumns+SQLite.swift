import GRDB

/// The `article` row as GRDB reads and writes it: columns named as the properties in snake case.
extension ArticleColumns: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "article"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    mutating func didInsert(_ inserted: InsertionSuccess) {
        seq = inserted.rowID
    }
}
