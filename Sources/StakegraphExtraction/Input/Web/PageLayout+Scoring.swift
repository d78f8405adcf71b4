extension PageLayout {
    /// The element whose blocks, added up, score highest: the container of the article.
    func bestContainer(scoring blocks: [TextBlock], teasers: Set<Int>) -> Int {
        let nodes = document.nodes
        var score = Array(repeating: 0.0, count: nodes.count)
        for block in blocks {
            score[block.owner] += teasers.contains(block.owner) ? -Double(block.length) : Self.value(of: block)
        }
        for index in nodes.indices.reversed() {
            // Prose inside an element that calls itself the article counts double.
            if score[index] > 0, isMarkedArticle(nodes[index]) { score[index] *= Self.articleMarkBonus }
            if let parent = nodes[index].parent { score[parent] += score[index] }
        }
        var best = 0
        for index in nodes.indices where nodes[index].kind == .element && score[index] > score[best] {
            best = index
        }
        return best
    }

    /// Elements holding blocks that are teasers of other pages: runs of three or more sibling
    /// "cards", each a link (the other page's title) with at most two short paragraphs, as
    /// lists of related or latest stories are laid out. Every element inside a card is returned.
    func teaserCards(_ blocks: [TextBlock]) -> Set<Int> {
        let nodes = document.nodes
        var linkBlocks = Array(repeating: 0, count: nodes.count)
        var proseBlocks = Array(repeating: 0, count: nodes.count)
        for block in blocks {
            if block.linkDensity > 0.5 {
                linkBlocks[block.owner] += 1
            } else if Self.value(of: block) > 0 {
                proseBlocks[block.owner] += 1
            }
        }
        for index in nodes.indices.reversed() {
            if let parent = nodes[index].parent {
                linkBlocks[parent] += linkBlocks[index]
                proseBlocks[parent] += proseBlocks[index]
            }
        }
        func isCard(_ index: Int) -> Bool {
            nodes[index].kind == .element && linkBlocks[index] >= 1 && proseBlocks[index] >= 1 && proseBlocks[index] <= 2
                && textLength[index] <= Self.cardLength
        }
        var cards = Set<Int>()
        for index in nodes.indices where nodes[index].kind == .element {
            let children = nodes[index].children.filter(isCard)
            guard children.count >= Self.cardRun else { continue }
            for child in children { cards.formUnion(child..<end[child]) }
        }
        return cards
    }

    /// The most text a teaser card holds, and the fewest sibling cards that make a list of them.
    static let cardLength = 700
    static let cardRun = 3

    /// How much more prose counts inside `<article>` or an element marked `itemprop="articleBody"`.
    static let articleMarkBonus = 2.0

    /// True for `<article>` and for an element schema.org marks as the article's body.
    func isMarkedArticle(_ node: HTMLNode) -> Bool {
        node.name == "article" || node.attribute("itemprop")?.lowercased() == "articlebody"
    }

    /// What a block adds to the score of the elements around it: prose counts for its length,
    /// link lists and short fragments against it.
    static func value(of block: TextBlock) -> Double {
        let length = Double(block.length)
        if block.linkDensity > 0.5 { return -length }
        // Prose: ten words, or (in scripts written without spaces) forty characters, with punctuation.
        if block.words >= 10 || block.scalars >= 40, block.punctuation >= 1 { return length - Double(block.linkLength) }
        if block.words < 5 { return -0.5 * length }
        return 0.2 * length
    }

    /// True when an element between `owner` and `container` (both included, the container not)
    /// is mostly link text: a list of related stories or tags inside the article.
    func isLinkList(_ owner: Int, within container: Int) -> Bool {
        var current: Int? = owner
        while let index = current, index != container {
            if textLength[index] > 0, Double(linkLength[index]) > 0.5 * Double(textLength[index]) { return true }
            current = document.nodes[index].parent
        }
        return false
    }
}
