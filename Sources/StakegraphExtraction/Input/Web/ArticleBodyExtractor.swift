/// Finds the article in a web page: its paragraphs, the headings, quotes and lists among them,
/// without the page's menus, sharing buttons, related stories, comments and footers.
///
/// The page is cut into text blocks at block elements. Furniture is dropped first, by tag, ARIA
/// role, hidden markers and the words of class and id attributes (`web.yaml`). Each remaining
/// block is scored: prose (long, punctuated, few links) counts for its length, link lists and
/// short fragments against it. Scores add up the tree, and the element with the highest total
/// is the article: the smallest container that holds most prose and least furniture. Its blocks,
/// less those made mostly of links, the headline and stray scraps ("Share", "Text size"), are
/// the body, one paragraph a block.
public struct ArticleBodyExtractor: Sendable {
    let furniture: PageFurniture

    public init() {
        furniture = .standard
    }

    /// The article's text: paragraphs separated by a blank line; empty when the page holds none.
    public func body(of document: HTMLDocument) -> String {
        var page = PageLayout(document: document, furniture: furniture)
        let blocks = page.blocks()
        guard !blocks.isEmpty else { return "" }
        let teasers = page.teaserCards(blocks)
        let container = page.bestContainer(scoring: blocks, teasers: teasers)
        let range = container..<page.end[container]
        let nodes = document.nodes
        return blocks.filter { block in
            // The headline (`<h1>`) is the article's title, read with the metadata, not body text.
            range.contains(block.owner) && nodes[block.owner].name != "h1" && block.linkDensity <= 0.5
                && !isStray(block, in: nodes) && !teasers.contains(block.owner) && !page.isLinkList(block.owner, within: container)
        }
        .map(\.text).joined(separator: "\n\n")
    }

    /// Elements whose text is part of the article however short it is: paragraphs, headings,
    /// list items, quotes, table cells.
    static let textElements: Set<String> = [
        "p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dt", "dd", "caption",
    ]

    /// A scrap of page furniture left inside the article's container: at most three words, no
    /// sentence punctuation, directly in a `<div>` or `<section>` rather than a paragraph,
    /// heading or list item ("Share", "Text size", a date under the headline).
    func isStray(_ block: TextBlock, in nodes: [HTMLNode]) -> Bool {
        block.words <= 3 && block.punctuation == 0 && !Self.textElements.contains(nodes[block.owner].name)
    }
}
