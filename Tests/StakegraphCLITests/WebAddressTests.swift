import Foundation
import StakegraphExtraction
import Testing

/// Web addresses as inputs: fetched from a loopback server, cached, and read as web pages.
@Suite struct WebAddressTests {
    /// An invented news page, dated in its metadata unless `date` is nil.
    static func page(_ sentence: String, date: String? = "2025-04-02") -> String {
        let meta = date.map { "<meta property=\"article:published_time\" content=\"\($0)\">" } ?? ""
        return """
        <html><head><title>Quay news</title>\(meta)</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><p>\(sentence) The decision was taken after a long meeting on the quay, where residents gathered in the rain.</p>
        <p>"We will keep asking until the answer changes," said a spokesperson, who added that the group had written twice.</p></article>
        </body></html>
        """
    }

    /// gzip of a one-paragraph web page (an allotment society thanking a parish council).
    static let gzipPage = Data(base64Encoded: "H4sIAAAAAAACAz2OUQrCMBAFr/JOYC4QAqK/gqAXSNvVLN1mw2ZL6e0tCv4PMxOLL5LioNOeYjbnUSjFlp6FcGORwVRnnEXUF6qOh45MvqPkDi+5zjThutZFjXDPxr3gomsdWfBSg1F3Na7vAyZs2cnQ19ZkhyvYO9ph7qcYWorh3w+/n/Cd+wAA6XA5owAAAA==")!

    static func server() throws -> LoopbackServer {
        try LoopbackServer { path in
            switch path {
            case "/story": .page(page("The Quayside Residents Group criticised Brackwater Council over the ferry fares."))
            case "/undated": .page(page("The Brackwater Sailing Club thanked Ines Calloway for the new slipway.", date: nil))
            case "/old": .redirect(to: "/moved/story", status: 301)
            case "/moved/story": .page(page("Ines Calloway met the Quayside Residents Group on the harbour wall."))
            case "/loop": .redirect(to: "/loop")
            case "/slow": LoopbackServer.Answer(body: Data(page("Too late.").utf8), delay: 4)
            case "/gzip": LoopbackServer.Answer(headers: ["Content-Type": "text/html", "Content-Encoding": "gzip"], body: gzipPage)
            case "/big": .page(page(String(repeating: "Brackwater Council spoke again. ", count: 2_000)))
            case "/file.pdf": LoopbackServer.Answer(headers: ["Content-Type": "application/pdf"], body: Data("%PDF-1.4".utf8))
            default: .notFound
            }
        }
    }

