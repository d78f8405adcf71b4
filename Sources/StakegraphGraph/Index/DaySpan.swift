import StakegraphExtraction

/// Day ordinals used by the integer core: an undated event has `lower == upper == undated`,
/// which sorts after every real day.
enum DaySpan {
    static let undated = Int32.max
    /// Open bounds of affiliations.
    static let openStart = Int32.min
    static let openEnd = Int32.max - 1

    /// First and last day ordinal of a date, or `undated` twice.
    @inline(__always)
    static func of(_ date: EventDate?) -> (lower: Int32, upper: Int32) {
        guard let date else { return (undated, undated) }
        switch date {
        case .day(let d):
            let o = Int32(truncatingIfNeeded: d.ordinal)
            return (o, o)
        default:
            let bounds = date.bounds
            return (Int32(truncatingIfNeeded: bounds.lowerBound.ordinal), Int32(truncatingIfNeeded: bounds.upperBound.ordinal))
        }
    }

    /// Which form a date takes, so that it can be rebuilt from its span without keeping it:
    /// 0 undated, 1 day, 2 month, 3 year, 4 interval.
    @inline(__always)
    static func kind(_ date: EventDate?) -> UInt8 {
        switch date {
        case nil: return 0
        case .day?: return 1
        case .month?: return 2
        case .year?: return 3
        case .interval?: return 4
        }
    }

    /// The date of a kind and span, exactly as it was.
    static func date(kind: UInt8, lower: Int32, upper: Int32) -> EventDate? {
        switch kind {
        case 1: return .day(Day(ordinal: Int(lower)))
        case 2:
            let first = Day(ordinal: Int(lower))
            return .month(year: first.year, month: first.month)
        case 3: return .year(Day(ordinal: Int(lower)).year)
        case 4: return .interval(Day(ordinal: Int(lower)), Day(ordinal: Int(upper)))
        default: return nil
        }
    }

    /// A sort key: lower bound in the high half, upper in the low half, both order-preserving.
    @inline(__always)
    static func key(lower: Int32, upper: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: lower ^ Int32.min)) << 32 | UInt64(UInt32(bitPattern: upper ^ Int32.min))
    }
}

extension DateRange {
    /// The range as ordinals, open sides widened to the extremes.
    var ordinalBounds: (from: Int32, to: Int32) {
        (from.map { Int32(truncatingIfNeeded: $0.ordinal) } ?? DaySpan.openStart,
         to.map { Int32(truncatingIfNeeded: $0.ordinal) } ?? DaySpan.openEnd)
    }

    /// True when a dated span meets the range; never for undated spans.
    @inline(__always)
    func admits(lower: Int32, upper: Int32) -> Bool {
        guard lower != DaySpan.undated else { return false }
        let (from, to) = ordinalBounds
        return upper >= from && lower <= to
    }
}
