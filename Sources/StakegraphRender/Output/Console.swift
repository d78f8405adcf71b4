import Foundation
import StakegraphExtraction
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and standard error for the command line, written with `write(2)`:
/// a failure is a `FileError` rather than a crash, and a reader that went away (`| head`)
/// is `FileError.standardOutput(problem: .brokenPipe)`, which the CLI ends quietly on.
public enum Console {
    /// Writes `data` to standard output.
    /// - Throws: `FileError.standardOutput` (for example on a full disk, or a closed pipe).
    public static func write(_ data: Data) throws(FileError) {
        if let code = FileDescriptorWriter(descriptor: STDOUT_FILENO).write(data) {
            throw .standardOutput(problem: FileProblem(errno: code))
        }
    }

    /// Writes `text` and a newline to standard output.
    public static func writeLine(_ text: String) throws(FileError) {
        try write(Data((text + "\n").utf8))
    }

    /// Writes `text` and a newline to standard error; a failure there has nowhere to go.
    public static func writeErrorLine(_ text: String) {
        _ = FileDescriptorWriter(descriptor: STDERR_FILENO).write(Data((text + "\n").utf8))
    }

    /// Makes a closed pipe an `EPIPE` error on write instead of a `SIGPIPE` that kills the
    /// process; call once at start-up.
    public static func ignoreBrokenPipeSignal() {
        signal(SIGPIPE, SIG_IGN)
    }
}
