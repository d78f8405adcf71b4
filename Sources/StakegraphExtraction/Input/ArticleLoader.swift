import Foundation

/// Reads articles from files, directories (walked recursively, sorted), JSON Lines corpora
/// and standard input (`-`).
public struct ArticleLoader: Sendable {
    /// Read `DD/MM/YYYY` as `MM/DD/YYYY` in datelines and metadata.
    public var usDates: Bool
    /// The date given to articles whose metadata and dateline give none (nil leaves them undated).
    public var assumedDate: EventDate?
    /// File extensions read from directories; explicit file paths are read whatever their extension.
    public static let textExtensions: Set<String> = ["txt", "md", "markdown", "text"]
    public static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]

    public init(usDates: Bool = false, assumedDate: EventDate? = nil) {
        self.usDates = usDates
        self.assumedDate = assumedDate
    }

    /// What a load produced: the articles in input order, and warnings that did not stop it.
    public struct Result: Sendable {
        public var articles: [Article]
        public var warnings: [InputWarning]
    }

    /// Loads every article named by `paths`.
    /// - Parameter standardInput: read when a path is `-` (injectable for tests).
    /// - Throws: `InputError` naming the file (and line) of the first problem, or `.emptyInput`.
    public func load(paths: [String], standardInput: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) throws -> Result {
        var articles: [Article] = []
        var warnings: [InputWarning] = []
        for path in paths {
            if path == "-" {
                let data = standardInput()
                articles += try parse(data: data, path: "<stdin>", id: "stdin", jsonLines: looksLikeJSONLines(data), warnings: &warnings)
                continue
            }
            for file in try files(at: path) {
                let data: Data
                do {
                    data = try Data(contentsOf: URL(fileURLWithPath: file))
                } catch {
                    throw InputError.unreadable(path: file, reason: (error as NSError).localizedDescription)
                }
                let ext = (file as NSString).pathExtension.lowercased()
                articles += try parse(data: data, path: file, id: (file as NSString).lastPathComponent,
                                      jsonLines: Self.jsonLinesExtensions.contains(ext), warnings: &warnings)
            }
        }
        guard !articles.isEmpty else { throw InputError.emptyInput(paths: paths) }
        if let assumedDate {
            for i in articles.indices where articles[i].date == nil { articles[i].date = assumedDate }
        }
        return Result(articles: uniquingIDs(articles), warnings: warnings)
    }

    /// Parses one input's bytes as a text article or a JSON Lines corpus.
    public func parse(data: Data, path: String, id: String, jsonLines: Bool, warnings: inout [InputWarning]) throws -> [Article] {
        let text = try TextDecoding.decode(data, path: path, warnings: &warnings)
        if jsonLines {
            return try JSONLinesReader(usDates: usDates).articles(in: text, path: path)
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            warnings.append(InputWarning(path: path, line: nil, message: "empty article skipped"))
            return []
        }
        return [try textArticle(text, path: path, id: id)]
    }

    /// One `.txt`/`.md` article: front matter if any, else a dateline in its first lines.
    func textArticle(_ raw: String, path: String, id: String) throws -> Article {
        let normalised = raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let front = try FrontMatter.parse(normalised, path: path)
        var date: EventDate?
        if let rawDate = front.fields["date"], !rawDate.isEmpty {
            guard let parsed = ArticleDate.parse(rawDate, usDates: usDates) else {
                throw InputError.badDate(path: path, line: front.dateLine, value: rawDate)
            }
            date = parsed
        } else {
            date = ArticleDate.dateline(in: front.body, usDates: usDates)
        }
        let title = front.fields["title"] ?? front.body.split(separator: "\n").first.map { String($0).trimmingCharacters(in: .whitespaces) }
        return Article(id: front.fields["id"] ?? id, title: title, date: date,
                       source: front.fields["source"] ?? front.fields["url"], outlet: front.fields["outlet"],
                       text: front.body, origin: path)
    }

    /// Regular files under `path`: itself, or its readable articles sorted by path.
    func files(at path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError.missingPath(path: path)
        }
        guard isDirectory.boolValue else {
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw InputError.unreadable(path: path, reason: "permission denied")
            }
            return [path]
        }
        guard let walker = FileManager.default.enumerator(atPath: path) else {
            throw InputError.unreadable(path: path, reason: "cannot list directory")
        }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { walker.skipDescendants(); continue }
            let ext = (name as NSString).pathExtension.lowercased()
            guard Self.textExtensions.contains(ext) || Self.jsonLinesExtensions.contains(ext) else { continue }
            let full = (path as NSString).appendingPathComponent(relative)
            var childIsDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &childIsDir), !childIsDir.boolValue {
                found.append(full)
            }
        }
        return found.sorted()
    }

    private func looksLikeJSONLines(_ data: Data) -> Bool {
        data.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) == UInt8(ascii: "{")
    }

    /// Keeps ids unique: a repeated id gets its origin appended, so no article hides another.
    private func uniquingIDs(_ articles: [Article]) -> [Article] {
        var seen: [String: Int] = [:]
        return articles.map { article in
            var copy = article
            let n = seen[article.id, default: 0]
            seen[article.id] = n + 1
            if n > 0 { copy.id = "\(article.id)#\(n + 1)" }
            return copy
        }
    }
}
