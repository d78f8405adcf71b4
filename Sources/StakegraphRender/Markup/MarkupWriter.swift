/// Builds XML or HTML text element by element; every attribute value and text run goes
/// through `Markup.escape`, so callers never write user text unescaped.
struct MarkupWriter {
    private(set) var text = ""
    private var depth = 0

    /// Opens `<name attributes…>`, to be closed by `close(_:)`.
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        line("<" + name + Self.attributes(attributes) + ">")
        depth += 1
    }

    /// Closes the element `name` opened last.
    mutating func close(_ name: String) {
        depth -= 1
        line("</" + name + ">")
    }

    /// An element with escaped text content, or empty (`<name/>` in XML, `<name></name>` with `html`).
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text content: String? = nil,
                          html: Bool = false) {
        let start = "<" + name + Self.attributes(attributes)
        if let content {
            line(start + ">" + Markup.escape(content) + "</" + name + ">")
        } else {
            line(start + (html ? "></" + name + ">" : "/>"))
        }
    }

    /// Markup the caller vouches for (made by this writer or by Graphviz), written as is.
    mutating func raw(_ markup: String) {
        line(markup)
    }

    private mutating func line(_ markup: String) {
        text += String(repeating: " ", count: max(depth, 0)) + markup + "\n"
    }

    /// ` key="value"` for each attribute, values escaped; attributes with an empty key are skipped.
    static func attributes(_ attributes: KeyValuePairs<String, String>) -> String {
        var out = ""
        for (key, value) in attributes where !key.isEmpty {
            out += " " + key + "=\"" + Markup.escape(value) + "\""
        }
        return out
    }
}
