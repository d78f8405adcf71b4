import Foundation

/// A calendar day without time or zone; the unit every date in Stakegraph resolves to.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; returns nil for anything else or an impossible day.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              Day.isValid(year: y, month: m, day: d) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        return day <= daysIn(month: month, year: year)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for arithmetic without Foundation calendars.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(ordinal z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var weekday: Int {
        let w = (ordinal + 3) % 7 // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// `n` as decimal digits, zero-padded to `width` (no Foundation formatting, for speed and thread safety).
    static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(abs(n))
        let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
        return n < 0 ? "-" + padded : padded
    }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    public var description: String {
        "\(Day.pad(year, 4))-\(Day.pad(month, 2))-\(Day.pad(day, 2))"
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let parsed = Day(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD day: \(text)"))
        }
        self = parsed
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// The date of an act as precisely as the article states it (guide section 3):
/// a day, a month, a year, or an interval of days.
public enum EventDate: Sendable, Hashable, Codable, CustomStringConvertible, Comparable {
    case day(Day)
    case month(year: Int, month: Int)
    case year(Int)
    case interval(Day, Day)

    /// Parses `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `YYYY-MM-DD/YYYY-MM-DD`.
    public init?(string: String) {
        let s = string.trimmingSpaces
        if let slash = s.firstIndex(of: "/") {
            guard let a = Day(iso: String(s[..<slash])), let b = Day(iso: String(s[s.index(after: slash)...])), a <= b else { return nil }
            self = .interval(a, b)
            return
        }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard parts[0].count == 4, let y = Int(parts[0]) else { return nil }
            self = .year(y)
        case 2:
            guard parts[0].count == 4, parts[1].count == 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            self = .month(year: y, month: m)
        case 3:
            guard let d = Day(iso: s) else { return nil }
            self = .day(d)
        default:
            return nil
        }
    }

    /// First and last day the date covers.
    public var bounds: ClosedRange<Day> {
        switch self {
        case .day(let d): return d...d
        case .month(let y, let m): return Day(year: y, month: m, day: 1)...Day(year: y, month: m, day: Day.daysIn(month: m, year: y))
        case .year(let y): return Day(year: y, month: 1, day: 1)...Day(year: y, month: 12, day: 31)
        case .interval(let a, let b): return a...b
        }
    }

    /// True when every day of `self` lies inside `other` (the guide's date-accuracy rule).
    public func lies(inside other: EventDate) -> Bool {
        other.bounds.lowerBound <= bounds.lowerBound && bounds.upperBound <= other.bounds.upperBound
    }

    public var description: String {
        switch self {
        case .day(let d): return d.description
        case .month(let y, let m): return "\(Day.pad(y, 4))-\(Day.pad(m, 2))"
        case .year(let y): return Day.pad(y, 4)
        case .interval(let a, let b): return "\(a)/\(b)"
        }
    }

    public static func < (a: EventDate, b: EventDate) -> Bool {
        (a.bounds.lowerBound, a.bounds.upperBound) < (b.bounds.lowerBound, b.bounds.upperBound)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let parsed = EventDate(string: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = parsed
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
