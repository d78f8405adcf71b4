import Foundation

/// Reads publication dates as people write them in metadata and datelines.
public enum ArticleDate {
    /// Parses `YYYY-MM-DD` (optionally followed by a time), `YYYY-MM`, `YYYY`, or `DD/MM/YYYY`
    /// (`MM/DD/YYYY` when `usDates` is set). Returns nil when the text is none of these.
    public static func parse(_ raw: String, usDates: Bool = false) -> EventDate? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.count >= 10, let day = Day(iso: String(text.prefix(10))) {
            let rest = text.dropFirst(10)
            if rest.isEmpty || rest.first == "T" || rest.first == " " { return .day(day) }
        }
        if let date = EventDate(string: text), !text.contains("/") { return date }
        let parts = text.split(separator: "/")
        if parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), var y = Int(parts[2].prefix(4)) {
            if parts[2].count == 2 { y += 2000 }
            let (d, m) = usDates ? (b, a) : (a, b)
            if Day.isValid(year: y, month: m, day: d) { return .day(Day(year: y, month: m, day: d)) }
        }
        return nil
    }

    /// Finds a dateline such as `EB News: 08/01/2024 - 10:20` in the first lines of a text.
    public static func dateline(in text: String, usDates: Bool = false, lines: Int = 12) -> EventDate? {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(lines) {
            guard let match = line.firstMatch(of: /(?:^|[\s:])(\d{1,2}\/\d{1,2}\/\d{4})(?:\s|$|[-,])/) else { continue }
            if let date = parse(String(match.output.1), usDates: usDates) { return date }
        }
        return nil
    }
}
