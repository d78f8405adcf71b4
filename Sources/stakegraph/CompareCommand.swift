import ArgumentParser
import Foundation
import StakegraphGraph

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two periods: relationships that appeared, disappeared or changed tone.",
        discussion: """
        A period is A..B with YYYY, YYYY-MM or YYYY-MM-DD on either side (one side may be open). Each change is listed with evidence sentences from both periods.

        Examples:
          stakegraph compare Samples/articles --period 2018..2020 --period 2023..2025
          stakegraph compare ../shared/seeds --level organisation --period ..2023 --period 2024..
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var view: GraphOptions

    @Option(name: .customLong("period"), help: "A period A..B; give it twice (before, then after).")
    var periods: [String] = []

    @Option(help: "A tone difference at least this large counts as a change (a change of sign always does).")
    var threshold: Double = 0.5

    @Option(help: "text or json.")
    var format: ListingFormat = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        guard periods.count == 2 else { throw ValidationError("Give --period exactly twice, e.g. --period 2018..2020 --period 2023..2025.") }
        for p in periods { do { _ = try DateRange(parsing: p) } catch { throw ValidationError("\(error)") } }
        if format == .csv { throw ValidationError("compare prints text or json.") }
    }

    func run() throws {
        try runReportingErrors {
            let graph = StakeholderGraph(extraction: try input.extract())
            let comparison = try graph.compare(try DateRange(parsing: periods[0]), with: try DateRange(parsing: periods[1]),
                                               level: view.level, filter: try view.filter(), toneThreshold: threshold)
            let data = format == .json ? try comparison.jsonData() : Data(comparison.text().utf8)
            try emitListing(data, to: output)
        }
    }
}
