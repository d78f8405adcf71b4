import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP GET made with URLSession, without following redirections (the caller does, to
/// count them and to know the final address), stopped as soon as the body passes a size limit.
/// The only file that uses URLSession.
final class HTTPDownload: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// What the server answered.
    struct Answer: Sendable {
        var status: Int
        var headers: [String: String]
        var body: Data

        /// A header's value, by its name in any case.
        func header(_ name: String) -> String? {
            headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
        }
    }

    private let maxBytes: Int
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var response: HTTPURLResponse?
    private var body = Data()
    private var failure: (any Error)?
    private var tooLarge = false

    private init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    /// Gets `url`, waiting for the whole answer.
    /// - Throws: `PageFetchError` (time-out, size limit, unreachable host).
    static func get(_ url: URL, userAgent: String, timeout: Double, maxBytes: Int) throws(PageFetchError) -> Answer {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 3
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        let download = HTTPDownload(maxBytes: maxBytes)
        let session = URLSession(configuration: configuration, delegate: download, delegateQueue: nil)
        var request = URLRequest(url: url)
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("text/html,application/xhtml+xml;q=0.9,*/*;q=0.5", forHTTPHeaderField: "Accept")
        session.dataTask(with: request).resume()
        download.done.wait()
        session.finishTasksAndInvalidate()
        return try download.answer(timeout: timeout)
    }

    private func answer(timeout: Double) throws(PageFetchError) -> Answer {
        lock.lock()
        defer { lock.unlock() }
        if tooLarge { throw .tooLarge(limit: maxBytes) }
        if let failure {
            let code = (failure as NSError).code
            if code == NSURLErrorTimedOut { throw .timedOut(seconds: timeout) }
            throw .unreachable(reason: Self.reason(code: code))
        }
        guard let response else { throw .unreachable(reason: "no answer") }
        var headers: [String: String] = [:]
        for (key, value) in response.allHeaderFields {
            if let key = key as? String, let value = value as? String { headers[key] = value }
        }
        var data = body
        // libcurl decodes a gzip body it asked for; a page sent compressed without being asked is decoded here.
        if Gzip.isCompressed(data), let decoded = try? Gzip.decompress(data) {
            data = decoded
            if data.count > maxBytes { throw .tooLarge(limit: maxBytes) }
        }
        return Answer(status: response.statusCode, headers: headers, body: data)
    }

    /// URLSession's error codes in our words.
    private static func reason(code: Int) -> String {
        switch code {
        case NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed: return "unknown host"
        case NSURLErrorCannotConnectToHost: return "connection refused"
        case NSURLErrorNetworkConnectionLost: return "connection lost"
        case NSURLErrorNotConnectedToInternet: return "no network connection"
        case NSURLErrorSecureConnectionFailed, NSURLErrorServerCertificateUntrusted, NSURLErrorServerCertificateHasBadDate,
             NSURLErrorServerCertificateNotYetValid, NSURLErrorServerCertificateHasUnknownRoot:
            return "secure connection failed"
        case NSURLErrorBadServerResponse: return "bad answer from the server"
        case NSURLErrorUnsupportedURL: return "unsupported address"
        default: return "network error \(code)"
        }
    }

    private func finish() { done.signal() }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        lock.lock()
        self.response = response as? HTTPURLResponse
        let oversize = response.expectedContentLength > Int64(maxBytes)
        if oversize { tooLarge = true }
        lock.unlock()
        completionHandler(oversize ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        body.append(data)
        let oversize = body.count > maxBytes
        if oversize { tooLarge = true; body = Data() }
        lock.unlock()
        if oversize { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        lock.lock()
        if let error, !tooLarge { failure = error }
        if let response = task.response as? HTTPURLResponse, self.response == nil { self.response = response }
        lock.unlock()
        finish()
    }
}
