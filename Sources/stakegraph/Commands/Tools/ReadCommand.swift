import ArgumentParser
import Foundation
import StakegraphExtraction
import StakegraphRender

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Print what extraction reads from each input: the article text, or its record as JSON.",
        discussion: """
        Web pages (.html, .htm) are read as articles: the main text without menus, sharing buttons, related stories or comments, one paragraph a block, with the title, date (and where it was found), outlet, URL and author of the page's metadata. Files ending in .gz are decompressed first. An http(s):// address (or each line of --urls FILE) is fetched and read as a web page; fetched pages are kept in a cache (--cache DIR), so a second run makes no request (--refresh fetches again). With --format json each article is one line of JSON with the fields of a JSON Lines corpus, so the output can be read back as one.

        Examples:
          stakegraph read Samples/web/harbour-bridge.html
          stakegraph read Samples/web --format json
          stakegraph read Samples/web --format json > web.jsonl
          stakegraph extract web.jsonl
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Article files, web pages (.html), directories, JSON Lines corpora (.jsonl), any of them .gz, http(s):// addresses, or - for standard input.")
    var inputs: [String] = []

    @OptionGroup var loading: LoadingOptions

    @Option(help: "text (each article's text under a ==> FILE <== header) or json (one JSON object a line).")
    var format: Format = .text

    func validate() throws {
        if inputs.isEmpty, loading.urlsFile == nil {
            throw ValidationError("Give at least one input: a file, a web page, a directory, a .jsonl corpus, an http(s):// address or -.")
        }
        try LoadingOptions.validateAddresses(inputs)
    }

    func run() throws {
        try runReportingErrors {
            // Everything is read before anything is printed: a bad input leaves no partial output.
            let previews = try loading.load(try loading.allInputs(inputs)).map(ArticlePreview.init)
            let lines: [String] = switch format {
            case .text: previews.map(\.textBlock)
            case .json: try previews.map { try $0.jsonLine() }
            }
            try Console.writeLine(lines.joined(separator: format == .text ? "\n\n" : "\n"))
        }
    }
}
