import StakegraphExtraction

/// Dates as a title says them: "8 January 2024", "January 2024", "2018", and spans such as
/// "2018 - January 2024" or "8 January - 2 March 2024".
enum HumanDate {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// How finely a date is known.
    enum Precision: Int, Comparable, Sendable {
        case day, month, year
        static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    /// The precision of a date: an interval within one month counts as days, one within a
    /// year as months, longer ones as years.
    static func precision(of date: EventDate) -> Precision {
        switch date {
        case .day: return .day
        case .month: return .month
        case .year: return .year
        case .interval(let a, let b):
            if a.year == b.year && a.month == b.month { return .day }
            return a.year == b.year ? .month : .year
        }
    }

    /// One day at a precision, with or without its year.
    static func text(_ day: Day, precision: Precision, withYear: Bool = true) -> String {
        let year = withYear ? " \(day.year)" : ""
        switch precision {
        case .day: return "\(day.day) \(monthNames[day.month - 1])\(year)"
        case .month: return monthNames[day.month - 1] + year
        case .year: return String(day.year)
        }
    }

    /// The span from the start of `first` to the end of `last`, each at its own precision but
    /// no finer than the span needs: days for spans under two months, months for longer ones.
    /// The year is said once when both ends share it; a span within one unit is said once.
    static func span(from first: EventDate, to last: EventDate) -> String {
        let start = first.bounds.lowerBound, end = last.bounds.upperBound
        let coarsest: Precision = end.ordinal - start.ordinal < 62 ? .day : .month
        let p1 = max(precision(of: first), coarsest), p2 = max(precision(of: last), coarsest)
        let left = text(start, precision: p1), right = text(end, precision: p2)
        if left == right { return left }
        if p1 != .year, p2 != .year, start.year == end.year {
            if p1 == .day, p2 == .day, start.month == end.month { return "\(start.day) - \(right)" }
            return text(start, precision: p1, withYear: false) + " - " + right
        }
        return left + " - " + right
    }

    /// "2018" or "2018-2024": the years an edge's events cover; nil when none is dated.
    static func years(of dates: [EventDate]) -> String? {
        guard let first = dates.map({ $0.bounds.lowerBound.year }).min(),
              let last = dates.map({ $0.bounds.upperBound.year }).max() else { return nil }
        return first == last ? String(first) : "\(first)-\(last)"
    }
}
