import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What went wrong with a file, in our words: the one place where `errno` values and
/// Foundation's file errors (`NSCocoaErrorDomain`, `NSPOSIXErrorDomain`) become text a user
/// can act on.
public enum FileProblem: Sendable, Hashable, CustomStringConvertible {
    case noSuchFile
    case permissionDenied
    /// A path component (or an output folder) is a file.
    case notAFolder
    /// A file was expected and the path names a folder.
    case isAFolder
    case noSpace
    case readOnlyFileSystem
    case tooLarge
    case nameTooLong
    case tooManySymbolicLinks
    case alreadyExists
    /// The reading end of a pipe was closed.
    case brokenPipe
    case inputOutput
    /// Anything else, described by the system's words for it.
    case other(String)

    public var description: String {
        switch self {
        case .noSuchFile: return "no such file"
        case .permissionDenied: return "permission denied"
        case .notAFolder: return "is a file, not a folder"
        case .isAFolder: return "is a folder, not a file"
        case .noSpace: return "no space left on device"
        case .readOnlyFileSystem: return "read-only file system"
        case .tooLarge: return "file too large"
        case .nameTooLong: return "file name too long"
        case .tooManySymbolicLinks: return "too many levels of symbolic links"
        case .alreadyExists: return "already exists"
        case .brokenPipe: return "the reader closed the pipe"
        case .inputOutput: return "input/output error"
        case .other(let reason): return reason
        }
    }

    /// The problem an `errno` value stands for.
    public init(errno code: Int32) {
        switch code {
        case ENOENT: self = .noSuchFile
        case EACCES, EPERM: self = .permissionDenied
        case ENOTDIR: self = .notAFolder
        case EISDIR: self = .isAFolder
        case ENOSPC, EDQUOT: self = .noSpace
        case EROFS: self = .readOnlyFileSystem
        case EFBIG: self = .tooLarge
        case ENAMETOOLONG: self = .nameTooLong
        case ELOOP: self = .tooManySymbolicLinks
        case EEXIST, ENOTEMPTY: self = .alreadyExists
        case EPIPE: self = .brokenPipe
        case EIO: self = .inputOutput
        default:
            let text = String(cString: strerror(code))
            self = .other(text.prefix(1).lowercased() + text.dropFirst())
        }
    }

    /// The problem a Foundation file error stands for: its POSIX cause when it carries one,
    /// else its Cocoa code.
    public init(_ error: any Error) {
        if let fileError = error as? FileError { self = fileError.problem; return }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { self.init(errno: Int32(truncatingIfNeeded: ns.code)); return }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            self.init(errno: Int32(truncatingIfNeeded: underlying.code))
            return
        }
        guard ns.domain == NSCocoaErrorDomain else { self = .other("\(ns.domain) error \(ns.code)"); return }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: self = .noSuchFile
        case .fileReadNoPermission, .fileWriteNoPermission: self = .permissionDenied
        case .fileWriteFileExists: self = .alreadyExists
        case .fileWriteOutOfSpace: self = .noSpace
        case .fileWriteVolumeReadOnly: self = .readOnlyFileSystem
        case .fileReadTooLarge: self = .tooLarge
        case .fileReadInvalidFileName, .fileWriteInvalidFileName: self = .other("invalid file name")
        case .fileReadUnknown: self = .other("cannot read")
        case .fileWriteUnknown: self = .other("cannot write")
        default: self = .other("file error \(ns.code)")
        }
    }
}
