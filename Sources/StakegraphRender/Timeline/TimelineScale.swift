import StakegraphExtraction

/// The time axis of a timeline: maps days to x positions and picks ticks at years, months or
/// days, whichever is the finest unit whose labels do not crowd each other.
struct TimelineScale: Sendable, Hashable {
    /// The unit of the ticks.
    enum Unit: String, Sendable, Hashable {
        case year, month, day
    }

    /// One labelled tick: its position, its main label ("2024", "Mar", "12 Mar") and, under it,
    /// the year when the main label does not say it (on the first tick and when the year changes).
    struct Tick: Sendable, Hashable {
        var x: Double
        var label: String
        var yearLabel: String?
    }

    /// First and last x of the plot area.
    let left: Double
    let right: Double
    /// Domain in fractional day ordinals: `start` is at `left`, `end` at `right`.
    let start: Double
    let end: Double

    /// A scale covering the days `first...last`, with a margin on both sides; spans shorter than
    /// a week are widened to a week around their middle.
    init(first: Day, last: Day, left: Double, right: Double) {
        var lower = Double(first.ordinal)
        var upper = Double(max(last.ordinal, first.ordinal) + 1)
        if upper - lower < 7 {
            let middle = (lower + upper) / 2
            (lower, upper) = (middle - 3.5, middle + 3.5)
        }
        let margin = (upper - lower) * 0.03
        self.left = left
        self.right = right
        start = lower - margin
        end = upper + margin
    }

    /// The x of a fractional day ordinal.
    func x(_ ordinal: Double) -> Double {
        left + (ordinal - start) / (end - start) * (right - left)
    }

    /// The x of the middle of a date's span: noon of a day, mid-month for a month.
    func x(centreOf date: EventDate) -> Double {
        let bounds = date.bounds
        return x((Double(bounds.lowerBound.ordinal) + Double(bounds.upperBound.ordinal) + 1) / 2)
    }

    /// The x range a date spans, from the start of its first day to the end of its last.
    func span(of date: EventDate) -> ClosedRange<Double> {
        let bounds = date.bounds
        return x(Double(bounds.lowerBound.ordinal))...x(Double(bounds.upperBound.ordinal + 1))
    }

    private var pixelsPerDay: Double { (right - left) / (end - start) }

    /// The unit and step of the ticks: the finest among 1, 2, 7 and 14 days, 1, 2, 3 and 6 months,
    /// and 1, 2, 5, 10… years whose ticks stand at least a label's width apart.
    var step: (unit: Unit, count: Int) {
        for days in [1, 2, 7, 14] where Double(days) * pixelsPerDay >= 44 { return (.day, days) }
        for months in [1, 2, 3, 6] where Double(months) * 30.4 * pixelsPerDay >= 40 { return (.month, months) }
        var years = 1
        let multipliers = [2, 2.5, 2] // 1, 2, 5, 10, 20, 50, 100…
        var index = 0
        while Double(years) * 365.25 * pixelsPerDay < 40 {
            years = Int(Double(years) * multipliers[index % 3])
            index += 1
        }
        return (.year, years)
    }

    /// The ticks inside the domain, left to right.
    var ticks: [Tick] {
        let (unit, count) = step
        // Day ticks stand at noon, month and year ticks at midnight: keep them inside the domain.
        let offset = unit == .day ? 0.5 : 0
        let first = Day(ordinal: Int((start - offset).rounded(.up)))
        let last = Day(ordinal: Int((end - offset).rounded(.down)))
        var days: [Day] = []
        switch unit {
        case .day:
            var day = first
            if count >= 7 { while day.weekday != 1 { day = day.adding(days: 1) } } // weeks start on Mondays
            while day <= last {
                days.append(day)
                day = day.adding(days: count)
            }
        case .month:
            var (year, month) = (first.year, first.month)
            while Day(year: year, month: month, day: 1) <= last {
                let day = Day(year: year, month: month, day: 1)
                if day >= first, (month - 1) % count == 0 { days.append(day) }
                month += 1
                if month > 12 { (year, month) = (year + 1, 1) }
            }
        case .year:
            var year = first.year
            while Day(year: year, month: 1, day: 1) <= last {
                let day = Day(year: year, month: 1, day: 1)
                if day >= first, year % count == 0 { days.append(day) }
                year += 1
            }
        }

        var ticks: [Tick] = []
        var previousYear: Int?
        for day in days {
            let newYear = day.year != previousYear
            previousYear = day.year
            switch unit {
            case .day:
                ticks.append(Tick(x: x(Double(day.ordinal) + 0.5), label: "\(day.day) \(Self.monthNames[day.month - 1])",
                                  yearLabel: newYear ? String(day.year) : nil))
            case .month:
                ticks.append(Tick(x: x(Double(day.ordinal)), label: Self.monthNames[day.month - 1],
                                  yearLabel: newYear ? String(day.year) : nil))
            case .year:
                ticks.append(Tick(x: x(Double(day.ordinal)), label: String(day.year), yearLabel: nil))
            }
        }
        return ticks
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
