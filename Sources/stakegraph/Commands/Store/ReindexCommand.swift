import ArgumentParser
import StakegraphRender
import Foundation
import StakegraphExtraction
import StakegraphStore

struct ReindexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Re-extract stored articles recorded by another extractor version (or all of them).",
        discussion: """
        Reads the stored text again, so the original files are not needed. Correction rules are kept and applied.

        Examples:
          stakegraph ingest Samples/articles --db corpus.sqlite
          stakegraph reindex --db corpus.sqlite
          stakegraph reindex --db corpus.sqlite --all \\
              --dictionary Samples/dictionary.yaml
        """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var dictionary: DictionaryOptions

    @Flag(help: "Re-extract every article, not only those of another extractor version.")
    var all = false

    @Option(parsing: .unconditional, help: "Articles per transaction.")
    var batch = 100

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        if batch < 1 { throw ValidationError("--batch must be 1 or more.") }
    }

    func run() throws {
        try runReportingErrors {
            let line = progress.line()
            defer { line.finish() }
            line.stage("re-extracting articles")
            let count = try store.open(try dictionary.extractor()).reindex(all: all, batchSize: batch) { done in
                line.stage("re-extracting articles: \(done) done")
            }
            line.finish()
            try Console.writeLine("\(store.name): \(count) article\(count == 1 ? "" : "s") re-extracted (extractor version \(Extractor.version))")
        }
    }
}
