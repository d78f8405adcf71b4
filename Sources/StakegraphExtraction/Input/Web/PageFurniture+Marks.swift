extension PageFurniture {
    /// How sure a mark of furniture is.
    enum Mark: Sendable, Hashable {
        /// Not furniture.
        case none
        /// Never article text (scripts, styles, hidden elements).
        case always
        /// Furniture by its tag, role or class, unless it holds most of the page's text.
        case likely
    }

    /// Whether `node` is page furniture, by its tag, role, hidden markers or the words of its
    /// class and id.
    func mark(_ node: HTMLNode) -> Mark {
        guard node.kind == .element else { return .none }
        if neverTextTags.contains(node.name) { return .always }
        var classWords: [String] = []
        var likely = furnitureTags.contains(node.name)
        for attribute in node.attributes {
            switch attribute.name {
            case "hidden":
                return .always
            case "aria-hidden" where attribute.value.lowercased() == "true":
                return .always
            case "role" where droppedRoles.contains(attribute.value.lowercased()):
                likely = true
            case "style" where Self.hidesElement(style: attribute.value):
                likely = true
            case "class", "id":
                classWords += Self.words(of: attribute.value)
            default:
                continue
            }
        }
        return likely || isFurniture(classWords: classWords) ? .likely : .none
    }

    /// True when the words of an element's class and id mark furniture and none marks the article.
    func isFurniture(classWords: [String]) -> Bool {
        guard classWords.contains(where: boilerplateWords.contains) else { return false }
        return !classWords.contains(where: articleWords.contains)
    }

    /// True for an inline style that hides the element (`display: none`, `visibility: hidden`).
    static func hidesElement(style: String) -> Bool {
        for declaration in style.split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let property = parts[0].trimming(\.isWhitespace).lowercased()
            let value = parts[1].trimming(\.isWhitespace).lowercased()
            if property == "display", value.hasPrefix("none") { return true }
            if property == "visibility", value.hasPrefix("hidden") { return true }
        }
        return false
    }
}
