import Foundation
import StakegraphExtraction
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates output folders, with errors in our words (`out: is a file, not a folder`).
package enum Folder {
    /// Makes sure `path` is a folder, creating it and any missing parents.
    /// - Throws: `FileError` naming the part of the path that is a file or cannot be created.
    package static func create(_ path: String) throws(FileError) {
        let path = path.isEmpty ? "." : path
        var status = stat()
        if stat(path, &status) == 0 {
            guard (status.st_mode & S_IFMT) == S_IFDIR else { throw .file(path: path, problem: .notAFolder) }
            return
        }
        let code = errno
        guard code == ENOENT else { throw FileError(path: path, errno: code) }
        let parent = PathParts.folder(of: path)
        if !parent.isEmpty, parent != path { try create(parent) }
        if mkdir(path, 0o777) != 0, errno != EEXIST { throw FileError(path: path, errno: errno) }
    }
}
