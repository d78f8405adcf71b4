import Foundation
import Testing

/// The progress line and the summary: on a terminal only, silenced by --quiet.
@Suite struct ProgressTests {
    static let script = "/usr/bin/script"
    static var haveScript: Bool { FileManager.default.isExecutableFile(atPath: script) }

    /// Runs `arguments` with standard error (and output) on a pseudo-terminal, through `script`.
    static func onTerminal(_ arguments: [String], in directory: URL) throws -> String {
        let command = ([CLIRunner.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = CLIRunner.packageRoot
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: ProgressTests.haveScript)) func aTerminalSeesTheStagesAndASummary() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let svg = dir.appendingPathComponent("g.svg").path
        let shown = try Self.onTerminal(["graph", "Samples/articles", "--format", "svg", "-o", svg], in: dir)
        #expect(shown.contains("\r\u{1B}[Kstakegraph: reading and extracting articles ("))
        #expect(shown.contains("stakegraph: laying out the diagram (dot)"))
        #expect(shown.contains("\r\u{1B}[Kstakegraph: 10 articles, "), "the summary follows the erased line")
        let quiet = try Self.onTerminal(["graph", "Samples/articles", "--format", "svg", "-o", svg, "--quiet"], in: dir)
        #expect(!quiet.contains("stakegraph:"), "\(quiet)")
    }

    @Test func aPipeSeesNoProgress() throws {
        let result = try CLIRunner.run(["graph", "Samples/articles", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }
}
