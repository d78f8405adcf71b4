import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file, folder or standard stream that could not be read or written, with the path it
/// concerns, so that the CLI prints one line such as `out/graph.svg: permission denied`.
public enum FileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `path` could not be opened, read, written, created or replaced.
    case file(path: String, problem: FileProblem)
    /// Standard output refused the bytes.
    case standardOutput(problem: FileProblem)

    public var problem: FileProblem {
        switch self {
        case .file(_, let problem), .standardOutput(let problem): return problem
        }
    }

    /// True when the reader of standard output went away (`| head`): not a failure.
    public var isBrokenPipe: Bool {
        if case .standardOutput(.brokenPipe) = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .file(let path, let problem): return "\(path): \(problem)"
        case .standardOutput(let problem): return "cannot write to standard output: \(problem)"
        }
    }

    /// The error of a failed system call on `path`. For `ENOTDIR` it names the part of the
    /// path that is a file (`notes.txt` rather than `notes.txt/out.svg`).
    public init(path: String, errno code: Int32) {
        if code == ENOTDIR, let file = FileError.fileInPath(path) {
            self = .file(path: file, problem: .notAFolder)
        } else {
            self = .file(path: path, problem: FileProblem(errno: code))
        }
    }

    /// The error of a failed Foundation call on `path`, in our words.
    public init(path: String, error: any Error) {
        if let fileError = error as? FileError { self = fileError; return }
        let problem = FileProblem(error)
        if problem == .notAFolder, let file = FileError.fileInPath(path) {
            self = .file(path: file, problem: .notAFolder)
        } else {
            self = .file(path: path, problem: problem)
        }
    }

    /// The nearest ancestor of `path` (or `path` itself) that exists and is not a folder.
    static func fileInPath(_ path: String) -> String? {
        var current = path
        while !current.isEmpty, current != "/", current != "." {
            var status = stat()
            if stat(current, &status) == 0 { return (status.st_mode & S_IFMT) == S_IFDIR ? nil : current }
            let parent = PathParts.folder(of: current)
            if parent == current { break }
            current = parent
        }
        return nil
    }
}
