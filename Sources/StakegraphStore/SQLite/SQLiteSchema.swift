import GRDB

/// The SQLite store's tables, created and upgraded by `DatabaseMigrator` (one migration per version;
/// never edit a shipped migration, add one).
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            // One row per article, in input order (`seq`). `record` is the article's extraction
            // before linking (JSON), which reading links across articles exactly as the extractor does.
            try db.create(table: "article") { t in
                t.autoIncrementedPrimaryKey("seq")
                t.column("id", .text).notNull().unique()
                t.column("title", .text)
                t.column("date", .text)
                t.column("date_start", .text)
                t.column("date_end", .text)
                t.column("outlet", .text)
                t.column("source", .text)
                t.column("origin", .text).notNull()
                t.column("text", .text).notNull()
                t.column("content_hash", .text).notNull()
                t.column("extractor_version", .text).notNull()
                t.column("record", .blob).notNull()
                t.column("interaction_count", .integer).notNull()
                t.column("ingested_at", .text).notNull()
            }
            try db.create(index: "article_on_dates", on: "article", columns: ["date_start", "date_end"])
            try db.create(index: "article_on_outlet", on: "article", columns: ["outlet"])

            // Stakeholders as each article names them on its own (correction rules applied).
            try db.create(table: "entity") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
                t.column("kind", .text).notNull()
            }
            try db.create(table: "mention") { t in
                t.column("article_seq", .integer).notNull().references("article", onDelete: .cascade)
                t.column("entity_id", .text).notNull()
                t.column("mentions", .integer).notNull()
                t.column("aliases", .text).notNull() // JSON array of the forms the article used
                t.primaryKey(["article_seq", "entity_id"])
            }
            try db.create(index: "mention_on_entity", on: "mention", columns: ["entity_id"])

            try db.create(table: "interaction") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("article_seq", .integer).notNull().references("article", onDelete: .cascade)
                t.column("source", .text).notNull()
                t.column("target", .text).notNull()
                t.column("type", .text).notNull()
                t.column("date", .text)
                t.column("date_start", .text)
                t.column("date_end", .text)
                t.column("confidence", .double).notNull()
            }
            try db.create(index: "interaction_on_article", on: "interaction", columns: ["article_seq"])
            try db.create(index: "interaction_on_source", on: "interaction", columns: ["source", "date_start"])
            try db.create(index: "interaction_on_target", on: "interaction", columns: ["target", "date_start"])
            try db.create(index: "interaction_on_date", on: "interaction", columns: ["date_start"])

            try db.create(table: "evidence") { t in
                t.column("interaction_id", .integer).notNull().references("interaction", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("sentence", .text).notNull()
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("cue", .text).notNull()
                t.primaryKey(["interaction_id", "position"])
            }

            // Corrections, applied in `id` order whenever an extraction is read or an article ingested.
            try db.create(table: "rule") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("kind", .text).notNull().check { ["alias", "merge", "split"].contains($0) }
                t.column("subject", .text).notNull()
                t.column("object", .text).notNull()
                t.column("created_at", .text).notNull()
                t.uniqueKey(["kind", "subject", "object"])
            }
        }
        return migrator
    }
}
