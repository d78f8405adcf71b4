import Foundation

/// Why a web address gave no page. Each case reads as the rest of one warning line that
/// names the address, such as `https://example.org/a: warning: cannot fetch: HTTP 404 (not found)`.
public enum PageFetchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The server answered with a status other than success or redirection.
    case status(code: Int)
    /// More redirections than the limit.
    case tooManyRedirects(limit: Int)
    /// A redirection with no usable `Location`.
    case badRedirect(location: String?)
    /// No answer within the time limit.
    case timedOut(seconds: Double)
    /// The page is larger than the size limit.
    case tooLarge(limit: Int)
    /// The address could not be reached (unknown host, connection refused ...).
    case unreachable(reason: String)
    /// The answer is not a web page (a PDF, an image ...).
    case notAWebPage(contentType: String)

    public var description: String {
        switch self {
        case .status(let code):
            return "cannot fetch: HTTP \(code)\(Self.phrases[code].map { " (\($0))" } ?? "")"
        case .tooManyRedirects(let limit):
            return "cannot fetch: more than \(limit) redirections"
        case .badRedirect(let location):
            return "cannot fetch: redirected to \(location.map { "'\($0)', not a web address" } ?? "no address")"
        case .timedOut(let seconds):
            return "cannot fetch: no answer within \(Self.seconds(seconds))"
        case .tooLarge(let limit):
            return "cannot fetch: the page is larger than \(limit / 1_000_000 > 0 ? "\(limit / 1_000_000) MB" : "\(limit) bytes")"
        case .unreachable(let reason):
            return "cannot fetch: \(reason)"
        case .notAWebPage(let contentType):
            return "not a web page (\(contentType)); skipped"
        }
    }

    /// The common statuses in words.
    private static let phrases: [Int: String] = [
        400: "bad request", 401: "login needed", 403: "forbidden", 404: "not found", 410: "gone",
        429: "too many requests", 451: "unavailable for legal reasons", 500: "server error",
        502: "bad gateway", 503: "service unavailable", 504: "gateway time-out",
    ]

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }
}
