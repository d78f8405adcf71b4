import Foundation

/// Runs the built `stakegraph` binary, which SwiftPM places beside the test bundle.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutData: Data
    }

    static var binary: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("stakegraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/stakegraph")
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func run(_ arguments: [String], stdin: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self), stdoutData: outData)
    }

    /// Runs the binary with standard output sent to `output` (a device such as `/dev/full`),
    /// or, when `output` is nil, to a pipe whose reading end is closed at once, as `| head` does.
    static func run(_ arguments: [String], standardOutput output: FileHandle?) throws -> (status: Int32, reason: Process.TerminationReason, stderr: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let err = Pipe(), closed = Pipe()
        process.standardOutput = output ?? closed
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        if output == nil {
            try? closed.fileHandleForReading.close()
            try? closed.fileHandleForWriting.close()
        }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason, String(decoding: errData, as: UTF8.self))
    }

    /// Makes a character device node (as `mknod -m 666 PATH c MAJOR MINOR`) and returns whether
    /// it could: only root can, so tests that need one are skipped elsewhere.
    static func makeDevice(at path: String, major: Int, minor: Int) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["mknod", "-m", "666", path, "c", "\(major)", "\(minor)"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// True when this process may make device nodes (in a temporary folder).
    static let canMakeDevices: Bool = {
        guard let dir = try? temporaryDirectory() else { return false }
        defer { try? FileManager.default.removeItem(at: dir) }
        return makeDevice(at: dir.appendingPathComponent("null").path, major: 1, minor: 3)
    }()

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stakegraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension CLIRunner {
    /// The help of `arguments` (a subcommand, or none for the root) at 80 columns, as a terminal
    /// of that width or a pipe shows it.
    static func help(_ arguments: [String]) throws -> Result {
        try run(arguments + ["--help"], environment: ["COLUMNS": "80"])
    }

    /// Runs the binary with `environment` added to this process's.
    static func run(_ arguments: [String], environment: [String: String], in directory: URL? = nil) throws -> Result {
        try run(executable: binary, arguments, environment: environment, in: directory)
    }

    /// Runs `command` with `/bin/sh -c` in `directory`, with the binary's folder first on PATH:
    /// a command line exactly as a user would type it.
    static func shell(_ command: String, in directory: URL) throws -> Result {
        let path = binary.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        return try run(executable: URL(fileURLWithPath: "/bin/sh"), ["-c", command], environment: ["PATH": path], in: directory)
    }

    private static func run(executable: URL, _ arguments: [String], environment: [String: String], in directory: URL?) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Both pipes are drained at once, so that a full one cannot stall the process.
        let errData = Drained()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errData.data = err.fileHandleForReading.readDataToEndOfFile() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData.data, as: UTF8.self), stdoutData: outData)
    }
}

/// What one pipe gave, read on another thread.
private final class Drained: @unchecked Sendable {
    var data = Data()
}
