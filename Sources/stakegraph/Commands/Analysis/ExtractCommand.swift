import ArgumentParser
import Foundation
import StakegraphExtraction
import StakegraphRender

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the entities and interactions found in articles, as JSON.",
        discussion: """
        Examples:
          stakegraph extract Samples/articles/01-neu-calls-for-ofsted-abolition.md
          stakegraph extract Samples/articles -o extraction.json
          stakegraph extract Samples/articles --explain
          cat Samples/corpus.jsonl | stakegraph extract -
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Write the JSON to this file instead of standard output (- for standard output).")
    var output: String?

    @Flag(help: "Instead of JSON, print each sentence with its resolved mentions and the interactions found in it.")
    var explain = false

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        try runReportingErrors {
            if explain {
                let (articles, extractor) = try input.load()
                let text = articles.map { extractor.explain($0) }.joined(separator: "\n\n")
                try emit(Data(text.utf8), to: output)
                return
            }
            let line = progress.line()
            defer { line.finish() }
            line.stage("reading and extracting articles")
            let extraction = try input.extract()
            line.stage("writing the JSON")
            let target = output ?? "-"
            try OutputFile.write(to: target) { write in
                try extraction.writeJSON(write)
                if OutputFile.isStandardOutput(target) { try write(Data("\n".utf8)) }
            }
            line.finish(summary: RunSummary(extraction, seconds: line.elapsed).description)
        }
    }
}
