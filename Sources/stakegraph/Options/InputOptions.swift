import ArgumentParser
import Foundation
import StakegraphExtraction
import StakegraphRender
import StakegraphStore

/// Options every reading command shares: the inputs (or a store) and how to read them.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files, directories, JSON Lines corpora (.jsonl), or - for standard input.")
    var inputs: [String] = []

    @Option(name: .customLong("db"), help: ArgumentHelp("Read the corpus stored in this database (see `stakegraph ingest`) instead of inputs.", valueName: "file"))
    var database: String?

    @OptionGroup var loading: LoadingOptions
    @OptionGroup var dictionary: DictionaryOptions

    func validate() throws {
        if database != nil, !inputs.isEmpty { throw ValidationError("Give inputs or --db, not both.") }
        if database == nil, inputs.isEmpty {
            throw ValidationError("Give at least one input: a file, a directory, a .jsonl corpus or -; or a store with --db FILE.")
        }
    }

    /// Loads the inputs or the stored articles (printing input warnings to standard error) and builds the extractor.
    func load() throws -> ([Article], Extractor) {
        let extractor = try dictionary.extractor()
        if let database {
            return (try CorpusStore(path: database, extractor: extractor, create: false, forWriting: false).articles(), extractor)
        }
        return (try loading.load(inputs), extractor)
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
        // Inputs are read a batch at a time: a JSON Lines corpus larger than memory still extracts.
        var stream = loading.stream(inputs)
        let extraction = try dictionary.extractor().extract(&stream)
        for warning in stream.warnings { printError(warning.description) }
        return extraction
    }
}
