import ArgumentParser
import StakegraphRender

@main
struct Stakegraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stakegraph",
        abstract: "Read news articles and show who engaged whom, and when.",
        discussion: """
        Inputs are .txt/.md articles (optional front matter with title, date, source, outlet),
        directories (read recursively), JSON Lines corpora (.jsonl), or - for standard input.
        Or keep a corpus in an SQLite store: `stakegraph ingest INPUT... --db FILE`, then give
        any reading command --db FILE instead of inputs.
        """,
        version: StakegraphVersion.description,
        subcommands: [ExtractCommand.self, AnalyzeCommand.self, GraphCommand.self, TimelineCommand.self, WhoCommand.self,
                      CompareCommand.self, ReportCommand.self, EvaluateCommand.self,
                      ReadCommand.self, IngestCommand.self, ReindexCommand.self, StatsCommand.self, AliasCommand.self, MergeCommand.self, SplitCommand.self,
                      SynthCommand.self]
    )

    static func main() {
        // A closed pipe (`| head`) becomes EPIPE, which `runReportingErrors` ends on quietly.
        Console.ignoreBrokenPipeSignal()
        main(nil)
    }
}
