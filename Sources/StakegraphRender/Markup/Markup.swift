import Foundation
import StakegraphGraph

/// Text made safe for XML (SVG) and HTML, by the one escaper the GraphML and GEXF exports use
/// too (`XML.escape` in StakegraphGraph): no user string (a name, an evidence sentence) can
/// open, close or break an element.
public enum Markup {
    /// `text` for an element's content or a double- or single-quoted attribute value.
    ///
    /// `&` `<` `>` `"` `'` become `&amp;` `&lt;` `&gt;` `&quot;` `&#39;`; tab, line feed and
    /// carriage return stay as they are (`XML.Whitespace.literal`); control characters XML 1.0
    /// forbids and the non-characters U+FFFE and U+FFFF become U+FFFD. The result is the same
    /// in XML and HTML.
    /// - Complexity: O(n) in the length of `text`.
    public static func escape(_ text: String) -> String {
        XML.escape(text, whitespace: .literal)
    }

    /// A number for an SVG coordinate: at most one decimal, no trailing `.0`.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.1f", rounded)
    }

    /// The `<svg>…</svg>` element of an SVG document, ready to sit inside an HTML page: the XML
    /// declaration, doctype and every comment removed (an HTML parser would read a comment's
    /// `--` differently), the rest unchanged.
    public static func inlineSVG(_ document: String) -> String {
        guard let start = document.range(of: "<svg") else { return "" }
        var rest = document[start.lowerBound...]
        var out = ""
        while let open = rest.range(of: "<!--") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else {
                rest = rest[rest.endIndex...] // an unterminated comment runs to the end
                break
            }
            rest = rest[close.upperBound...]
        }
        out += rest
        while out.last?.isWhitespace == true { out.removeLast() }
        return out
    }
}
