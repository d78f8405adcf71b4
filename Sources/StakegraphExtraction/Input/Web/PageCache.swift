import Foundation

/// Fetched pages kept on disk by address, so that reading the same address again makes no
/// request. Each entry is two files named by a hash of the address: `KEY.page` (the bytes)
/// and `KEY.json` (the addresses and content type), each written to a temporary file and
/// renamed, the record last: an interrupted write leaves no entry, never half of one.
public struct PageCache: Sendable {
    /// The folder the entries are kept in.
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// `$XDG_CACHE_HOME/stakegraph/pages`, else `~/.cache/stakegraph/pages`.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base: String
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            base = (home as NSString).appendingPathComponent(".cache")
        }
        return ((base as NSString).appendingPathComponent("stakegraph") as NSString).appendingPathComponent("pages")
    }

    /// The entry's file name, without extension: a 64-bit FNV-1a hash of the address, in hex.
    public static func key(for url: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in url.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    private struct Record: Codable {
        var url: String
        var finalURL: String
        var contentType: String?
        var fetched: Date

        enum CodingKeys: String, CodingKey {
            case url, finalURL = "final_url", contentType = "content_type", fetched
        }
    }

    private func path(_ key: String, _ ext: String) -> String {
        (directory as NSString).appendingPathComponent("\(key).\(ext)")
    }

    /// The page cached for `url`, or nil (no entry, an unreadable one, or one for another
    /// address with the same hash).
    public func page(for url: String) -> FetchedPage? {
        let key = Self.key(for: url)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let recordData = FileManager.default.contents(atPath: path(key, "json")),
              let record = try? decoder.decode(Record.self, from: recordData), record.url == url,
              let body = FileManager.default.contents(atPath: path(key, "page"))
        else { return nil }
        return FetchedPage(requestedURL: url, finalURL: record.finalURL, contentType: record.contentType, body: body, fromCache: true)
    }

    /// Keeps `page` under its requested address.
    /// - Throws: `PageCacheError` naming the folder when it cannot be written.
    public func store(_ page: FetchedPage) throws(PageCacheError) {
        let key = Self.key(for: page.requestedURL)
        let record = Record(url: page.requestedURL, finalURL: page.finalURL, contentType: page.contentType, fetched: Date())
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            encoder.dateEncodingStrategy = .iso8601
            try page.body.write(to: URL(fileURLWithPath: path(key, "page")), options: .atomic)
            try encoder.encode(record).write(to: URL(fileURLWithPath: path(key, "json")), options: .atomic)
        } catch {
            throw PageCacheError.unwritable(directory: directory, reason: FileProblem(error).description)
        }
    }
}