    /// Runs the CLI with a fresh page cache and no pause between requests.
    static func run(_ arguments: [String], cache: URL) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments + ["--cache", cache.path, "--delay", "0"])
    }

    @Test func aPageIsFetchedAndReadWithItsFinalAddress() throws {
        let server = try Self.server()
        defer { server.stop() }
        let cache = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: cache) }
        let result = try Self.run(["read", "--format", "json", server.url("/old")], cache: cache)
        #expect(result.status == 0, "\(result.stderr)")
        let record = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        #expect(record["url"] as? String == server.url("/moved/story"))
        #expect(record["date"] as? String == "2025-04-02")
        #expect((record["text"] as? String)?.hasPrefix("Ines Calloway met the Quayside Residents Group") == true)
        #expect(server.requests.map(\.path) == ["/old", "/moved/story"])
        let headers = try #require(server.requests.first?.headers)
        #expect(headers["user-agent"]?.hasPrefix("Stakegraph/") == true)
        #expect(headers["accept-encoding"]?.contains("gzip") == true)
    }

    @Test func aSecondRunReadsTheCacheAndRefreshFetchesAgain() throws {
        let server = try Self.server()
        defer { server.stop() }
        let cache = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: cache) }
        let first = try Self.run(["read", server.url("/old")], cache: cache)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(server.requests.count == 2)
        let second = try Self.run(["read", server.url("/old")], cache: cache)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout == first.stdout)
        #expect(server.requests.count == 2)
        let refreshed = try Self.run(["read", server.url("/old"), "--refresh"], cache: cache)
        #expect(refreshed.stdout == first.stdout)
        #expect(server.requests.count == 4)
    }

    @Test func aPageThatFailsIsOneWarningAndTheOthersAreRead() throws {
        let server = try Self.server()
        defer { server.stop() }
        let cache = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: cache) }
        let list = cache.appendingPathComponent("urls.txt")
        try "# pages\n\(server.url("/missing"))\n\n\(server.url("/loop"))\n\(server.url("/file.pdf"))\n".write(to: list, atomically: true, encoding: .utf8)
        let result = try Self.run(["extract", server.url("/story"), "--urls", list.path], cache: cache)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines == [
            "\(server.url("/missing")): warning: cannot fetch: HTTP 404 (not found)",
            "\(server.url("/loop")): warning: cannot fetch: more than 5 redirections",
            "\(server.url("/file.pdf")): warning: not a web page (application/pdf); skipped",
        ])
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let articles = try #require(json["articles"] as? [[String: Any]])
        #expect(articles.map { $0["id"] as? String } == [server.url("/story")])
    }

    @Test func whenNoPageCanBeReadTheCommandFailsAfterSayingWhy() throws {
        let server = try Self.server()
        defer { server.stop() }
        let cache = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: cache) }
        let out = cache.appendingPathComponent("out.json")
        let result = try Self.run(["extract", server.url("/missing"), "-o", out.path], cache: cache)
        #expect(result.status == 1)
        #expect(result.stderr == """
            \(server.url("/missing")): warning: cannot fetch: HTTP 404 (not found)
            stakegraph: error: no articles found in \(server.url("/missing"))

            """)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".page") }.isEmpty)
    }

    @Test func aSlowPageTimesOut() throws {
        let server = try Self.server()
        defer { server.stop() }
        let cache = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: cache) }
        let result = try Self.run(["read", server.url("/slow"), server.url("/story"), "--timeout", "1"], cache: cache)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "\(server.url("/slow")): warning: cannot fetch: no answer within 1 s\n")
        #expect(result.stdout.contains("The Quayside Residents Group criticised Brackwater Council"))
    }

    @Test func aGzipPageIsDecompressed() throws {
        let server = try Self.server()
        defer { server.stop() }
        var warnings: [InputWarning] = []
        let page = try PageFetcher(delay: 0).page(server.url("/gzip"), warnings: &warnings)
        #expect(String(decoding: page.body, as: UTF8.self).hasPrefix("<html><body><article><p>The Millbrook Allotment Society"))
        #expect(warnings.isEmpty)
    }

    @Test func aPageLargerThanTheLimitIsRefused() throws {
        let server = try Self.server()
        defer { server.stop() }
        var warnings: [InputWarning] = []
        let fetcher = PageFetcher(maxBytes: 20_000, delay: 0)
        #expect(throws: PageFetchError.tooLarge(limit: 20_000)) { try fetcher.page(server.url("/big"), warnings: &warnings) }
        #expect(throws: Never.self) { try fetcher.page(server.url("/story"), warnings: &warnings) }
    }

    @Test func requestsToOneHostArePaused() throws {
        let server = try Self.server()
        defer { server.stop() }
        var warnings: [InputWarning] = []
        let fetcher = PageFetcher(delay: 0.4)
        let start = Date()
        for _ in 0..<3 { _ = try fetcher.page(server.url("/story"), warnings: &warnings) }
        #expect(Date().timeIntervalSince(start) >= 0.8)
    }

    @Test func theCacheKeepsPagesByAddress() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = PageCache(directory: folder.appendingPathComponent("pages").path)
        let page = FetchedPage(requestedURL: "http://a.example/1", finalURL: "http://a.example/one", contentType: "text/html", body: Data("<p>x</p>".utf8))
        #expect(cache.page(for: page.requestedURL) == nil)
        try cache.store(page)
        var expected = page
        expected.fromCache = true
        #expect(cache.page(for: page.requestedURL) == expected)
        #expect(cache.page(for: "http://a.example/2") == nil)
        #expect(PageCache.key(for: "http://a.example/1") != PageCache.key(for: "http://a.example/2"))
        #expect(PageCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/u"]) == "/x/cache/stakegraph/pages")
        #expect(PageCache.defaultDirectory(environment: ["HOME": "/home/u"]) == "/home/u/.cache/stakegraph/pages")
    }

    @Test func badAddressesAreRefusedBeforeAnythingIsFetched() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = try CLIRunner.run(["read", "http://"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("'http://' is not a usable http(s) address."))
        let list = folder.appendingPathComponent("urls.txt")
        try "https://a.example/1\nftp://a.example/2\n".write(to: list, atomically: true, encoding: .utf8)
        let listed = try CLIRunner.run(["extract", "--urls", list.path])
        #expect(listed.status != 0)
        #expect(listed.stderr.contains("\(list.path):2: not an http(s) address: 'ftp://a.example/2'"))
    }
}
