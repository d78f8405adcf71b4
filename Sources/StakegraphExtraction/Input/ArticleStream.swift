import Foundation

/// Reads the articles named by paths in batches, in input order, so that a corpus much
/// larger than memory can be extracted: JSON Lines files are read a chunk at a time, other
/// files one article each. Ids are kept unique across the whole stream, as `ArticleLoader`
/// does, and the assumed date fills in undated articles.
public struct ArticleStream {
    public let loader: ArticleLoader
    public let paths: [String]
    /// Problems that did not stop reading, so far.
    public private(set) var warnings: [InputWarning] = []
    private var pendingPaths: [String]
    private var pendingFiles: [String] = []
    private var jsonLines: (reader: LineReader, parser: JSONLinesReader, decoder: JSONDecoder)?
    private var ids = UniqueIDs()
    private var count = 0
    private let standardInput: () -> Data
    /// Whether a repeated id becomes `ID#2`, `ID#3`…; off for `extract --jsonl`, whose part
    /// files are read together later: ids are made unique there, across all the parts.
    public var uniqueIDs = true
    /// Whether `-` is read line by line as JSON Lines as it arrives (`extract --jsonl`),
    /// rather than whole and sniffed for its kind.
    public var streamsStandardInput = false

    public init(paths: [String], loader: ArticleLoader = ArticleLoader(),
                standardInput: @escaping () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) {
        self.paths = paths
        self.loader = loader
        self.pendingPaths = paths.reversed()
        self.standardInput = standardInput
    }

    /// The next articles, about `bytes` of text in all (at least one article), or nil when
    /// every input has been read.
    /// - Throws: `InputError` naming the file (and line) of a problem; `.emptyInput` when the
    ///   inputs held no article at all.
    public mutating func next(bytes: Int = 8 << 20) throws -> [Article]? {
        var batch: [Article] = []
        var size = 0
        while size < bytes, let article = try nextArticle() {
            size += article.text.utf8.count
            batch.append(article)
        }
        if batch.isEmpty {
            if count == 0 { throw InputError.emptyInput(paths: paths) }
            return nil
        }
        return batch
    }

    private mutating func nextArticle() throws -> Article? {
        while true {
            if let article = queued.popLast() { return accept(article) }
            if jsonLines != nil {
                if let line = try jsonLines!.reader.next() {
                    let number = jsonLines!.reader.lineNumber
                    if let article = try jsonLines!.parser.article(fromLine: Substring(line), number: number,
                                                                   path: jsonLines!.reader.path, decoder: jsonLines!.decoder) {
                        return accept(article)
                    }
                    continue
                }
                warnings += jsonLines!.reader.warnings
                jsonLines = nil
                continue
            }
            if let file = pendingFiles.popLast() {
                let (kind, compressed) = ArticleLoader.kind(of: file)
                if kind == .jsonLines, !compressed {
                    jsonLines = (try LineReader(path: file), JSONLinesReader(usDates: loader.usDates), JSONDecoder())
                    continue
                }
                var data: Data
                do { data = try FileReader.contents(of: file) } catch {
                    throw InputError.unreadable(path: file, reason: error.problem.description)
                }
                if compressed {
                    do { data = try Gzip.decompress(data) } catch {
                        throw InputError.badCompression(path: file, reason: error.description)
                    }
                }
                queued = try parse(data, path: file, id: PathParts.name(of: file), kind: kind ?? .text).reversed()
                continue
            }
            guard let path = pendingPaths.popLast() else { return nil }
            if PageFetcher.isWebAddress(path) {
                queued = webArticles(at: path).reversed()
                continue
            }
            if path == "-", streamsStandardInput {
                jsonLines = (LineReader(handle: .standardInput, path: "<stdin>"), JSONLinesReader(usDates: loader.usDates), JSONDecoder())
                continue
            }
            if path == "-" {
                var data = standardInput()
                if Gzip.isCompressed(data) {
                    do { data = try Gzip.decompress(data) } catch {
                        throw InputError.badCompression(path: "<stdin>", reason: error.description)
                    }
                }
                let first = data.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) })
                let kind: InputKind = first == UInt8(ascii: "{") ? .jsonLines : first == UInt8(ascii: "<") ? .webPage : .text
                queued = try parse(data, path: "<stdin>", id: "stdin", kind: kind).reversed()
                continue
            }
            let (files, skipped) = try loader.files(at: path)
            if let warning = ArticleLoader.skippedWarning(folder: path, skipped: skipped) { warnings.append(warning) }
            pendingFiles = files.reversed()
        }
    }

    /// The articles of one input's bytes.
    private mutating func parse(_ data: Data, path: String, id: String, kind: InputKind) throws -> [Article] {
        switch kind {
        case .webPage:
            let reader = WebArticleReader(usDates: loader.usDates)
            return try reader.article(from: data, path: path, id: id, warnings: &warnings).map { [$0] } ?? []
        case .jsonLines, .text:
            return try loader.parse(data: data, path: path, id: id, jsonLines: kind == .jsonLines, warnings: &warnings)
        }
    }

    /// The article of the page at `address`; a page that cannot be fetched or read is named
    /// in a warning and gives none, so that the other inputs are read.
    private mutating func webArticles(at address: String) -> [Article] {
        let fetcher = loader.pages ?? PageFetcher()
        do {
            let page = try fetcher.page(address, warnings: &warnings)
            let reader = WebArticleReader(usDates: loader.usDates)
            guard var article = try reader.article(from: page.body, path: address, id: page.finalURL, warnings: &warnings) else { return [] }
            article.source = page.finalURL
            return [article]
        } catch let error as PageFetchError {
            warnings.append(InputWarning(path: address, line: nil, message: error.description))
        } catch let error as InputError {
            let reason = error.description.hasPrefix(address + ": ") ? String(error.description.dropFirst(address.count + 2)) : error.description
            warnings.append(InputWarning(path: address, line: nil, message: reason + "; skipped"))
        } catch {
            warnings.append(InputWarning(path: address, line: nil, message: "\(error); skipped"))
        }
        return []
    }

    /// Articles parsed from one input, waiting to be handed out (last first).
    private var queued: [Article] = []

    private mutating func accept(_ article: Article) -> Article {
        var copy = article
        if copy.date == nil, let assumed = loader.assumedDate {
            copy.date = assumed
            copy.dateSource = .assumed
        }
        if uniqueIDs { copy.id = ids.unique(article.id) }
        count += 1
        return copy
    }
}
