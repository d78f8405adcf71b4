import Foundation
import StakegraphExtraction
import Testing
@testable import StakegraphRender
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct AtomicFileTests {
    @Test func writesReplacesAndLeavesNoTemporaryFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("nested/out.txt").path
        try AtomicFile.write(Data("first".utf8), to: path)
        try AtomicFile.write(Data("second".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("nested").path)
        #expect(left == ["out.txt"])
    }

    @Test func aFailedWriteLeavesTheOldFileWhole() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        // The destination is a non-empty directory: rename(2) must fail and the temporary file must go.
        let target = dir.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: (any Error).self) { try AtomicFile.write(Data("x".utf8), to: target.path) }
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(names == ["taken"])
    }
}

/// `OutputFile` and `AtomicFile` on what a path can name: links, FIFOs, folders.
@Suite struct OutputFileTests {
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func aLinkChainIsFollowedToItsTargetAndTheModeKept() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("real.txt").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        #expect(chmod(target, 0o640) == 0)
        #expect(symlink("real.txt", dir.appendingPathComponent("one").path) == 0)
        #expect(symlink(dir.appendingPathComponent("one").path, dir.appendingPathComponent("two").path) == 0)
        try OutputFile.write(Data("new".utf8), to: dir.appendingPathComponent("two").path)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir.appendingPathComponent("two").path) == dir.appendingPathComponent("one").path)
        let attributes = try FileManager.default.attributesOfItem(atPath: target)
        #expect((attributes[.posixPermissions] as? Int) == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["one", "real.txt", "two"])
    }

    @Test func aLinkLoopAndAFolderAreRefusedInOurWords() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let loop = dir.appendingPathComponent("loop").path
        #expect(symlink("loop", loop) == 0)
        #expect(throws: FileError.file(path: loop, problem: .tooManySymbolicLinks)) { try OutputFile.write(Data(), to: loop) }
        #expect(throws: FileError.file(path: dir.path, problem: .isAFolder)) { try OutputFile.write(Data(), to: dir.path) }
        let file = dir.appendingPathComponent("file").path
        try Data().write(to: URL(fileURLWithPath: file))
        #expect(throws: FileError.file(path: file, problem: .notAFolder)) { try OutputFile.write(Data(), to: file + "/sub/x.svg") }
        #expect(throws: FileError.file(path: file, problem: .notAFolder)) { try Folder.create(file + "/sub") }
    }

    @Test func aFIFOIsWrittenInPlace() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("f").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var read = Data()
        DispatchQueue.global().async {
            if let handle = FileHandle(forReadingAtPath: fifo) {
                read = handle.readDataToEndOfFile()
                try? handle.close()
            }
            done.signal()
        }
        try OutputFile.write(Data("through the pipe".utf8), to: fifo)
        done.wait()
        #expect(String(decoding: read, as: UTF8.self) == "through the pipe")
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO)
    }
}
