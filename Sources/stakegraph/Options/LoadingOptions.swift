import ArgumentParser
import Foundation
import StakegraphExtraction
import StakegraphRender

/// How article files and web pages are read.
struct LoadingOptions: ParsableArguments {
    @Flag(name: .customLong("us-dates"), help: "Read 01/02/2024 as 2 January (US order) instead of 1 February.")
    var usDates = false

    @Option(name: .customLong("assume-date"), help: ArgumentHelp("Date (YYYY, YYYY-MM or YYYY-MM-DD) for articles that give none in metadata or a dateline.", valueName: "date"))
    var assumedDate: DateArgument?

    @Option(name: .customLong("urls"), help: ArgumentHelp("Read the web pages at the http(s):// addresses listed in this file, one a line (blank lines and lines starting with # are skipped).", valueName: "file"))
    var urlsFile: String?

    @Flag(help: "Fetch web pages again even when the page cache holds them.")
    var refresh = false

    @Option(name: .customLong("cache"), help: ArgumentHelp("Folder of the page cache (default: $XDG_CACHE_HOME/stakegraph/pages or ~/.cache/stakegraph/pages).", valueName: "dir"))
    var cacheDirectory: String?

    @Option(name: .customLong("delay"), help: ArgumentHelp("Seconds between two requests to one host.", valueName: "seconds"))
    var delay: Double = 1

    @Option(name: .customLong("timeout"), help: ArgumentHelp("Seconds to wait for a web page before giving up on it.", valueName: "seconds"))
    var timeout: Double = 20

    func validate() throws {
        if !(delay >= 0 && delay <= 60) { throw ValidationError("--delay must lie between 0 and 60 seconds.") }
        if !(timeout > 0 && timeout <= 600) { throw ValidationError("--timeout must lie between 0 and 600 seconds (more than 0).") }
        if urlsFile != nil { _ = try addressesInFile() }
        if let assumedDate, assumedDate.eventDate == nil {
            throw ValidationError("--assume-date takes YYYY, YYYY-MM or YYYY-MM-DD, not '\(assumedDate.text)'.")
        }
    }

    /// The loader these options describe.
    var loader: ArticleLoader {
        let pages = PageFetcher(cache: PageCache(directory: cacheDirectory ?? PageCache.defaultDirectory()), refresh: refresh,
                                timeout: timeout, delay: delay,
                                userAgent: "Stakegraph/\(StakegraphVersion.release) (reads news pages for a stakeholder graph)")
        return ArticleLoader(usDates: usDates, assumedDate: assumedDate?.eventDate, pages: pages)
    }

    /// Refuses an input that starts like a web address but is not a usable one.
    static func validateAddresses(_ inputs: [String]) throws {
        for input in inputs where PageFetcher.isWebAddress(input) && PageFetcher.webAddress(input) == nil {
            throw ValidationError("'\(input)' is not a usable http(s) address.")
        }
    }

    /// The addresses listed in the `--urls` file, one a line; blank lines and `#` comments skipped.
    func addressesInFile() throws -> [String] {
        guard let urlsFile else { return [] }
        let data: Data
        do { data = try FileReader.contents(of: urlsFile) } catch {
            throw ValidationError("\(urlsFile): cannot read: \(error.problem.description)")
        }
        var addresses: [String] = []
        for (index, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let address = line.trimmingCharacters(in: .whitespaces.union(.init(charactersIn: "\r")))
            if address.isEmpty || address.hasPrefix("#") { continue }
            guard PageFetcher.webAddress(address) != nil else {
                throw ValidationError("\(urlsFile):\(index + 1): not an http(s) address: '\(address)'")
            }
            addresses.append(address)
        }
        return addresses
    }

    /// The inputs given, then the addresses of the `--urls` file.
    func allInputs(_ inputs: [String]) throws -> [String] {
        inputs + (try addressesInFile())
    }

    /// The articles of `paths`, to be read in batches.
    func stream(_ paths: [String]) -> ArticleStream {
        ArticleStream(paths: paths, loader: loader)
    }

    /// Reads the articles of `paths`, printing input warnings to standard error (also when
    /// reading fails: "no articles found" after a skipped page says why it was skipped).
    /// Part files (`extract --jsonl`) give their articles back, text included.
    func load(_ paths: [String]) throws -> [Article] {
        if let parts = try PartFiles.select(paths) {
            var warnings: [InputWarning] = []
            defer { for warning in warnings { printError(warning.description) } }
            return try PartFiles.articles(parts, warnings: &warnings)
        }
        var stream = stream(paths)
        var articles: [Article] = []
        do {
            while let batch = try stream.next() { articles += batch }
        } catch {
            for warning in stream.warnings { printError(warning.description) }
            throw error
        }
        for warning in stream.warnings { printError(warning.description) }
        if let notice = UndatedArticles(articles) { printError(notice.description) }
        return articles
    }
}
