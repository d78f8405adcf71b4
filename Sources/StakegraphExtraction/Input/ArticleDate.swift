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
        for line in text.firstLines(lines) {
            guard let found = slashDate(in: line) else { continue }
            if let date = parse(found, usDates: usDates) { return date }
        }
        return nil
    }
}

extension ArticleDate {
    /// The first `D/M/YYYY` in a line that starts it or follows a space or colon, and ends it or
    /// comes before a space, hyphen or comma. A scanner, not a regular expression: a dateline
    /// search may meet a scraped page whose first line is megabytes long.
    static func slashDate(in line: Substring) -> String? {
        let s = Array(line.utf8)
        func isDigit(_ i: Int) -> Bool { i < s.count && s[i] >= 0x30 && s[i] <= 0x39 }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        /// The end of 1 or 2 digits then a slash from `i`, trying 2 digits first.
        func part(_ i: Int) -> Int? {
            if isDigit(i), isDigit(i + 1), i + 2 < s.count, s[i + 2] == 0x2F { return i + 3 }
            if isDigit(i), i + 1 < s.count, s[i + 1] == 0x2F { return i + 2 }
            return nil
        }
        for start in s.indices where isDigit(start) && (start == 0 || isSpace(s[start - 1]) || s[start - 1] == 0x3A) {
            guard let month = part(start), let year = part(month),
                  (year..<(year + 4)).allSatisfy(isDigit) else { continue }
            let end = year + 4
            guard end == s.count || isSpace(s[end]) || s[end] == 0x2D || s[end] == 0x2C else { continue }
            return String(decoding: s[start..<end], as: UTF8.self)
        }
        return nil
    }
}

extension StringProtocol {
    /// The first `count` non-empty lines, found without splitting the rest of the text (which
    /// may be one line of megabytes).
    func firstLines(_ count: Int) -> [SubSequence] {
        var lines: [SubSequence] = []
        var start = startIndex
        while lines.count < count, start < endIndex {
            let end = self[start...].firstIndex(of: "\n") ?? endIndex
            if start < end { lines.append(self[start..<end]) }
            start = end < endIndex ? index(after: end) : endIndex
        }
        return lines
    }
}
