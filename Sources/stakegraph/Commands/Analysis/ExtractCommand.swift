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
          cat Samples/corpus.jsonl | stakegraph extract --jsonl - > corpus.part
          stakegraph graph corpus.part --format json -o graph.json

        With --jsonl, each article gives one self-contained JSON line (a part file), written as it is read, in input order, and nothing else is written: run unchanged as the map of Spark (RDD.pipe), Hadoop Streaming or any tool that pipes lines. With - it reads JSON Lines from standard input as they arrive; an empty input gives no lines. A bad line stops it with one error naming the line and exit status 1. Every reading command takes part files (any number, in any order) and links their articles as one run over the whole input would.
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Write the JSON to this file instead of standard output (- for standard output).")
    var output: String?

    @Flag(help: "Instead of JSON, print each sentence with its resolved mentions and the interactions found in it.")
    var explain = false

    @Flag(help: "Write one self-contained JSON line per article as it is read (a part file), for Spark, Hadoop Streaming or any line-piping tool.")
    var jsonl = false

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        if jsonl, explain { throw ValidationError("Give --jsonl or --explain, not both.") }
        if jsonl, input.database != nil { throw ValidationError("--jsonl extracts articles; a store (--db) is extracted already.") }
        if jsonl, let part = (try? PartFiles.select(input.inputs))??.first {
            throw ValidationError("\(part) holds articles extracted already (by extract --jsonl): read it without --jsonl.")
        }
    }

    func run() throws {
        try runReportingErrors {
            if jsonl {
                // No progress and nothing on standard error unless there is a problem: a line-piping tool reads both.
                var stream = input.loading.stream(try input.loading.allInputs(input.inputs))
                stream.uniqueIDs = false
                stream.streamsStandardInput = true
                let extractor = try input.dictionary.extractor()
                do {
                    try OutputFile.write(to: output ?? "-") { write in try extractor.writeParts(&stream, write: write) }
                } catch {
                    for warning in stream.warnings { printError(warning.description) }
                    throw error
                }
                for warning in stream.warnings { printError(warning.description) }
                return
            }
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
