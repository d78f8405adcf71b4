import ArgumentParser
import StakegraphRender

@main
struct Stakegraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stakegraph",
        abstract: "Read news articles and show who engaged whom, and when.",
        discussion: """
        Inputs are .txt/.md articles (optional front matter with title, date, source, outlet), web pages (.html), any of them .gz, directories (read recursively), JSON Lines corpora (.jsonl), http(s):// addresses, or - for standard input. Or keep a corpus in a store, an SQLite file or a shared PostgreSQL database: `stakegraph ingest INPUT... --db FILE` (or --db postgres://USER:PASSWORD@HOST/DATABASE), then give any reading command --db instead of inputs.

        Long runs show their progress on standard error when it is a terminal (--quiet: none). Shell completion: `stakegraph --generate-completion-script bash` (or zsh, fish); see Docs/user-guide.md.
        """,
        version: StakegraphVersion.description,
        groupedSubcommands: [
            CommandGroup(name: "Analysis", subcommands: [
                ExtractCommand.self, AnalyzeCommand.self, GraphCommand.self, TimelineCommand.self, WhoCommand.self,
                CompareCommand.self, ReportCommand.self,
            ]),
            CommandGroup(name: "Store", subcommands: [
                IngestCommand.self, ReindexCommand.self, StatsCommand.self, AliasCommand.self, MergeCommand.self, SplitCommand.self,
            ]),
            CommandGroup(name: "Tools", subcommands: [ReadCommand.self, EvaluateCommand.self, SynthCommand.self]),
        ]
    )

    static func main() {
        // A closed pipe (`| head`) becomes EPIPE, which `runReportingErrors` ends on quietly.
        Console.ignoreBrokenPipeSignal()
        main(nil)
    }
}
