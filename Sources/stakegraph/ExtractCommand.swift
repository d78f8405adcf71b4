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
          stakegraph extract article.txt
          stakegraph extract Samples/articles -o extraction.json
          cat corpus.jsonl | stakegraph extract -
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Write the JSON to this file instead of standard output (- for standard output).")
    var output: String?

    @Flag(help: "Instead of JSON, print each sentence with its resolved mentions and the interactions found in it.")
    var explain = false

    func run() throws {
        try runReportingErrors {
            if explain {
                let (articles, extractor) = try input.load()
                let text = articles.map { extractor.explain($0) }.joined(separator: "\n\n")
                try emit(Data(text.utf8), to: output)
                return
            }
            let extraction = try input.extract()
            let target = output ?? "-"
            try OutputFile.write(to: target) { write in
                try extraction.writeJSON(write)
                if OutputFile.isStandardOutput(target) { try write(Data("\n".utf8)) }
            }
        }
    }
}

/// Writes to `path` as `OutputFile` does (a file atomically), or to standard output (nil or
/// `-`) with a final newline.
func emit(_ data: Data, to path: String?) throws {
    let target = path ?? "-"
    try OutputFile.write(to: target) { write in
        try write(data)
        if OutputFile.isStandardOutput(target) { try write(Data("\n".utf8)) }
    }
}

/// Runs a command body, turning library errors into one line on standard error and exit code 1.
func runReportingErrors(_ body: () throws -> Void) throws {
    // Graphviz's warnings, collected while drawing, said once each in our words.
    defer { for warning in Graphviz.takeWarnings() { printError("stakegraph: note: \(warning)") } }
    do {
        try body()
    } catch let error as ValidationError {
        throw error
    } catch let error as CleanExit {
        throw error
    } catch let error as FileError where error.isBrokenPipe {
        // The reader of standard output went away (`| head`): it has all it wanted.
        throw ExitCode.success
    } catch {
        printError("stakegraph: error: \(error)")
        throw ExitCode.failure
    }
}
