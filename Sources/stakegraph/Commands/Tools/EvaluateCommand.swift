import ArgumentParser
import StakegraphRender
import Foundation
import StakegraphExtraction

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score extraction against gold files (annotation guide, section 6).",
        discussion: """
        Prints precision, recall and F1 for entities, typed interactions and who-engaged-whom pairs per article and micro-averaged, and the accuracy of dates.

        Examples:
          stakegraph evaluate --gold Samples/gold Samples/articles
          stakegraph evaluate --gold Samples/gold Samples/articles --verbose
        """
    )

    @Option(help: "A gold file or a directory of gold files (*.json).")
    var gold: String

    @Flag(help: "List every missed and spurious item under its article.")
    var verbose = false

    @Flag(help: "Print the report as JSON.")
    var json = false

    @OptionGroup var input: InputOptions

    func run() throws {
        try runReportingErrors {
            let golds = try GoldFile.load(gold)
            let report = Evaluator().evaluate(try input.extract(), gold: golds)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                try Console.writeLine(String(decoding: try encoder.encode(report), as: UTF8.self))
            } else {
                try Console.writeLine(report.table(verbose: verbose))
            }
        }
    }
}
