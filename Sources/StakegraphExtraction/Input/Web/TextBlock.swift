/// A run of text between two block boundaries of a page (a paragraph, a heading, a list item,
/// the text directly inside a `<div>`), with what the extractor needs to judge it.
struct TextBlock: Sendable, Hashable {
    /// The innermost block element holding the text.
    var owner: Int
    /// The text, white space collapsed (kept as written inside `<pre>`), `<br>` as line breaks.
    var text: String
    /// Bytes of text, and bytes of it inside links.
    var length: Int
    var linkLength: Int
    /// Words, sentence punctuation marks (`.`, `?`, `!`, `,`, `;`, `:` and quotes), and
    /// Unicode scalars (characters, near enough).
    var words: Int
    var punctuation: Int
    var scalars: Int

    init(owner: Int, text: String, length: Int, linkLength: Int) {
        self.owner = owner
        self.text = text
        self.length = length
        self.linkLength = linkLength
        words = text.wordCount
        punctuation = text.punctuationCount
        scalars = text.unicodeScalars.count
    }

    /// The share of the text that is link text.
    var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }
}
