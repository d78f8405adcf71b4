import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a failure never leaves a half-written one: the data goes to a
/// temporary file in the same directory, which `rename(2)` then puts in place atomically.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        try write(to: path, using: { url in try data.write(to: url) })
    }

    /// Streams a file too large to hold in memory: `body` appends to the open handle, and
    /// the file appears under `path` only when it has returned without throwing.
    public static func write(to path: String, streaming body: (FileHandle) throws -> Void) throws {
        try write(to: path, using: { url in
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: "\(path): cannot create file"])
            }
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            try body(handle)
        })
    }

    private static func write(to path: String, using fill: (URL) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try fill(temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: "\(path): cannot replace file: \(String(cString: strerror(errno)))"])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
