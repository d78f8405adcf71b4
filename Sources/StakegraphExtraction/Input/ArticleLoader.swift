import Foundation

/// Reads articles from files, directories (walked recursively, sorted), JSON Lines corpora,
/// saved web pages, their gzip-compressed forms (`.gz`), web addresses (`http(s)://`, fetched
/// by `pages`) and standard input (`-`).
public struct ArticleLoader: Sendable {
    /// Read `DD/MM/YYYY` as `MM/DD/YYYY` in datelines and metadata.
    public var usDates: Bool
    /// The date given to articles whose metadata and dateline give none (nil leaves them undated).
    public var assumedDate: EventDate?
    /// How `http(s)://` inputs are fetched (nil: without a cache, with the default limits).
    public var pages: PageFetcher?
    /// File extensions read from directories; explicit file paths are read whatever their extension.
    public static let textExtensions: Set<String> = ["txt", "md", "markdown", "text"]
    public static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]
    public static let webExtensions: Set<String> = ["html", "htm", "xhtml"]

    public init(usDates: Bool = false, assumedDate: EventDate? = nil, pages: PageFetcher? = nil) {
        self.usDates = usDates
        self.assumedDate = assumedDate
        self.pages = pages
    }

    /// What a load produced: the articles in input order, and warnings that did not stop it.
    public struct Result: Sendable {
        public var articles: [Article]
        public var warnings: [InputWarning]
    }

    /// Loads every article named by `paths`.
    /// - Parameter standardInput: read when a path is `-` (injectable for tests).
    /// - Throws: `InputError` naming the file (and line) of the first problem, or `.emptyInput`.
    public func load(paths: [String], standardInput: @escaping () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) throws -> Result {
        var stream = ArticleStream(paths: paths, loader: self, standardInput: standardInput)
        var articles: [Article] = []
        while let batch = try stream.next() { articles += batch }
        return Result(articles: articles, warnings: stream.warnings)
    }

    /// Parses one input's bytes as a text article or a JSON Lines corpus.
    public func parse(data: Data, path: String, id: String, jsonLines: Bool, warnings: inout [InputWarning]) throws -> [Article] {
        let text = try TextDecoding.decode(data, path: path, warnings: &warnings)
        if jsonLines {
            return try JSONLinesReader(usDates: usDates).articles(in: text, path: path)
        }
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            warnings.append(InputWarning(path: path, line: nil, message: "empty article skipped"))
            return []
        }
        return [try textArticle(text, path: path, id: id)]
    }

    /// One `.txt`/`.md` article: front matter if any, else a dateline in its first lines.
    func textArticle(_ raw: String, path: String, id: String) throws -> Article {
        let normalised = raw.utf8.contains(UInt8(ascii: "\r"))
            ? raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : raw
        let front = try FrontMatter.parse(normalised, path: path)
        var date: EventDate?
        var dateSource = DateSource.metadata
        if let rawDate = front.fields["date"], !rawDate.isEmpty {
            guard let parsed = ArticleDate.parse(rawDate, usDates: usDates) else {
                throw InputError.badDate(path: path, line: front.dateLine, value: rawDate)
            }
            date = parsed
        } else {
            date = ArticleDate.dateline(in: front.body, usDates: usDates)
            dateSource = .dateline
        }
        let title = front.fields["title"] ?? front.body.firstLines(1).first.map { Self.title(fromLine: $0) }
        return Article(id: front.fields["id"] ?? id, title: title, date: date,
                       source: front.fields["source"] ?? front.fields["url"], outlet: front.fields["outlet"],
                       author: front.fields["author"], dateSource: dateSource, text: front.body, origin: path)
    }

    /// An article's first line as its title; a line longer than a headline (a page scraped
    /// without line breaks) is cut at a word, with an ellipsis.
    static func title(fromLine line: Substring) -> String {
        let longest = 200
        let head = line.prefix(longest + 1)
        guard head.count > longest else { return head.trimmingCharacters(in: .whitespaces) }
        let cut = head.prefix(longest)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]).trimmingCharacters(in: .whitespaces) + "\u{2026}"
    }

    /// What kind of input a file name names, and whether it is gzip-compressed: `a.html.gz`
    /// is a compressed web page. Nil for an extension that is none of the kinds.
    static func kind(of path: String) -> (kind: InputKind?, compressed: Bool) {
        var name = PathParts.name(of: path).lowercased()
        let compressed = (name as NSString).pathExtension == "gz"
        if compressed { name = (name as NSString).deletingPathExtension }
        let ext = (name as NSString).pathExtension
        if textExtensions.contains(ext) { return (.text, compressed) }
        if jsonLinesExtensions.contains(ext) { return (.jsonLines, compressed) }
        if webExtensions.contains(ext) { return (.webPage, compressed) }
        return (nil, compressed)
    }

    /// Regular files under `path`: itself, or the files of the kinds it reads sorted by path,
    /// with the number of other files skipped per extension (hidden files and folders aside).
    func files(at path: String) throws -> (files: [String], skipped: [String: Int]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError.missingPath(path: path)
        }
        guard isDirectory.boolValue else {
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw InputError.unreadable(path: path, reason: "permission denied")
            }
            return ([path], [:])
        }
        guard let walker = FileManager.default.enumerator(atPath: path) else {
            throw InputError.unreadable(path: path, reason: "cannot list directory")
        }
        var found: [String] = []
        var skipped: [String: Int] = [:]
        while let relative = walker.nextObject() as? String {
            let name = PathParts.name(of: relative)
            if name.hasPrefix(".") { walker.skipDescendants(); continue }
            let full = (path as NSString).appendingPathComponent(relative)
            var childIsDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &childIsDir), !childIsDir.boolValue else { continue }
            if Self.kind(of: name).kind != nil {
                found.append(full)
            } else {
                let ext = (name as NSString).pathExtension.lowercased()
                skipped[ext.isEmpty ? "without extension" : ".\(ext)", default: 0] += 1
            }
        }
        return (found.sorted(), skipped)
    }

    /// The warning for the files a folder holds that are not read: "skipped 3 .pdf, 1 .csv".
    static func skippedWarning(folder: String, skipped: [String: Int]) -> InputWarning? {
        guard !skipped.isEmpty else { return nil }
        let parts = skipped.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.value) \($0.key)" }
        return InputWarning(path: folder, line: nil, message: "skipped " + parts.joined(separator: ", ") + " (not article files)")
    }
}

/// The kinds of file `ArticleLoader` reads.
enum InputKind: Sendable, Hashable {
    /// A plain-text or Markdown article, with optional front matter.
    case text
    /// A JSON Lines corpus: one article a line.
    case jsonLines
    /// A saved web page.
    case webPage
}
