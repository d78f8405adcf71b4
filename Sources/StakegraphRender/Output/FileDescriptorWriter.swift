import Foundation
import StakegraphExtraction
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes whole buffers to an open file descriptor with `write(2)`, going on after short
/// writes and interrupted calls, and reports a failure as its `errno`.
package struct FileDescriptorWriter: Sendable {
    package let descriptor: Int32

    package init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Writes every byte of `data`; returns the `errno` of a failure, nil on success.
    package func write(_ data: Data) -> Int32? {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32? in
            guard var pointer = buffer.baseAddress else { return nil }
            var left = buffer.count
            while left > 0 {
                let written = systemWrite(descriptor, pointer, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                pointer += written
                left -= written
            }
            return nil
        }
    }

    /// A write function for `AtomicFile`/`OutputFile` bodies that throws `FileError` naming `path`.
    package func writer(naming path: String) -> (Data) throws -> Void {
        { data in if let code = write(data) { throw FileError(path: path, errno: code) } }
    }
}

/// `write(2)`, out of reach of the method of the same name.
private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, pointer, count)
}
