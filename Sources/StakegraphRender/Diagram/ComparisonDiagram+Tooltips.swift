import Foundation
import StakegraphExtraction
import StakegraphGraph

extension ComparisonDiagram {
    /// "Name", then role and organisation, then kind, then how its relationships changed
    /// ("2 appeared · 1 tone fell"), one per line.
    func nodeTooltip(id: String, name: String, node: StakeholderNode?, byID: [String: StakeholderNode],
                     changes: [Change]) -> String {
        var lines = [name]
        if let node {
            let organisation = node.affiliationID.flatMap { byID[$0]?.name } ?? node.affiliations.first?.organisation
            let post = [node.role, organisation].compactMap { $0 }.filter { !$0.isEmpty }
            if !post.isEmpty { lines.append(post.joined(separator: ", ")) }
        }
        lines.append(Self.kind(of: id, node: node).rawValue)
        let counts = Change.allCases.compactMap { kind -> String? in
            let count = changes.filter { $0 == kind }.count
            return count == 0 ? nil : "\(count) \(kind.rawValue)"
        }
        if !counts.isEmpty { lines.append(counts.joined(separator: " · ")) }
        return lines.joined(separator: "\n")
    }

    /// A heading ("Ofsted → DfE: tone fell, +0.65 → −0.50"), then for each period the relationship
    /// holds in, its summary ("Before, 2018–2020: criticism 2; tone −1.00") and one line per
    /// event, oldest first, with date, type, outlets and the first evidence sentence.
    func edgeTooltip(_ change: RelationshipChange, kind: Change) -> String {
        var heading = "\(change.sourceName) → \(change.targetName): \(kind.legendText(for: comparison))"
        if let before = change.before, let after = change.after {
            heading += ", \(Self.tone(before.tone)) → \(Self.tone(after.tone))"
        }
        var lines = [heading]
        if let before = change.before {
            lines += snapshotLines(before, label: "Before, " + Self.periodLabel(comparison.before))
        }
        if let after = change.after {
            lines += snapshotLines(after, label: "After, " + Self.periodLabel(comparison.after))
        }
        return lines.joined(separator: "\n")
    }

    /// "Before, 2018–2020: criticism 2, response 1; tone −0.67", then at most
    /// `options.maxTooltipEvents` event lines, indented, and a count of the rest.
    private func snapshotLines(_ snapshot: RelationshipSnapshot, label: String) -> [String] {
        let counts = InteractionType.allCases.filter { snapshot.counts[$0] > 0 }
            .map { "\($0.rawValue) \(snapshot.counts[$0])" }.joined(separator: ", ")
        var lines = ["\(label): \(counts); tone \(Self.tone(snapshot.tone))"]
        let shown = snapshot.events.prefix(max(options.maxTooltipEvents, 0))
        lines += shown.map { "  " + eventLine($0) }
        if snapshot.events.count > shown.count {
            let rest = snapshot.events.count - shown.count
            lines.append("  … and \(rest) more event\(rest == 1 ? "" : "s")")
        }
        return lines
    }

    /// `2024-01-08 · criticism · BBC News, Schools Week: “sentence”`; an undated event shows the
    /// article's date.
    private func eventLine(_ entry: TimelineEntry) -> String {
        var date = entry.date?.description ?? "undated"
        if entry.date == nil, let reported = entry.evidence.compactMap(\.articleDate).min() {
            date += " (reported \(reported))"
        }
        var seen = Set<String>()
        let outlets = entry.evidence.map { $0.outlet ?? "article \($0.article)" }.filter { seen.insert($0).inserted }
        var line = "\(date) · \(entry.type.rawValue)"
        if !outlets.isEmpty {
            line += " · " + outlets.prefix(3).joined(separator: ", ")
            if outlets.count > 3 { line += " +\(outlets.count - 3)" }
        }
        if let sentence = entry.evidence.first?.sentence {
            let text = DiagramText.collapsingWhitespace(sentence)
            line += ": “" + DiagramText.truncated(text, to: options.maxEvidenceLength) + "”"
        }
        return line
    }

    // MARK: - Formatting

    /// A tone with its sign and two decimals, negative ones with a true minus sign: "+0.65", "−0.50", "+0.00".
    public static func tone(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        let text = String(format: "%.2f", abs(rounded))
        return (rounded < 0 ? "−" : "+") + text
    }

    /// A period as short as it can be said, both bounds at the same precision: whole years as
    /// "2018–2020", whole months as "2024-01–2024-06", days otherwise; "from 2024", "until 2019"
    /// or "all dates" when open, and a single "2024" when both bounds say the same.
    public static func periodLabel(_ range: DateRange) -> String {
        enum Precision: Int, Comparable {
            case day, month, year
            static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
        }
        func precision(_ day: Day, isEnd: Bool) -> Precision {
            let monthBound = isEnd ? day.day == Day.daysIn(month: day.month, year: day.year) : day.day == 1
            guard monthBound else { return .day }
            return day.month == (isEnd ? 12 : 1) ? .year : .month
        }
        let bounds = [range.from.map { precision($0, isEnd: false) }, range.to.map { precision($0, isEnd: true) }]
        let common = bounds.compactMap { $0 }.min() ?? .day
        func text(_ day: Day) -> String {
            switch common {
            case .year: return String(format: "%04d", day.year)
            case .month: return String(format: "%04d-%02d", day.year, day.month)
            case .day: return day.description
            }
        }
        let from = range.from.map(text), to = range.to.map(text)
        switch (from, to) {
        case let (from?, to?): return from == to ? from : "\(from)–\(to)"
        case let (from?, nil): return "from \(from)"
        case let (nil, to?): return "until \(to)"
        case (nil, nil): return "all dates"
        }
    }
}
