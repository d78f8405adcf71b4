import StakegraphExtraction
import StakegraphGraph

/// The words every drawing shares (the relationship and comparison diagrams, the timeline and
/// the report): the period of a set of events, the caption's period and level, the note of a
/// `--top` cut, and evidence cut and flattened for a tooltip.
enum DiagramText {
    /// The span of `events`' dates in words ("8 January - 2 March 2024", "2018 - January
    /// 2024"; see `HumanDate.span`), "undated" when no event has a date and "no events" when
    /// there are none; undated events are counted after a span.
    static func period(of events: [Event]) -> String {
        guard !events.isEmpty else { return "no events" }
        let dates = events.compactMap(\.date)
        guard let first = dates.min(),
              let last = dates.max(by: { $0.bounds.upperBound < $1.bounds.upperBound }) else { return "undated" }
        var text = HumanDate.span(from: first, to: last)
        let undated = events.count - dates.count
        if undated > 0 { text += " (and \(undated) undated event\(undated == 1 ? "" : "s"))" }
        return text
    }

    /// "8 January - 2 March 2024, person level": what a diagram's caption says under its title.
    static func periodAndLevel(of graph: StakeholderGraph) -> String {
        "\(period(of: graph.events)), \(graph.level.rawValue) level"
    }

    /// "The 20 most active of 512 stakeholders (by number of interactions)".
    static func topNote(shown: Int, total: Int) -> String {
        "The \(shown) most active of \(total) stakeholders (by number of interactions)"
    }

    /// "People drawn as their organisations: 512 stakeholders are too many at person level".
    static func rollUpNote(people: Int) -> String {
        "People drawn as their organisations: \(people) stakeholders are too many at person level"
    }

    /// `text` cut to at most `limit` characters, the last being an ellipsis when cut.
    static func truncated(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        guard limit > 1 else { return "…" }
        var cut = String(text.prefix(limit - 1))
        while cut.last?.isWhitespace == true { cut.removeLast() }
        return cut + "…"
    }

    /// Runs of whitespace (line breaks included) as single spaces, ends trimmed.
    static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
