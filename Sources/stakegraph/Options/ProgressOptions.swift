import ArgumentParser
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
}
