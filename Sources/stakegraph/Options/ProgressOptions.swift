import ArgumentParser
import StakegraphExtraction
import StakegraphRender

/// `--quiet`, for the commands that can run long: they show a progress line and end with a
/// one-line summary on standard error when it is a terminal.
struct ProgressOptions: ParsableArguments {
    @Flag(help: "No progress line and no summary on standard error (shown only when it is a terminal).")
    var quiet = false

    /// The progress line of this run: drawn when standard error is a terminal and --quiet is not given.
    func line() -> ProgressLine {
        ProgressLine(isEnabled: !quiet && ProgressLine.standardErrorIsTerminal)
    }

    /// Reads and extracts `input` under this run's progress line, then runs `body` with the
    /// extraction and the line (finished afterwards, whatever happens); errors are reported as
    /// `runReportingErrors` does. The start every reading command shares.
    func run(extracting input: InputOptions, eventsFrom: Day? = nil, _ body: (Extraction, ProgressLine) throws -> Void) throws {
        try runReportingErrors {
            let line = line()
            defer { line.finish() }
            line.stage("reading and extracting articles")
            try body(try input.extract(eventsFrom: eventsFrom), line)
        }
    }
}
