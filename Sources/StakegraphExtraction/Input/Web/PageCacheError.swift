import Foundation

/// Why the page cache could not keep a page.
public enum PageCacheError: Error, Sendable, Equatable, CustomStringConvertible {
    case unwritable(directory: String, reason: String)

    public var description: String {
        switch self {
        case .unwritable(let directory, let reason):
            return "\(directory): cannot write to the page cache: \(reason)"
        }
    }
}
