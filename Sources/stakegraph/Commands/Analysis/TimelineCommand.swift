import ArgumentParser
import Foundation
import StakegraphGraph
import StakegraphRender

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List interactions in date order: the whole corpus, one stakeholder, or one pair.",
        discussion: """
        Oldest first, undated last, after a heading that says the level; each line carries the evidence sentence and every article (with its outlet) that reports the act. An organisation named with --entity or --pair stands for the people who belonged to it on each act's date too (--named-only: for itself only).

        Examples:
          stakegraph timeline Samples/articles
          stakegraph timeline Samples/articles --entity Ofsted --from 2019 --format csv
          stakegraph timeline Samples/articles --pair "Helen Marchbank" "Daniel Okafor"
          stakegraph timeline Samples/articles --pair Ofsted NEU --level organisation
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var dates: DateRangeOptions
    @OptionGroup var listing: ListingOptions

    @Option(help: "Only events with this stakeholder at either end (id, name or alias).")
    var entity: String?

    @Option(parsing: .upToNextOption, help: "Only events between these two stakeholders.")
    var pair: [String] = []

    @Option(help: "Listing format.")
    var format: ListingFormat = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (- for standard output).")
    var output: String?

    func validate() throws {
        if !pair.isEmpty && pair.count != 2 { throw ValidationError("--pair takes exactly two stakeholders.") }
        if entity != nil && !pair.isEmpty { throw ValidationError("Give --entity or --pair, not both.") }
    }

    func run() throws {
        try runReportingErrors {
            let graph = StakeholderGraph(extraction: try input.extract(eventsFrom: dates.range?.from))
            let scope: TimelineScope = entity.map { .stakeholder($0) } ?? (pair.count == 2 ? .pair(pair[0], pair[1]) : .corpus)
            let timeline = try graph.timeline(scope, level: listing.level, dates: dates.range, includingMembers: !listing.namedOnly)
            let data: Data
            switch format {
            case .text: data = Data(timeline.text().utf8)
            case .csv: data = Data(timeline.csv().utf8)
            case .json: data = try timeline.jsonData()
            }
            try emitListing(data, to: output)
        }
    }
}
