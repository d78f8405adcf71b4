import Foundation

/// A web page fetched, or found in the page cache.
public struct FetchedPage: Sendable, Equatable {
    /// The address asked for.
    public var requestedURL: String
    /// The address the page was found at, after redirections.
    public var finalURL: String
    /// The `Content-Type` the server gave, if any.
    public var contentType: String?
    /// The page's bytes (decompressed).
    public var body: Data
    /// True when the page came from the cache, without a request.
    public var fromCache: Bool

    public init(requestedURL: String, finalURL: String, contentType: String?, body: Data, fromCache: Bool = false) {
        self.requestedURL = requestedURL
        self.finalURL = finalURL
        self.contentType = contentType
        self.body = body
        self.fromCache = fromCache
    }
}
