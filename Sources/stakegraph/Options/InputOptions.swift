import ArgumentParser
import Foundation
import StakegraphExtraction
import StakegraphRender
import StakegraphStore

/// Options every reading command shares: the inputs (or a store) and how to read them.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files, web pages, directories, JSON Lines corpora (.jsonl), http(s):// addresses, - for standard input, or part files of extract --jsonl.")
    var inputs: [String] = []

    @Option(name: .customLong("db"), help: ArgumentHelp("Read the corpus stored in this database (an SQLite file or a postgres:// URL; see `stakegraph ingest`) instead of inputs.", valueName: "file|url"))
    var database: String?

    @OptionGroup var loading: LoadingOptions
    @OptionGroup var dictionary: DictionaryOptions

    func validate() throws {
        let given = !inputs.isEmpty || loading.urlsFile != nil
        if database != nil, given { throw ValidationError("Give inputs or --db, not both.") }
        if database == nil, !given {
            throw ValidationError("Give at least one input: a file, a directory, a .jsonl corpus, an http(s):// address or -; or a store with --db FILE or --db postgres://...")
        }
        try LoadingOptions.validateAddresses(inputs)
    }

    /// Loads the inputs or the stored articles (printing input warnings to standard error) and builds the extractor.
    func load() throws -> ([Article], Extractor) {
        let extractor = try dictionary.extractor()
        if let database {
            return (try CorpusStore(path: database, extractor: extractor, create: false, forWriting: false).articles(), extractor)
        }
        return (try loading.load(try loading.allInputs(inputs)), extractor)
    }

    /// Extracts the inputs, or rebuilds the extraction from the store (correction rules applied).
    /// - Parameter eventsFrom: when a query keeps only events on or after this day, a store reads
    ///   only the articles dated on or after it (or undated): an article cannot report an act that
    ///   came after it. Stakeholders are then linked among those articles only.
    func extract(eventsFrom: Day? = nil) throws -> Extraction {
        if let database {
            let filter = ExtractionFilter(from: eventsFrom, includeUndated: true)
            return try CorpusStore(path: database, extractor: try dictionary.extractor(), create: false, forWriting: false).extraction(filter: filter)
        }
        let paths = try loading.allInputs(inputs)
        if let parts = try PartFiles.select(paths) {
            // Extracted already (`extract --jsonl`, perhaps on Spark): linked here, in the parts' order.
            var warnings: [InputWarning] = []
            let extraction: Extraction
            do { extraction = try dictionary.extractor().extract(parts: parts, warnings: &warnings) } catch {
                for warning in warnings { printError(warning.description) }
                throw error
            }
            for warning in warnings { printError(warning.description) }
            if let notice = UndatedArticles(extraction.articles) { printError(notice.description) }
            return extraction
        }
        // Inputs are read a batch at a time: a JSON Lines corpus larger than memory still extracts.
        var stream = loading.stream(paths)
        let extraction: Extraction
        do { extraction = try dictionary.extractor().extract(&stream) } catch {
            // "no articles found" after pages that could not be fetched says why they were not read.
            for warning in stream.warnings { printError(warning.description) }
            throw error
        }
        for warning in stream.warnings { printError(warning.description) }
        if let notice = UndatedArticles(extraction.articles) { printError(notice.description) }
        return extraction
    }
}
