/// One page as the article extractor sees it: which elements are furniture, where each
/// subtree ends, and the page's text cut into blocks.
///
/// `HTMLDocument.nodes` is in document order with parents first, so the subtree of node `i` is
/// the contiguous range `i ..< end[i]` and one pass over the array reads the page in order.
struct PageLayout {
    let document: HTMLDocument
    let furniture: PageFurniture
    /// One past the last node of each node's subtree.
    private(set) var end: [Int]
    /// True for elements dropped as furniture (not their descendants: the walk skips those).
    private(set) var dropped: [Bool]
    /// Bytes of text, and of link text, under each node (furniture excluded), once `blocks()` ran.
    private(set) var textLength: [Int]
    private(set) var linkLength: [Int]

    /// Elements that end a block of text where they start and where they end.
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
        "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "dl", "dt", "dd", "figure",
        "header", "footer", "address", "hr", "center", "fieldset", "details", "summary", "body", "html", "caption",
    ]

    init(document: HTMLDocument, furniture: PageFurniture) {
        self.document = document
        self.furniture = furniture
        let nodes = document.nodes
        var end = Array(0..<nodes.count).map { $0 + 1 }
        for index in nodes.indices.reversed() {
            if let parent = nodes[index].parent { end[parent] = max(end[parent], end[index]) }
        }
        self.end = end
        let marks = nodes.map { furniture.mark($0) }
        // Text outside links under each node, with only the sure furniture left out: an
        // element marked as likely furniture that holds most of it is the page itself.
        var prose = Array(repeating: 0, count: nodes.count)
        var index = 0, linkEnd = 0
        while index < nodes.count {
            if marks[index] == .always {
                index = end[index]
                continue
            }
            let node = nodes[index]
            if node.kind == .element, node.name == "a", index >= linkEnd { linkEnd = end[index] }
            if node.kind == .text, index >= linkEnd { prose[index] = node.text.utf8.count }
            index += 1
        }
        for index in nodes.indices.reversed() {
            if let parent = nodes[index].parent { prose[parent] += prose[index] }
        }
        let most = Double(prose.first ?? 0) * Self.mainShare
        dropped = nodes.indices.map { marks[$0] == .always || (marks[$0] == .likely && Double(prose[$0]) < most) }
        textLength = Array(repeating: 0, count: nodes.count)
        linkLength = Array(repeating: 0, count: nodes.count)
    }

    /// The share of the page's text outside links above which an element is never furniture.
    static let mainShare = 0.4

    /// The page's text blocks in document order, furniture left out. Also fills in
    /// `textLength` and `linkLength`.
    mutating func blocks() -> [TextBlock] {
        let nodes = document.nodes
        var blocks: [TextBlock] = []
        var open: [Int] = [] // the block elements around the current node, innermost last
        var linkEnd = 0, preEnd = 0
        var text: [UInt8] = [], links = 0
        var pendingSpace = false
        var ownLength = Array(repeating: 0, count: nodes.count)
        var ownLinks = Array(repeating: 0, count: nodes.count)

        func flush(owner: Int) {
            defer {
                text.removeAll(keepingCapacity: true)
                links = 0
                pendingSpace = false
            }
            guard let first = text.firstIndex(where: { !Self.isSpace($0) }),
                  let last = text.lastIndex(where: { !Self.isSpace($0) }) else { return }
            let trimmed = String(decoding: text[first...last], as: UTF8.self)
            blocks.append(TextBlock(owner: owner, text: trimmed, length: last - first + 1, linkLength: links))
        }

        var index = 0
        while index < nodes.count {
            while let top = open.last, end[top] <= index {
                flush(owner: top)
                open.removeLast()
            }
            if dropped[index] {
                index = end[index]
                continue
            }
            let node = nodes[index]
            switch node.kind {
            case .element:
                if Self.blockTags.contains(node.name) {
                    if let top = open.last { flush(owner: top) }
                    open.append(index)
                } else if node.name == "br" {
                    text.append(0x0A)
                    pendingSpace = false
                } else if node.name == "a", index >= linkEnd {
                    linkEnd = end[index]
                }
                if node.name == "pre" { preEnd = end[index] }
            case .text:
                let before = text.count
                if index < preEnd {
                    text += node.text.utf8
                } else {
                    // White space collapsed to one space (none after a line break), no-break spaces too.
                    var heldC2 = false
                    for byte in node.text.utf8 {
                        if heldC2 {
                            heldC2 = false
                            if byte == 0xA0 { pendingSpace = true; continue }
                            text.append(0xC2)
                        }
                        if Self.isSpace(byte) { pendingSpace = true; continue }
                        if pendingSpace, let last = text.last, last != 0x0A { text.append(0x20) }
                        pendingSpace = false
                        if byte == 0xC2 { heldC2 = true; continue }
                        text.append(byte)
                    }
                    if heldC2 { text.append(0xC2) }
                }
                let added = text.count - before
                ownLength[index] = added
                if index < linkEnd {
                    links += added
                    ownLinks[index] = added
                }
            }
            index += 1
        }
        while let top = open.popLast() { flush(owner: top) }
        for index in nodes.indices.reversed() {
            textLength[index] += ownLength[index]
            linkLength[index] += ownLinks[index]
            if let parent = nodes[index].parent {
                textLength[parent] += textLength[index]
                linkLength[parent] += linkLength[index]
            }
        }
        return blocks
    }

    /// ASCII white space: space, tab, line feed, form feed, carriage return.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}
