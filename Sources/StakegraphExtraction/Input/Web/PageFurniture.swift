import Foundation
import Yams

/// What marks the parts of a web page that are not the article (menus, sharing buttons,
/// comments, advertising, related stories), read from the module's `web.yaml`.
struct PageFurniture: Sendable {
    /// Elements whose content is never article text.
    var neverTextTags: Set<String>
    /// Elements that are furniture unless they hold most of the page's text.
    var furnitureTags: Set<String>
    /// ARIA roles of navigation and page furniture.
    var droppedRoles: Set<String>
    /// Words of class and id attributes that mark furniture.
    var boilerplateWords: Set<String>
    /// Words of class and id attributes that mark the article's own text.
    var articleWords: Set<String>

    /// The lists shipped with the module.
    static let standard: PageFurniture = {
        guard let url = Bundle.module.url(forResource: "web", withExtension: "yaml"),
              let text = try? String(contentsOf: url, encoding: .utf8),
              let file = try? YAMLDecoder().decode(File.self, from: text) else {
            fatalError("the module's web.yaml is missing or malformed")
        }
        return PageFurniture(neverTextTags: Set(file.never_text_tags), furnitureTags: Set(file.furniture_tags), droppedRoles: Set(file.dropped_roles),
                             boilerplateWords: Set(file.boilerplate_words), articleWords: Set(file.article_words))
    }()

    /// The layout of `web.yaml`.
    private struct File: Decodable {
        var never_text_tags: [String]
        var furniture_tags: [String]
        var dropped_roles: [String]
        var boilerplate_words: [String]
        var article_words: [String]
    }

    /// The words of an element's class and id: split at anything that is not an ASCII letter or
    /// digit, and at a lower-case letter followed by a capital (`shareBar` is `share`, `bar`).
    static func words(of value: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var previousWasLower = false
        func finish() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for byte in value.utf8 {
            let isLower = byte >= 0x61 && byte <= 0x7A
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isDigit = byte >= 0x30 && byte <= 0x39
            guard isLower || isUpper || isDigit else {
                finish()
                previousWasLower = false
                continue
            }
            if isUpper, previousWasLower { finish() }
            current.append(isUpper ? byte | 0x20 : byte)
            previousWasLower = isLower
        }
        finish()
        return words
    }
}
