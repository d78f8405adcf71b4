import Foundation

/// One news article as read from a file, a JSON Lines record or standard input.
public struct Article: Sendable, Hashable, Codable {
    /// Stable identifier: the file name for files, the `id` field for JSON Lines.
    public var id: String
    public var title: String?
    /// Publication date from metadata or the dateline; nil when the article gives none.
    public var date: EventDate?
    /// Where the article came from (a URL when known).
    public var source: String?
    public var outlet: String?
    /// The author or authors as the source names them (web pages only, for now).
    public var author: String?
    /// Where `date` was read from; nil when there is no date.
    public var dateSource: DateSource?
    /// The body text that offsets refer to (front matter removed).
    public var text: String
    /// The file (and line, for JSON Lines) the article was read from, for messages.
    public var origin: String

    public init(id: String, title: String? = nil, date: EventDate? = nil, source: String? = nil,
                outlet: String? = nil, author: String? = nil, dateSource: DateSource? = nil, text: String, origin: String) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.outlet = outlet
        self.author = author
        self.dateSource = date == nil ? nil : dateSource
        self.text = text
        self.origin = origin
    }
}
