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
          stakegraph stats --db corpus.sqlite
          stakegraph stats --db corpus.sqlite --format json
          stakegraph stats --db corpus.sqlite --check
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var store: StoreOptions

    @Option(help: "text or json.")
    var format: Format = .text

    @Flag(help: "Also run SQLite's integrity check and the store's own checks; exit 1 on a problem.")
    var check = false

    func run() throws {
        try runReportingErrors {
            let corpus = try store.open()
            let stats = try corpus.statistics()
            switch format {
            case .text: try Console.writeLine(stats.text)
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                try Console.writeLine(String(decoding: try encoder.encode(stats), as: UTF8.self))
            }
            if check {
                let problems = try corpus.consistencyProblems()
                for p in problems { printError("\(store.database): \(p)") }
                if !problems.isEmpty { throw ExitCode.failure }
                if format == .text { try Console.writeLine("\ncheck: ok") }
            }
        }
    }
}
