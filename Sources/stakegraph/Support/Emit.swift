import Foundation
import StakegraphRender

/// Writes to `path` as `OutputFile` does (a file atomically), or to standard output (nil or
/// `-`) with a final newline.
func emit(_ data: Data, to path: String?) throws {
    let target = path ?? "-"
    try OutputFile.write(to: target) { write in
        try write(data)
        if OutputFile.isStandardOutput(target) { try write(Data("\n".utf8)) }
    }
}

/// Writes a listing to `path` as `OutputFile` does (a file atomically), or to standard
/// output (nil or `-`) as it is.
func emitListing(_ data: Data, to path: String?) throws {
    try OutputFile.write(data, to: path ?? "-")
}

/// Writes `message` and a newline to standard error.
func printError(_ message: String) {
    Console.writeErrorLine(message)
}
