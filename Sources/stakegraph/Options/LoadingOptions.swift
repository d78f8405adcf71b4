import ArgumentParser
import StakegraphExtraction

/// How article files are read.
struct LoadingOptions: ParsableArguments {
    @Flag(name: .customLong("us-dates"), help: "Read 01/02/2024 as 2 January (US order) instead of 1 February.")
    var usDates = false

    @Option(name: .customLong("assume-date"), help: ArgumentHelp("Date (YYYY, YYYY-MM or YYYY-MM-DD) for articles that give none in metadata or a dateline.", valueName: "date"))
    var assumedDate: DateArgument?

    func validate() throws {
        if let assumedDate, assumedDate.eventDate == nil {
            throw ValidationError("--assume-date takes YYYY, YYYY-MM or YYYY-MM-DD, not '\(assumedDate.text)'.")
        }
    }

    /// The loader these options describe.
    var loader: ArticleLoader {
        ArticleLoader(usDates: usDates, assumedDate: assumedDate?.eventDate)
    }

    /// The articles of `paths`, to be read in batches.
    func stream(_ paths: [String]) -> ArticleStream {
        ArticleStream(paths: paths, loader: loader)
    }

    /// Reads the articles of `paths`, printing input warnings to standard error.
    func load(_ paths: [String]) throws -> [Article] {
        let loaded = try loader.load(paths: paths)
        for warning in loaded.warnings { printError(warning.description) }
        return loaded.articles
    }
}
