import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with `open(2)` and `read(2)`, so that a FIFO or a character device is
/// read as a stream up to its end, and every failure is a `FileError` in our words.
public enum FileReader {
    /// The bytes of `path`.
    /// - Throws: `FileError` naming `path` (a folder gives `.isAFolder`).
    public static func contents(of path: String) throws(FileError) -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(path: path, errno: errno) }
        defer { close(fd) }
        var status = stat()
        if fstat(fd, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw .file(path: path, problem: .isAFolder)
        }
        var data = Data()
        let size = (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : 0
        if size > 0 { data.reserveCapacity(size) }
        // A regular file in a few large reads; a stream in pipe-sized ones.
        var buffer = [UInt8](repeating: 0, count: size > 0 ? min(size + 1, 8 << 20) : 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 { data.append(buffer, count: count); continue }
            if count == 0 { return data }
            if errno == EINTR { continue }
            throw FileError(path: path, errno: errno)
        }
    }
}
