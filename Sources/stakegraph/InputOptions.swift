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

/// How article files are read.
struct LoadingOptions: ParsableArguments {
    @Flag(name: .customLong("us-dates"), help: "Read 01/02/2024 as 2 January (US order) instead of 1 February.")
    var usDates = false

    @Option(name: .customLong("assume-date"), help: "Date (YYYY, YYYY-MM or YYYY-MM-DD) for articles that give none in metadata or a dateline.")
    var assumedDate: String?

    func validate() throws {
        if let assumedDate, (EventDate(string: assumedDate)?.bounds.lowerBound.year ?? 0) < 1 {
            throw ValidationError("--assume-date takes YYYY, YYYY-MM or YYYY-MM-DD, not '\(assumedDate)'.")
        }
    }

    /// The loader these options describe.
    var loader: ArticleLoader {
        ArticleLoader(usDates: usDates, assumedDate: assumedDate.flatMap(EventDate.init(string:)))
    }

    /// The articles of `paths`, to be read in batches.
    func stream(_ paths: [String]) -> ArticleStream {
        ArticleStream(paths: paths, loader: loader)
    }

    /// Reads the articles of `paths`, printing input warnings to standard error (also when
    /// reading fails: "no articles found" after a skipped page says why it was skipped).
    func load(_ paths: [String]) throws -> [Article] {
        var stream = stream(paths)
        var articles: [Article] = []
        do {
            while let batch = try stream.next() { articles += batch }
        } catch {
            for warning in stream.warnings { printError(warning.description) }
            throw error
        }
        for warning in stream.warnings { printError(warning.description) }
        return articles
    }
}

/// Extra stakeholder dictionaries.
struct DictionaryOptions: ParsableArguments {
    @Option(name: .customLong("dictionary"), help: "A stakeholder dictionary (YAML) that adds to or overrides the default one.")
    var dictionaries: [String] = []

    func extractor() throws -> Extractor {
        var dictionary = StakeholderDictionary.standard
        for path in dictionaries { dictionary.merge(try StakeholderDictionary(contentsOf: path)) }
        return Extractor(dictionary: dictionary)
    }
}

/// The database the store commands work on.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The store (an SQLite file).", valueName: "file"))
    var database = "stakegraph.sqlite"

    /// Opens the store; for writing (the default), SQLite's quick check runs first.
    func open(_ extractor: Extractor = Extractor(), create: Bool = false, forWriting: Bool = true) throws -> CorpusStore {
        try CorpusStore(path: database, extractor: extractor, create: create, forWriting: forWriting)
    }
}

func printError(_ message: String) {
    Console.writeErrorLine(message)
}
