import Foundation
import StakegraphExtraction

/// Shared pieces of the text, CSV and JSON renderings.
enum TextFormatting {
    /// A date for a text column: the date, or `undated`, padded to ten characters.
    static func dateColumn(_ date: EventDate?) -> String {
        let text = date?.description ?? "undated"
        return text.count >= 10 ? text : text + String(repeating: " ", count: 10 - text.count)
    }

    /// The lines of the dated items, then, when some have no date, a heading
    /// (`Undated (no date found in their articles): 2 events`) and their lines: undated items
    /// are listed apart, never as if they came after the dated ones.
    static func datedThenUndated<Item>(_ items: [Item], date: (Item) -> EventDate?, noun: String, line: (Item) -> String) -> String {
        let dated = items.filter { date($0) != nil }, undated = items.filter { date($0) == nil }
        var text = dated.map(line).joined()
        if !undated.isEmpty {
            if !dated.isEmpty { text += "\n" }
            text += "Undated (no date found in their articles): \(undated.count) \(noun)\(undated.count == 1 ? "" : "s")\n"
            text += undated.map(line).joined()
        }
        return text
    }

    /// Text on one line: runs of whitespace (newlines included) become one space.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }

    /// `->` for directed types, `<->` for meetings.
    static func arrow(_ type: InteractionType) -> String { type.isSymmetric ? "<->" : "->" }

    /// `article (outlet)` for each report, without repeats, joined by `; `.
    static func sources(_ evidence: [EvidenceReference]) -> String {
        var seen = Set<String>()
        var parts: [String] = []
        for e in evidence {
            let part = e.outlet.map { "\(e.article) (\($0))" } ?? e.article
            if seen.insert(part).inserted { parts.append(part) }
        }
        return parts.joined(separator: "; ")
    }

    /// A number with a fixed number of decimals, independent of locale.
    static func decimal(_ value: Double, places: Int = 2, signed: Bool = false) -> String {
        String(format: signed ? "%+.\(places)f" : "%.\(places)f", value)
    }

    /// The first line of a listing: `Person level: 3 events`, or, when a named organisation
    /// did not stand for its people, `Person level, names only: 3 events`.
    static func levelHeading(_ level: GraphLevel, includesMembers: Bool, count: Int, noun: String) -> String {
        let name = level.rawValue.prefix(1).uppercased() + level.rawValue.dropFirst()
        return "\(name) level\(includesMembers ? "" : ", names only"): \(count) \(noun)\(count == 1 ? "" : "s")\n"
    }

    /// A value rounded to four decimals, for documents.
    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    /// Pretty, key-sorted JSON, stable across runs.
    static func json<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}

/// RFC 4180 CSV: fields quoted when they hold a comma, a quote or a line break, quotes doubled.
enum CSV {
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }
}
