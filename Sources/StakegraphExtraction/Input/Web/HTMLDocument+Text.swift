extension HTMLDocument {
    /// The text under node `index`, white space as written.
    public func text(of index: Int) -> String {
        var text = ""
        var stack = [index]
        while let current = stack.popLast() {
            let node = nodes[current]
            if node.kind == .text { text += node.text }
            stack += node.children.reversed()
        }
        return text
    }
}
