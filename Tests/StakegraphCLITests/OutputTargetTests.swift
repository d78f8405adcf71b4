import Foundation
import Testing
@testable import StakegraphExtraction
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `-o PATH` does to what the path names: a regular file or a new path is replaced
/// atomically, a symbolic link is followed (its target replaced, the link kept), a device or
/// FIFO is written in place, and `-` or `/dev/stdout` is standard output.
@Suite struct OutputTargetTests {
    static let article = "---\ndate: 2022-05-04\n---\nThe Hallam Teachers Union has accused Brookfield Academy Trust of ignoring staff.\n"

    /// A temporary folder holding `a.md`.
    static func folder() throws -> URL {
        let dir = try CLIRunner.temporaryDirectory()
        try Data(article.utf8).write(to: dir.appendingPathComponent("a.md"))
        return dir
    }

    static func fileType(_ path: String) -> mode_t {
        var status = stat()
        guard lstat(path, &status) == 0 else { return 0 }
        return status.st_mode & S_IFMT
    }

    @Test(.enabled(if: CLIRunner.canMakeDevices))
    func aDeviceIsWrittenInPlaceNotReplaced() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let null = dir.appendingPathComponent("null").path
        #expect(CLIRunner.makeDevice(at: null, major: 1, minor: 3))
        for arguments in [["graph", "--format", "svg"], ["extract"], ["timeline"], ["synth", "--articles", "2"]] {
            let inputs = arguments[0] == "synth" ? [] : [dir.appendingPathComponent("a.md").path]
            let result = try CLIRunner.run(arguments + inputs + ["-o", null])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(Self.fileType(null) == S_IFCHR, "\(arguments) replaced the device")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["a.md", "null"])
    }

    @Test func oneLetterRelativeOutputsAreWritten() throws {
        // Foundation's path methods crashed on "-o x" and "--out w" (a one-letter relative name).
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sample = CLIRunner.packageRoot.appendingPathComponent("Samples/articles").path
        let file = try CLIRunner.run(["extract", sample, "-o", "x"], environment: [:], in: dir)
        #expect(file.status == 0, "\(file.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("x").path))
        let folder = try CLIRunner.run(["report", sample, "--out", "w", "--quiet"], environment: [:], in: dir)
        #expect(folder.status == 0, "\(folder.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("w/report.html").path))
    }

    @Test func pathPartsSplitAtSlashes() {
        #expect(PathParts.folder(of: "w") == "")
        #expect(PathParts.folder(of: "a/b/") == "a")
        #expect(PathParts.folder(of: "/b") == "/")
        #expect(PathParts.folder(of: "a//b") == "a")
        #expect(PathParts.name(of: "a/b/") == "b")
        #expect(PathParts.name(of: "x") == "x")
        #expect(PathParts.name(of: "/") == "/")
    }

    @Test func aFIFOIsOpenedAndWrittenToItsReader() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("f").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reading end is open (without waiting for a writer) before the command runs, and
        // the graph fits in the pipe's buffer: nothing blocks, whatever the command does.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        let result = try CLIRunner.run(["graph", dir.appendingPathComponent("a.md").path, "-o", fifo])
        var bytes = [UInt8](repeating: 0, count: 1 << 16)
        let count = read(reader, &bytes, bytes.count)
        let read = String(decoding: bytes.prefix(max(count, 0)), as: UTF8.self)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(read.contains("digraph") && read.contains("Brookfield Academy Trust"))
        #expect(Self.fileType(fifo) == S_IFIFO)
    }

    @Test func aSymbolicLinkIsFollowedAndKept() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("target.txt").path
        let link = dir.appendingPathComponent("link.json").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
        #expect(symlink("target.txt", link) == 0)
        let result = try CLIRunner.run(["extract", dir.appendingPathComponent("a.md").path, "-o", link])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.fileType(link) == S_IFLNK)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.txt")
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.hasPrefix("{") && written.contains("Hallam Teachers Union"))
        // A dangling link gets its target created.
        let dangling = dir.appendingPathComponent("dangling.svg").path
        #expect(symlink("made.svg", dangling) == 0)
        let made = try CLIRunner.run(["graph", dir.appendingPathComponent("a.md").path, "--format", "svg", "-o", dangling])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(Self.fileType(dangling) == S_IFLNK)
        #expect(try String(contentsOfFile: dir.appendingPathComponent("made.svg").path, encoding: .utf8).contains("<svg"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["a.md", "dangling.svg", "link.json", "made.svg", "target.txt"])
    }

    @Test func dashAndDevStdoutAreStandardOutput() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("a.md").path
        let plain = try CLIRunner.run(["extract", input])
        for target in ["-", "/dev/stdout"] {
            let result = try CLIRunner.run(["extract", input, "-o", target])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdoutData == plain.stdoutData, "\(target)")
            let png = try CLIRunner.run(["graph", input, "--format", "png", "-o", target])
            #expect(png.status == 0, "\(png.stderr)")
            #expect(png.stdoutData.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        }
        let synth = try CLIRunner.run(["synth", "--articles", "2", "-o", "-"])
        #expect(synth.status == 0 && synth.stdout.split(separator: "\n").count == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["a.md"])
        #expect(!FileManager.default.fileExists(atPath: CLIRunner.packageRoot.appendingPathComponent("-").path))
        let both = try CLIRunner.run(["compare", input, "--period", "2018..2020", "--period", "2021..", "--diagram", "-"])
        #expect(both.status != 0 && both.stderr.contains("must end in"))
    }
}
