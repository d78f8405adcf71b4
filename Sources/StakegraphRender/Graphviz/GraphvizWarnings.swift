import Foundation

/// Graphviz's warnings, said once each in our words: Graphviz writes them as it goes
/// ("Warning: graph too large for cairo-renderer bitmaps. Scaling by 0.75 to fit"), often
/// many times over; `Graphviz` collects them instead, and the command line prints the
/// summary (`Graphviz.takeWarnings()`) after the output is written.
enum GraphvizWarnings {
    /// One line per distinct warning, in our words, in the order first seen, with how
    /// many times it came when more than once.
    static func summary(_ raw: [String]) -> [String] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for message in raw.map(ourWords) {
            if counts[message] == nil { order.append(message) }
            counts[message, default: 0] += 1
        }
        return order.map { counts[$0]! > 1 ? "\($0) (\(counts[$0]!) times)" : $0 }
    }

    /// A warning as we would say it; one we do not know is passed on, cleaned of its prefix.
    static func ourWords(_ raw: String) -> String {
        var text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        for prefix in ["Warning:", "Warning :", "Error:"] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        let lower = text.lowercased()
        if lower.contains("too large for cairo-renderer bitmaps") {
            let factor = text.range(of: #"[0-9]*\.?[0-9]+"#, options: .regularExpression,
                                    range: (text.range(of: "Scaling by")?.upperBound ?? text.endIndex)..<text.endIndex)
                .flatMap { Double(text[$0]) }
            let scale = factor.map { " to \(Int(($0 * 100).rounded()))%" } ?? ""
            return "the image is larger than Graphviz can draw as a bitmap, so it was scaled down\(scale); ask for a smaller --dpi or --width"
        }
        if lower.contains("unknown shape") { return "a node shape Graphviz does not know was drawn as a box" }
        if lower.contains("spline") || lower.contains("unable to reclaim box space") {
            return "Graphviz could not route some edges around the nodes; they may cross nodes"
        }
        if lower.contains("font") { return "a font was missing, so Graphviz used a substitute" }
        if lower.contains("overlap") { return "Graphviz could not keep every node apart; some may overlap" }
        return "Graphviz reported: \(text)"
    }

    /// The warnings in a run of Graphviz messages: each line that starts with `Warning`,
    /// joined with the lines that continue it.
    static func warnings(in messages: String) -> [String] {
        var found: [String] = []
        var inWarning = false
        for line in messages.split(whereSeparator: \.isNewline).map(String.init) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("Warning") {
                found.append(trimmed)
                inWarning = true
            } else if trimmed.hasPrefix("Error") {
                inWarning = false
            } else if inWarning, !trimmed.isEmpty {
                found[found.count - 1] += " " + trimmed
            }
        }
        return found
    }
}
