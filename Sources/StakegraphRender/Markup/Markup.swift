import Foundation

/// Text made safe for XML (SVG) and HTML: the five special characters become entities and the
/// characters XML forbids are dropped, so no user string (a name, an evidence sentence) can
/// open, close or break an element.
public enum Markup {
    /// `text` for an element's content or a double- or single-quoted attribute value.
    ///
    /// `&` `<` `>` `"` `'` become `&amp;` `&lt;` `&gt;` `&quot;` `&#39;`; control characters other
    /// than tab, line feed and carriage return, and the non-characters U+FFFE and U+FFFF, are
    /// dropped (XML 1.0 `Char` production). The result is the same in XML and HTML.
    /// - Complexity: O(n) in the length of `text`.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// True for the scalars XML 1.0 allows in a document.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
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
