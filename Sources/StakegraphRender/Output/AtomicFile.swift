import Foundation
import StakegraphExtraction
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a failure never leaves a half-written one: the data goes to a
/// temporary file in the same folder, which `rename(2)` then puts in place atomically.
/// A symbolic link is followed: its target is replaced and the link stays. Only regular
/// files and new paths should come here; `OutputFile` writes devices and FIFOs in place.
public enum AtomicFile {
    /// Writes `data` to `path`.
    /// - Throws: `FileError` in our words.
    public static func write(_ data: Data, to path: String) throws {
        try write(to: path, streaming: { write in try write(data) })
    }

    /// Streams a file too large to hold in memory: `body` hands pieces to `write`, and the
    /// file appears under `path` only when it has returned without throwing.
    /// - Throws: `FileError`, or whatever `body` throws (then nothing is replaced).
    public static func write(to path: String, streaming body: (_ write: (Data) throws -> Void) throws -> Void) throws {
        let target = try resolvingLinks(path)
        let folder = PathParts.folder(of: target)
        try Folder.create(folder)
        let name = PathParts.name(of: target)
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(UUID().uuidString).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw FileError(path: path, errno: errno) }
        var isOpen = true
        do {
            try body(FileDescriptorWriter(descriptor: descriptor).writer(naming: path))
            var existing = stat()
            if stat(target, &existing) == 0, (existing.st_mode & S_IFMT) == S_IFREG {
                _ = fchmod(descriptor, existing.st_mode & 0o7777)
            }
            isOpen = false
            guard close(descriptor) == 0 else { throw FileError(path: path, errno: errno) }
            guard rename(temporary, target) == 0 else { throw FileError(path: path, errno: errno) }
        } catch {
            if isOpen { close(descriptor) }
            unlink(temporary)
            throw error
        }
    }

    /// The path a chain of symbolic links at `path` ends at (which may not exist yet), or
    /// `path` itself when it is not a link.
    static func resolvingLinks(_ path: String) throws(FileError) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else { throw FileError(path: path, errno: errno) }
            let destination = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/")
                ? destination
                : [PathParts.folder(of: current), destination].filter { !$0.isEmpty }.joined(separator: "/")
        }
        throw .file(path: path, problem: .tooManySymbolicLinks)
    }
}
