/// A path's folder and last component, by its slashes. Foundation's `NSString` path methods
/// (`deletingLastPathComponent`, `lastPathComponent`) crash on Linux on a one-letter relative
/// name ("-o x", "--out w"), so output paths are split here.
package enum PathParts {
    /// The path without its last component and the slashes before it: "a/b/" -> "a",
    /// "b" -> "", "/b" -> "/".
    package static func folder(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if slash == trimmed.startIndex { return "/" }
        return String(withoutTrailingSlashes(String(trimmed[..<slash])))
    }

    /// The last component: "a/b/" -> "b", "b" -> "b", "/" -> "/".
    package static func name(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/"), trimmed.count > 1 else { return String(trimmed) }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    private static func withoutTrailingSlashes(_ path: String) -> Substring {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return trimmed
    }
}
