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
    /// Words, and sentence punctuation marks (`.`, `?`, `!`, `,`, `;`, `:` and quotes).
    var words: Int
    var punctuation: Int

    /// The share of the text that is link text.
    var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }
}
