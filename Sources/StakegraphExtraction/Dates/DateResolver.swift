/// Resolves the time expressions of a sentence against the article's date (guide section 3):
/// weekdays, yesterday, last week, earlier this month, day-month dates, "in March 2020",
/// "last year", "in his first week" — to a day, a month, a year or an interval.
struct DateResolver {
    let articleDate: EventDate?
    let lexicon: Lexicon

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
               let m = lexicon.monthNumbers[word(i + 1)], word(i + 1).count >= 3 {
                var end = i + 2
                var year: Int?
                if t.indices.contains(end), end < range.upperBound, t[end].kind == .number, let y = Int(t[end].text), (1900...2100).contains(y) { year = y; end += 1 }
                if let date = dayMonth(d, m, year: year) { found.append(Found(range: i..<end, date: date)) }
                i = end
                continue
            }
            if let m = lexicon.monthNumbers[w], w.count >= 3, t[i].isCapitalised {
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
                if lexicon.dates.monthLeadWords.contains(word(i - 1)), w != "may" || word(i - 1) != "" {
                    if let date = monthOnly(m, last: word(i - 1) == "last") { found.append(Found(range: (i - 1)..<(i + 1), date: date)) }
                }
                i += 1
                continue
            }
            if let wd = lexicon.weekdayNumbers[w], let anchor {
                // "on Saturday", "last Saturday", "Saturday's": the most recent such day before the article.
                var back = (anchor.weekday - wd + 7) % 7
                if back == 0 { back = 7 }
                if word(i - 1) == "next" { i += 1; continue }
                found.append(Found(range: i..<(i + 1), date: .day(anchor.adding(days: -back))))
                i += 1
                continue
            }
            if t[i].kind == .number, let y = Int(t[i].text), (1900...2100).contains(y), t[i].text.count == 4,
               lexicon.dates.yearLeadWords.contains(word(i - 1)) {
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

    /// "yesterday", "last week", "earlier this month", "in his first week", "three days ago":
    /// the date and the number of words, from the lexicon's `dates` words. The pairs of the
    /// switch ("last" or "this" with "week", "month" or "year") are the grammar of the
    /// expressions, each with its own reckoning.
    private func relative(at i: Int, word: (Int) -> String, anchor: Day) -> (EventDate, Int)? {
        let w0 = word(i)
        let w2 = word(i + 2)
        guard lexicon.dates.relativeStarts.contains(w0) || w2 == "ago" else { return nil }
        let words = lexicon.dates
        let w1 = word(i + 1), w3 = word(i + 3)
        // "yesterday", "today", "this morning", "last night"
        if let back = words.dayPhrases[w0] { return (.day(anchor.adding(days: -back)), 1) }
        if let back = words.dayPhrases[w0 + " " + w1] { return (.day(anchor.adding(days: -back)), 2) }
        // "in his first week", "in her first few days", "in their first month"
        if words.firstPeriodOpeners.contains(w0 + " " + w1) {
            guard w2 == "first" else { return nil }
            let unit = w3 == "few" ? word(i + 4) : w3
            let len = w3 == "few" ? 5 : 4
            guard let back = words.firstPeriodDays[unit] else { return nil }
            return (.interval(anchor.adding(days: -back), anchor), len)
        }
        switch (w0, w1) {
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
        default:
            break
        }
        // "three days ago", "two weeks ago"
        if w2 == "ago", let n = words.numberWords[w0] ?? Int(w0), let unit = words.units[w1] {
            switch unit {
            case .day: return (.day(anchor.adding(days: -n)), 3)
            case .week:
                let d = anchor.adding(days: -7 * n)
                let monday = d.adding(days: -(d.weekday - 1))
                return (.interval(monday, monday.adding(days: 6)), 3)
            case .month:
                var m = anchor.month - n, y = anchor.year
                while m < 1 { m += 12; y -= 1 }
                return (.month(year: y, month: m), 3)
            case .year: return (.year(anchor.year - n), 3)
            }
        }
        return nil
    }
}
