import StakegraphExtraction

/// A span of days, open on either side, used to select events by date.
///
/// Written `A..B` where `A` and `B` are `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and either
/// may be left out: `2018..2024` runs from 1 January 2018 to 31 December 2024,
/// `2024-01..` from 1 January 2024 on, `..2019-06-30` up to that day. A single
/// period without `..` (`2024`, `2024-03`) stands for all of it.
///
///     let range = try DateRange(parsing: "2018..2024-06")
///     range.from   // 2018-01-01
///     range.to     // 2024-06-30
public struct DateRange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// First day in the range; nil when open on that side.
    public var from: Day?
    /// Last day in the range (inclusive); nil when open on that side.
    public var to: Day?

    /// A range of whole days; nil bounds leave that side open.
    public init(from: Day? = nil, to: Day? = nil) {
        self.from = from
        self.to = to
    }

    /// Parses `A..B`, `A..`, `..B`, `..` or a single period `A`.
    /// - Throws: `DateRangeError` naming the text that could not be read.
    public init(parsing text: String) throws(DateRangeError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw .empty }
        let pieces = trimmed.components(separatedBy: "..")
        switch pieces.count {
        case 1:
            let period = try DateRange.period(pieces[0], in: trimmed)
            self.init(from: period.lowerBound, to: period.upperBound)
        case 2:
            let lower = pieces[0].trimmingCharacters(in: .whitespaces)
            let upper = pieces[1].trimmingCharacters(in: .whitespaces)
            let from = lower.isEmpty ? nil : try DateRange.period(lower, in: trimmed).lowerBound
            let to = upper.isEmpty ? nil : try DateRange.period(upper, in: trimmed).upperBound
            if let from, let to, to < from { throw .reversed(from: lower, to: upper, range: trimmed) }
            self.init(from: from, to: to)
        default:
            throw .tooManySeparators(range: trimmed)
        }
    }

    private static func period(_ value: String, in range: String) throws(DateRangeError) -> ClosedRange<Day> {
        // EventDate also reads `a/b` intervals; a bound is only ever a year, month or day.
        guard !value.contains("/"), let date = EventDate(string: value) else {
            throw .invalidBound(value: value, range: range)
        }
        guard date.bounds.lowerBound.year >= 1 else { throw .yearZero(value: value, range: range) }
        return date.bounds
    }

    /// Checks that `before` and `after` can be compared: `before` ends before `after` starts,
    /// so that no day (and no event) lies in both.
    /// - Throws: `DateRangeError.overlapping` or `.outOfOrder`, naming both as given.
    public static func checkSuccessive(_ before: DateRange, _ after: DateRange, as texts: (String, String)) throws(DateRangeError) {
        let beforeEnd = before.to?.ordinal ?? Int.max, afterStart = after.from?.ordinal ?? Int.min
        guard beforeEnd >= afterStart else { return }
        let afterEnd = after.to?.ordinal ?? Int.max, beforeStart = before.from?.ordinal ?? Int.min
        if afterEnd < beforeStart { throw .outOfOrder(before: texts.0, after: texts.1) }
        throw .overlapping(before: texts.0, after: texts.1)
    }

    /// True when no bound is set.
    public var isUnbounded: Bool { from == nil && to == nil }

    /// True when some day of `date` lies in the range; an undated event is never in a range.
    public func overlaps(_ date: EventDate?) -> Bool {
        guard let date else { return false }
        let span = date.bounds
        return overlaps(lower: span.lowerBound.ordinal, upper: span.upperBound.ordinal)
    }

    /// True when the span of day ordinals `lower...upper` meets the range.
    func overlaps(lower: Int, upper: Int) -> Bool {
        if let from, upper < from.ordinal { return false }
        if let to, lower > to.ordinal { return false }
        return true
    }

    /// `2018-01-01..2024-12-31`, with an empty side where open.
    public var description: String {
        "\(from.map(\.description) ?? "")..\(to.map(\.description) ?? "")"
    }
}

/// Why a date range could not be read.
public enum DateRangeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Nothing was given.
    case empty
    /// One side is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or names an impossible date.
    case invalidBound(value: String, range: String)
    /// The start comes after the end.
    case reversed(from: String, to: String, range: String)
    /// More than one `..`.
    case tooManySeparators(range: String)
    /// A bound in year 0000, before the first year.
    case yearZero(value: String, range: String)
    /// Two periods to compare share days.
    case overlapping(before: String, after: String)
    /// The period given first (before) comes after the second.
    case outOfOrder(before: String, after: String)

    public var description: String {
        switch self {
        case .empty:
            return "empty date range: expected A..B with A and B as YYYY, YYYY-MM or YYYY-MM-DD"
        case .invalidBound(let value, let range):
            return "invalid date '\(value)' in range '\(range)': expected YYYY, YYYY-MM or YYYY-MM-DD"
        case .reversed(let from, let to, let range):
            return "date range '\(range)' ends (\(to)) before it starts (\(from))"
        case .tooManySeparators(let range):
            return "date range '\(range)' has more than one '..'"
        case .yearZero(let value, let range):
            return "invalid date '\(value)' in range '\(range)': there is no year 0000; years run from 0001 to 9999"
        case .overlapping(let before, let after):
            return "periods '\(before)' and '\(after)' overlap: give two periods that share no day, the earlier first"
        case .outOfOrder(let before, let after):
            return "period '\(before)' comes after '\(after)': give the earlier period first"
        }
    }
}
