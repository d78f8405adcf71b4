import ArgumentParser
import Foundation
import StakegraphExtraction
import StakegraphGraph

struct WhoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "who",
        abstract: "List who engaged a stakeholder: how, when, with the sentence and article for each.",
        discussion: """
        Acts toward anyone who belonged to a named organisation on the act's date count too (--named-only: toward the organisation itself only). The first line says the level; at --level organisation both ends are shown as the organisation they belonged to then.

        Examples:
          stakegraph who Samples/articles --engaged Ofsted
          stakegraph who Samples/articles --engaged "Helen Marchbank" --format json
          stakegraph who Samples/articles --engaged NEU --level organisation
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var dates: DateRangeOptions
    @OptionGroup var listing: ListingOptions

    @Option(help: "The stakeholder engaged (id, name or alias).")
    var engaged: String

    @Option(name: .customLong("type"), help: "Keep only this interaction type (repeatable).")
    var types: [InteractionType] = []

    @Option(help: "Listing format.")
    var format: ListingFormat = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (- for standard output).")
    var output: String?

    func validate() throws {
        if engaged.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--engaged needs a stakeholder.") }
    }

    func run() throws {
        try runReportingErrors {
            let graph = StakeholderGraph(extraction: try input.extract(eventsFrom: dates.range?.from))
            let found = try graph.whoEngaged(engaged, level: listing.level, includingMembers: !listing.namedOnly, dates: dates.range, types: types.isEmpty ? nil : Set(types))
            let data: Data
            switch format {
            case .text: data = Data(found.text().utf8)
            case .csv: data = Data(found.csv().utf8)
            case .json: data = try found.jsonData()
            }
            try emitListing(data, to: output)
        }
    }
}
