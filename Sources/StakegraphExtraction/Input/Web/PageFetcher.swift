import Foundation

/// Fetches web pages by address for reading: redirections followed up to a limit, a time
/// limit, a size limit, a user agent that says who asks, a pause between requests to one
/// host, gzip accepted; pages kept in a `PageCache` so that a second read makes no request.
public struct PageFetcher: Sendable {
    /// Where fetched pages are kept; nil keeps none.
    public var cache: PageCache?
    /// Fetch again even when the cache holds the page (the cache is then updated).
    public var refresh: Bool
    /// Seconds without an answer before giving up.
    public var timeout: Double
    /// The largest page read, in bytes.
    public var maxBytes: Int
    /// Redirections followed at most.
    public var maxRedirects: Int
    /// The `User-Agent` header sent.
    public var userAgent: String
    private let pacer: HostPacer

    public static let defaultUserAgent = "Stakegraph (reads news pages for a stakeholder graph)"

    /// - Parameter delay: seconds between two requests to one host.
    public init(cache: PageCache? = nil, refresh: Bool = false, timeout: Double = 20, maxBytes: Int = 10_000_000,
                maxRedirects: Int = 5, delay: Double = 1, userAgent: String = PageFetcher.defaultUserAgent) {
        self.cache = cache
        self.refresh = refresh
        self.timeout = timeout
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
        self.userAgent = userAgent
        self.pacer = HostPacer(delay: delay)
    }

    /// True for an input that names a web address (`http://` or `https://`) rather than a file.
    public static func isWebAddress(_ input: String) -> Bool {
        let lower = input.prefix(8).lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// The address `input` names, or nil when it is not a usable `http(s)` address (no host,
    /// spaces ...).
    public static func webAddress(_ input: String) -> URL? {
        guard isWebAddress(input), let url = URL(string: input), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty
        else { return nil }
        return url
    }

    /// The page at `address`, from the cache unless `refresh`, else fetched (and cached).
    /// - Parameter warnings: gains a warning when the cache cannot be written (the page is
    ///   still returned).
    /// - Throws: `PageFetchError` when no page could be had.
    public func page(_ address: String, warnings: inout [InputWarning]) throws(PageFetchError) -> FetchedPage {
        if !refresh, let cached = cache?.page(for: address) { return cached }
        guard var url = Self.webAddress(address) else { throw .unreachable(reason: "not an http(s) address") }
        var redirects = 0
        while true {
            pacer.wait(for: url.host ?? "")
            let answer = try HTTPDownload.get(url, userAgent: userAgent, timeout: timeout, maxBytes: maxBytes)
            switch answer.status {
            case 200..<300:
                let type = answer.header("Content-Type")
                if let type, !Self.isWebPageType(type) {
                    throw .notAWebPage(contentType: type.split(separator: ";").first.map(String.init) ?? type)
                }
                let page = FetchedPage(requestedURL: address, finalURL: url.absoluteString, contentType: type, body: answer.body)
                if let cache {
                    do { try cache.store(page) } catch {
                        warnings.append(InputWarning(path: address, line: nil, message: "\(error) (the page is read, not kept)"))
                    }
                }
                return page
            case 301, 302, 303, 307, 308:
                let location = answer.header("Location")
                guard let location, let next = URL(string: location, relativeTo: url)?.absoluteURL,
                      Self.webAddress(next.absoluteString) != nil
                else { throw .badRedirect(location: location) }
                redirects += 1
                if redirects > maxRedirects { throw .tooManyRedirects(limit: maxRedirects) }
                url = next
            default:
                throw .status(code: answer.status)
            }
        }
    }

    /// Content types read as web pages: HTML, XHTML and XML (no type at all too).
    static func isWebPageType(_ contentType: String) -> Bool {
        let type = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return type.isEmpty || type == "text/html" || type == "application/xhtml+xml" || type.hasSuffix("/xml")
            || type.hasSuffix("+xml")
    }
}
