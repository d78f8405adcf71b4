import ArgumentParser
import Foundation
import StakegraphExtraction

/// Options every reading command shares: the inputs and how to read them.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files, directories, JSON Lines corpora (.jsonl), or - for standard input.")
    var inputs: [String] = []

    @Flag(name: .customLong("us-dates"), help: "Read 01/02/2024 as 2 January (US order) instead of 1 February.")
    var usDates = false

    @Option(name: .customLong("dictionary"), help: "A stakeholder dictionary (YAML) that adds to or overrides the default one.")
    var dictionaries: [String] = []

    @Option(name: .customLong("assume-date"), help: "Date (YYYY, YYYY-MM or YYYY-MM-DD) for articles that give none in metadata or a dateline.")
    var assumedDate: String?

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Give at least one input: a file, a directory, a .jsonl corpus or -.") }
        if let assumedDate, EventDate(string: assumedDate) == nil {
            throw ValidationError("--assume-date takes YYYY, YYYY-MM or YYYY-MM-DD, not '\(assumedDate)'.")
        }
    }

    /// Loads the inputs (printing input warnings to standard error) and builds the extractor.
    func load() throws -> ([Article], Extractor) {
        let loaded = try ArticleLoader(usDates: usDates, assumedDate: assumedDate.flatMap(EventDate.init(string:))).load(paths: inputs)
        for warning in loaded.warnings { printError(warning.description) }
        var dictionary = StakeholderDictionary.standard
        for path in dictionaries { dictionary.merge(try StakeholderDictionary(contentsOf: path)) }
        return (loaded.articles, Extractor(dictionary: dictionary))
    }

    /// Loads the inputs and extracts them.
    func extract() throws -> Extraction {
        let (articles, extractor) = try load()
        return extractor.extract(articles)
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
