import ArgumentParser
import StakegraphRender
import Foundation
import StakegraphStore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add articles to a store (an SQLite file or a PostgreSQL database), extracting only new or changed ones.",
        discussion: """
        An article already stored with the same content is skipped; one whose id is stored with other content replaces its old extraction. Articles are committed one batch per transaction, so an interrupted ingest leaves whole batches and running it again completes it. Correction rules (alias, merge, split) apply to what is stored. Every reading command takes --db FILE instead of inputs.

        --db also takes a PostgreSQL database, postgres://USER:PASSWORD@HOST:PORT/DATABASE (the password may come from PGPASSWORD instead), which several people can add to and read at once: concurrent ingests store each article once, and readers see whole batches.

        Examples:
          stakegraph ingest Samples/articles --db corpus.sqlite
          stakegraph ingest Samples/corpus.jsonl --db corpus.sqlite --batch 500
          stakegraph graph --db corpus.sqlite --format svg -o graph.svg
        """
    )

    @Argument(help: "Article files, web pages, directories, JSON Lines corpora (.jsonl), http(s):// addresses, - for standard input, or part files of extract --jsonl.")
    var inputs: [String] = []

    @OptionGroup var store: StoreOptions
    @OptionGroup var loading: LoadingOptions
    @OptionGroup var dictionary: DictionaryOptions

    @Option(parsing: .unconditional, help: "Articles per transaction.")
    var batch = 100

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        if inputs.isEmpty, loading.urlsFile == nil {
            throw ValidationError("Give at least one input: a file, a directory, a .jsonl corpus, an http(s):// address or -.")
        }
        try LoadingOptions.validateAddresses(inputs)
        if batch < 1 { throw ValidationError("--batch must be 1 or more.") }
    }

    func run() throws {
        try runReportingErrors {
            let line = progress.line()
            defer { line.finish() }
            line.stage("reading articles")
            let articles = try loading.load(try loading.allInputs(inputs))
            let corpus = try store.open(try dictionary.extractor(), create: true)
            let total = articles.count
            line.stage("ingesting 0/\(total) articles")
            let summary = try corpus.ingest(articles, batchSize: batch) { done in
                line.stage("ingesting \(done.added + done.replaced + done.unchanged)/\(total) articles")
            }
            line.finish()
            if !progress.quiet { try Console.writeLine("\(store.name): \(summary)") }
        }
    }
}
