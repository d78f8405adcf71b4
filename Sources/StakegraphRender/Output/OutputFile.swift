import Foundation
import StakegraphExtraction
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `-o PATH` (and every other output path) writes:
/// - `-` and `/dev/stdout`: standard output;
/// - `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`: that open descriptor;
/// - a FIFO, a character or block device or a socket: opened and written in place;
/// - a regular file, a new path, or a symbolic link to one of them: replaced atomically by
///   `AtomicFile` (a link is followed, its target replaced and the link kept).
public enum OutputFile {
    /// True for the paths that mean standard output: `-` and `/dev/stdout`.
    public static func isStandardOutput(_ path: String) -> Bool {
        path == "-" || path == "/dev/stdout"
    }

    /// Writes `data` to `path`.
    /// - Throws: `FileError` in our words.
    public static func write(_ data: Data, to path: String) throws {
        try write(to: path, streaming: { write in try write(data) })
    }

    /// Hands `body` a function that writes pieces to `path`.
    /// - Throws: `FileError`, or whatever `body` throws (then a file is not replaced).
    public static func write(to path: String, streaming body: (_ write: (Data) throws -> Void) throws -> Void) throws {
        if isStandardOutput(path) { return try body { data in try Console.write(data) } }
        if let descriptor = openDescriptor(named: path) {
            return try body(FileDescriptorWriter(descriptor: descriptor).writer(naming: path))
        }
        var status = stat()
        if stat(path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw FileError.file(path: path, problem: .isAFolder)
            default: return try writeInPlace(to: path, streaming: body)
            }
        }
        try AtomicFile.write(to: path, streaming: body)
    }

    /// Opens a FIFO or device for writing, without creating or truncating it.
    private static func writeInPlace(to path: String, streaming body: (_ write: (Data) throws -> Void) throws -> Void) throws {
        var descriptor: Int32
        repeat { descriptor = open(path, O_WRONLY | O_CLOEXEC) } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else { throw FileError(path: path, errno: errno) }
        defer { close(descriptor) }
        try body(FileDescriptorWriter(descriptor: descriptor).writer(naming: path))
    }

    /// The descriptor a path such as `/dev/stderr` or `/dev/fd/3` names in this process.
    static func openDescriptor(named path: String) -> Int32? {
        if path == "/dev/stderr" { return STDERR_FILENO }
        for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
            if let number = Int32(path.dropFirst(prefix.count)), number >= 0, fcntl(number, F_GETFD) != -1 { return number }
        }
        return nil
    }
}
