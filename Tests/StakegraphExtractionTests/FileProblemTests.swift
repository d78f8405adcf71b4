import Foundation
import Testing
@testable import StakegraphExtraction
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// System and Foundation file errors in our words, from the one mapping every module uses.
@Suite struct FileProblemTests {
    @Test(arguments: [
        (ENOENT, "no such file"), (EACCES, "permission denied"), (EPERM, "permission denied"),
        (ENOTDIR, "is a file, not a folder"), (EISDIR, "is a folder, not a file"),
        (ENOSPC, "no space left on device"), (EROFS, "read-only file system"), (EPIPE, "the reader closed the pipe"),
    ])
    func errnoValuesGetOurWords(code: Int32, words: String) {
        #expect(FileProblem(errno: code).description == words)
        #expect(FileError(path: "/nowhere/out.svg", errno: code).description == "/nowhere/out.svg: \(words)")
    }

    /// The raw errors users saw: 513 (unwritable), 516 (exists), 640 (disk full), 256 and 260 (unreadable).
    @Test func cocoaErrorsGetOurWords() {
        func cocoa(_ code: Int, posix: Int32? = nil) -> NSError {
            var info: [String: Any] = [NSFilePathErrorKey: "/x"]
            if let posix { info[NSUnderlyingErrorKey] = NSError(domain: NSPOSIXErrorDomain, code: Int(posix)) }
            return NSError(domain: NSCocoaErrorDomain, code: code, userInfo: info)
        }
        #expect(FileProblem(cocoa(513)) == .permissionDenied)
        #expect(FileProblem(cocoa(513, posix: EROFS)) == .readOnlyFileSystem)
        #expect(FileProblem(cocoa(516)) == .alreadyExists)
        #expect(FileProblem(cocoa(516, posix: ENOTDIR)) == .notAFolder)
        #expect(FileProblem(cocoa(640)) == .noSpace)
        #expect(FileProblem(cocoa(640, posix: ENOSPC)).description == "no space left on device")
        #expect(FileProblem(cocoa(260)) == .noSuchFile)
        #expect(FileProblem(cocoa(4)) == .noSuchFile)
        #expect(FileProblem(cocoa(256, posix: EISDIR)) == .isAFolder)
        #expect(!FileProblem(cocoa(256)).description.contains("Domain"))
        #expect(FileProblem(NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))) == .permissionDenied)
        #expect(FileError(path: "out", error: cocoa(513)).description == "out: permission denied")
    }

    @Test func aPathThroughAFileNamesTheFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fileproblem-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("notes.txt").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect(FileError(path: file + "/a/b.svg", errno: ENOTDIR) == .file(path: file, problem: .notAFolder))
        #expect(throws: FileError.file(path: file, problem: .notAFolder)) { try FileReader.contents(of: file + "/x") }
        #expect(throws: FileError.file(path: dir.path, problem: .isAFolder)) { try FileReader.contents(of: dir.path) }
        #expect(throws: FileError.file(path: file + ".none", problem: .noSuchFile)) { try FileReader.contents(of: file + ".none") }
        #expect(try FileReader.contents(of: file) == Data("x".utf8))
        #expect(FileError.standardOutput(problem: .noSpace).description == "cannot write to standard output: no space left on device")
        #expect(FileError.standardOutput(problem: .brokenPipe).isBrokenPipe)
    }
}
