/// Resolves the time expressions of a sentence against the article's date (guide section 3):
/// weekdays, yesterday, last week, earlier this month, day-month dates, "in March 2020",
/// "last year", "in his first week" — to a day, a month, a year or an interval.
struct DateResolver {
    let articleDate: EventDate?
    let lexicon: Lexicon

    static let monthNumbers: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    static let weekdayNumbers: [String: Int] = ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7]

    /// A time expression found in the text: where it stands and the date it means.
    struct Found {
        var range: Range<Int>
        var date: EventDate
    }

    var anchor: Day? {
        guard let articleDate else { return nil }
        if case .day(let d) = articleDate { return d }
        return nil
    }

    /// Every time expression within `range` of `doc`.
    func expressions(in doc: Document, range: Range<Int>) -> [Found] {
        var found: [Found] = []
        let t = doc.tokens
        var i = range.lowerBound
        func word(_ k: Int) -> String { k < range.upperBound && k >= range.lowerBound ? t[k].lower : "" }
        while i < range.upperBound {
            let w = word(i)
            // "19 January (2024)" and "January 19(th), (2024)"
            if t[i].kind == .number, let d = Int(t[i].text.filter(\.isNumber)), (1...31).contains(d), t[i].text.count <= 4,
               let m = Self.monthNumbers[word(i + 1)], word(i + 1).count >= 3 {
                var end = i + 2
                var year: Int?
                if t.indices.contains(end), end < range.upperBound, t[end].kind == .number, let y = Int(t[end].text), (1900...2100).contains(y) { year = y; end += 1 }
                if let date = dayMonth(d, m, year: year) { found.append(Found(range: i..<end, date: date)) }
                i = end
                continue
            }
            if let m = Self.monthNumbers[w], w.count >= 3, t[i].isCapitalised {
                // "January 19", "March 2020", "in March"
                var end = i + 1
                if end < range.upperBound, t[end].kind == .number, let n = Int(t[end].text.filter(\.isNumber)) {
                    if (1...31).contains(n), t[end].text.count <= 4 {
                        end += 1
                        var year: Int?
                        if end < range.upperBound, t[end].text == "," { end += 1 }
                        if end < range.upperBound, t[end].kind == .number, let y = Int(t[end].text), (1900...2100).contains(y) { year = y; end += 1 }
                        if let date = dayMonth(n, m, year: year) { found.append(Found(range: i..<end, date: date)) }
                        i = end
                        continue
                    }
                    if (1900...2100).contains(n) {
                        found.append(Found(range: i..<(end + 1), date: .month(year: n, month: m)))
                        i = end + 1
                        continue
                    }
                }
                // "since January" is a span's start, not when an act happened.
                if ["in", "during", "until", "throughout", "early", "late", "mid", "last", "this"].contains(word(i - 1)), w != "may" || word(i - 1) != "" {
                    if let date = monthOnly(m, last: word(i - 1) == "last") { found.append(Found(range: (i - 1)..<(i + 1), date: date)) }
                }
                i += 1
                continue
            }
            if let wd = Self.weekdayNumbers[w], let anchor {
                // "on Saturday", "last Saturday", "Saturday's": the most recent such day before the article.
                var back = (anchor.weekday - wd + 7) % 7
                if back == 0 { back = 7 }
                if word(i - 1) == "next" || word(i - 1) == "this" && false { i += 1; continue }
                if word(i - 1) == "next" { i += 1; continue }
                found.append(Found(range: i..<(i + 1), date: .day(anchor.adding(days: -back))))
                i += 1
                continue
            }
            if t[i].kind == .number, let y = Int(t[i].text), (1900...2100).contains(y), t[i].text.count == 4,
               ["in", "during", "of", "throughout", "early", "late"].contains(word(i - 1)) {
                found.append(Found(range: (i - 1)..<(i + 1), date: .year(y)))
                i += 1
                continue
            }
            if let anchor, let (date, len) = relative(at: i, word: word, anchor: anchor) {
                found.append(Found(range: i..<(i + len), date: date))
                i += len
                continue
            }
            i += 1
        }
        return found
    }

    private func dayMonth(_ d: Int, _ m: Int, year: Int?) -> EventDate? {
        if let year { return Day.isValid(year: year, month: m, day: d) ? .day(Day(year: year, month: m, day: d)) : nil }
        guard let anchor else { return nil }
        // Without a year: the nearest such day, looking back first (news reports what happened).
        for y in [anchor.year, anchor.year - 1] where Day.isValid(year: y, month: m, day: d) {
            let day = Day(year: y, month: m, day: d)
            if day.ordinal <= anchor.ordinal + 60 { return .day(day) }
        }
        return nil
    }

    private func monthOnly(_ m: Int, last: Bool) -> EventDate? {
        guard let anchor else { return nil }
        let year = m <= anchor.month ? anchor.year : anchor.year - 1
        return .month(year: year, month: m)
    }

    /// Words a relative date can start with ("last week", "three days ago" is checked apart).
    private static let relativeStarts: Set<String> = ["yesterday", "today", "tonight", "this", "last", "earlier", "later", "in", "within"]
    private static let smallNumbers = ["a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10]

    private func relative(at i: Int, word: (Int) -> String, anchor: Day) -> (EventDate, Int)? {
        let w0 = word(i)
        let w2 = word(i + 2)
        guard Self.relativeStarts.contains(w0) || w2 == "ago" else { return nil }
        let w1 = word(i + 1), w3 = word(i + 3)
        switch (w0, w1) {
        case ("yesterday", _): return (.day(anchor.adding(days: -1)), 1)
        case ("today", _), ("tonight", _): return (.day(anchor), 1)
        case ("this", "morning"), ("this", "afternoon"), ("this", "evening"): return (.day(anchor), 2)
        case ("last", "night"): return (.day(anchor.adding(days: -1)), 2)
        case ("last", "week"):
            let monday = anchor.adding(days: -(anchor.weekday - 1) - 7)
            return (.interval(monday, monday.adding(days: 6)), 2)
        case ("this", "week"):
            return (.interval(anchor.adding(days: -(anchor.weekday - 1)), anchor), 2)
        case ("last", "month"):
            let m = anchor.month == 1 ? 12 : anchor.month - 1
            return (.month(year: anchor.month == 1 ? anchor.year - 1 : anchor.year, month: m), 2)
        case ("this", "month"): return (.month(year: anchor.year, month: anchor.month), 2)
        case ("last", "year"): return (.year(anchor.year - 1), 2)
        case ("this", "year"): return (.year(anchor.year), 2)
        case ("earlier", "this"), ("later", "this"):
            switch w2 {
            case "week": return (.interval(anchor.adding(days: -(anchor.weekday - 1)), anchor), 3)
            case "month": return (.month(year: anchor.year, month: anchor.month), 3)
            case "year": return (.year(anchor.year), 3)
            default: return nil
            }
        case ("in", "his"), ("in", "her"), ("in", "their"), ("in", "its"), ("within", "his"), ("within", "her"):
            // "in his first week", "in her first few days", "in their first month"
            guard w2 == "first" else { return nil }
            let unit = w3 == "few" ? word(i + 4) : w3
            let len = w3 == "few" ? 5 : 4
            switch unit {
            case "week", "days", "day": return (.interval(anchor.adding(days: -7), anchor), len)
            case "month", "weeks": return (.interval(anchor.adding(days: -31), anchor), len)
            case "year", "months": return (.interval(anchor.adding(days: -366), anchor), len)
            default: return nil
            }
        default:
            break
        }
        // "three days ago", "two weeks ago"
        if w2 == "ago", let n = Self.smallNumbers[w0] ?? Int(w0) {
            switch w1 {
            case "day", "days": return (.day(anchor.adding(days: -n)), 3)
            case "week", "weeks":
                let d = anchor.adding(days: -7 * n)
                let monday = d.adding(days: -(d.weekday - 1))
                return (.interval(monday, monday.adding(days: 6)), 3)
            case "month", "months":
                var m = anchor.month - n, y = anchor.year
                while m < 1 { m += 12; y -= 1 }
                return (.month(year: y, month: m), 3)
            case "year", "years": return (.year(anchor.year - n), 3)
            default: return nil
            }
        }
        return nil
    }
}
