import Foundation

/// Reads a saved web page (`.html`, `.htm`) as an article: the body `ArticleBodyExtractor`
/// finds, with the title, date, outlet, URL and author of `PageMetadata`; a page whose
/// metadata gives no date may give it in a dateline at the top of its body.
public struct WebArticleReader: Sendable {
    /// Read `DD/MM/YYYY` as `MM/DD/YYYY` in datelines.
    public var usDates: Bool
    private let extractor = ArticleBodyExtractor()

    public init(usDates: Bool = false) {
        self.usDates = usDates
    }

    /// The article of the page in `data`, or nil (with a warning) when the page holds no article text.
    /// - Throws: `InputError.notAWebPage` naming `path` when the bytes cannot be read as HTML.
    public func article(from data: Data, path: String, id: String, warnings: inout [InputWarning]) throws -> Article? {
        if let nul = data.firstIndex(of: 0) {
            throw InputError.binaryFile(path: path, offset: nul - data.startIndex)
        }
        let document: HTMLDocument
        do { document = try HTMLDocument(data: data) } catch {
            throw InputError.notAWebPage(path: path, reason: error.description)
        }
        let body = extractor.body(of: document)
        guard !body.isEmpty else {
            warnings.append(InputWarning(path: path, line: nil, message: "\(HTMLError.noArticleText); skipped"))
            return nil
        }
        let metadata = PageMetadata(document: document, usDates: usDates)
        var date = metadata.date, dateSource = metadata.dateSource
        if date == nil, let found = ArticleDate.dateline(in: body, usDates: usDates) {
            date = found
            dateSource = .dateline
        }
        let title = metadata.title ?? body.firstLines(1).first.map { ArticleLoader.title(fromLine: $0) }
        return Article(id: id, title: title, date: date, source: metadata.url, outlet: metadata.outlet,
                       author: metadata.author, dateSource: dateSource, text: body, origin: path)
    }
}
