import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Output and dictionary paths that cannot be used: one line in our words, never a raw
/// `NSCocoaErrorDomain` message.
@Suite struct FileErrorMessageTests {
    static func expectOneLine(_ result: CLIRunner.Result, _ line: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 1, sourceLocation: sourceLocation)
        #expect(result.stderr == "stakegraph: error: \(line)\n", sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("Domain"), sourceLocation: sourceLocation)
    }

    @Test func anOutputFolderThatIsAFileIsNamed() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("notes.txt").path
        try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: file))
        Self.expectOneLine(try CLIRunner.run(["analyze", "Samples/articles", "--out", file]), "\(file): is a file, not a folder")
        Self.expectOneLine(try CLIRunner.run(["report", "Samples/articles", "--out", file]), "\(file): is a file, not a folder")
        Self.expectOneLine(try CLIRunner.run(["extract", "Samples/articles", "-o", file + "/x.json"]), "\(file): is a file, not a folder")
        Self.expectOneLine(try CLIRunner.run(["synth", "--articles", "2", "--format", "markdown", "-o", file + "/deeper"]),
                           "\(file): is a file, not a folder")
        Self.expectOneLine(try CLIRunner.run(["graph", "Samples/articles", "-o", dir.path]), "\(dir.path): is a folder, not a file")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep me\n")
    }

    @Test func aMissingOrFolderDictionaryIsNamed() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("none.yaml").path
        Self.expectOneLine(try CLIRunner.run(["extract", "Samples/articles", "--dictionary", missing]),
                           "\(missing): cannot read dictionary: no such file")
        Self.expectOneLine(try CLIRunner.run(["extract", "Samples/articles", "--dictionary", dir.path]),
                           "\(dir.path): cannot read dictionary: is a folder, not a file")
    }

    @Test(.enabled(if: CLIRunner.canMakeDevices))
    func aFullDiskIsNamed() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let full = dir.appendingPathComponent("full").path
        #expect(CLIRunner.makeDevice(at: full, major: 1, minor: 7))
        Self.expectOneLine(try CLIRunner.run(["graph", "Samples/articles", "--format", "svg", "-o", full]),
                           "\(full): no space left on device")
        Self.expectOneLine(try CLIRunner.run(["extract", "Samples/articles", "-o", full]), "\(full): no space left on device")
    }

    /// Root may write anywhere, so this one runs for other users only; `FileProblemTests`
    /// covers the mapping itself.
    @Test(.enabled(if: geteuid() != 0))
    func anUnwritableFolderIsNamed() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer {
            chmod(dir.path, 0o700)
            try? FileManager.default.removeItem(at: dir)
        }
        #expect(chmod(dir.path, 0o500) == 0)
        let target = dir.appendingPathComponent("g.dot").path
        Self.expectOneLine(try CLIRunner.run(["graph", "Samples/articles", "-o", target]), "\(target): permission denied")
    }
}
