import Foundation
import Testing

/// Standard output that refuses bytes: a full device gives one line and exit 1 (not a crash),
/// a reader that went away (`| head`) ends the command quietly with exit 0.
@Suite struct StandardOutputTests {
    static var haveDevFull: Bool { FileManager.default.isWritableFile(atPath: "/dev/full") }

    /// Every command that prints, on inputs where it has something to print.
    static let printing: [[String]] = [
        ["graph", "Samples/articles", "--format", "svg"],
        ["graph", "Samples/articles", "--format", "csv"],
        ["extract", "Samples/articles"],
        ["extract", "--explain", "Samples/articles"],
        ["who", "Samples/articles", "--engaged", "Ofsted"],
        ["timeline", "Samples/articles"],
        ["compare", "Samples/articles", "--period", "2018..2020", "--period", "2023..2025"],
        ["evaluate", "--gold", "Samples/gold", "Samples/articles"],
        ["synth", "--articles", "3"],
    ]

    @Test(.enabled(if: StandardOutputTests.haveDevFull), arguments: printing)
    func aFullDeviceGivesOneLineAndExitOne(arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        defer { try? full.close() }
        let result = try CLIRunner.run(arguments, standardOutput: full)
        #expect(result.reason == .exit)
        #expect(result.status == 1)
        #expect(result.stderr == "stakegraph: error: cannot write to standard output: no space left on device\n")
    }

    @Test(.enabled(if: StandardOutputTests.haveDevFull))
    func commandsThatPrintPathsReportAFullDeviceToo() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        defer { try? full.close() }
        let store = dir.appendingPathComponent("corpus.sqlite").path
        for arguments in [["report", "Samples/articles", "--out", dir.path, "--top", "5"], ["ingest", "Samples/articles", "--db", store],
                          ["stats", "--db", store]] {
            let result = try CLIRunner.run(arguments, standardOutput: full)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr == "stakegraph: error: cannot write to standard output: no space left on device\n", "\(arguments)")
        }
    }

    @Test(arguments: [["synth", "--megabytes", "2"], ["extract", "Samples/articles"], ["timeline", "Samples/articles"]])
    func aClosedPipeEndsQuietly(arguments: [String]) throws {
        let result = try CLIRunner.run(arguments, standardOutput: nil)
        #expect(result.reason == .exit, "killed by a signal")
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }
}
