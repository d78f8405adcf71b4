import ArgumentParser
import StakegraphRender
import Foundation
import StakegraphStore

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count a store's articles per outlet and year, interactions per type, entities per kind.",
        discussion: """
        Examples:
          stakegraph ingest Samples/articles --db corpus.sqlite
          stakegraph stats --db corpus.sqlite
          stakegraph stats --db corpus.sqlite --format json
          stakegraph stats --db corpus.sqlite --check
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format.")
    var format: Format = .text

    @Flag(help: "Run SQLite's full integrity check (for a file) and the store's own checks first; exit 1, naming each problem, when any fails.")
    var check = false

    func run() throws {
        var problems: [String] = []
        try runReportingErrors {
            let corpus: CorpusStore
            do {
                corpus = try store.open(forWriting: false)
            } catch StoreError.damaged(_, let message) where check {
                problems = [message]
                return
            }
            if check {
                // Checked before counting: counting a damaged store fails on the damage.
                do {
                    problems = try corpus.consistencyProblems()
                } catch StoreError.damaged(_, let message) {
                    problems = [message]
                }
                guard problems.isEmpty else { return }
            }
            let stats = try corpus.statistics()
            switch format {
            case .text: try Console.writeLine(stats.text)
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                try Console.writeLine(String(decoding: try encoder.encode(stats), as: UTF8.self))
            }
            if check, format == .text { try Console.writeLine("\ncheck: ok") }
        }
        guard problems.isEmpty else {
            for p in problems { printError("\(store.name): \(p)") }
            throw ExitCode.failure
        }
    }
}
