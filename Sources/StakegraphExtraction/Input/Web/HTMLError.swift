/// Why bytes could not be read as a web page, in our words.
public enum HTMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bytes hold no element at all (empty, or only text or comments).
    case noElements
    /// The HTML parser gave up on the bytes.
    case unparsable
    /// The page parsed, but holds no text that reads as an article.
    case noArticleText

    public var description: String {
        switch self {
        case .noElements: return "holds no HTML elements"
        case .unparsable: return "the HTML parser could not read it"
        case .noArticleText: return "the page holds no article text"
        }
    }
}
