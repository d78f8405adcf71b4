import StakegraphExtraction
import Testing
@testable import StakegraphRender

@Suite struct TimelineScaleTests {
    private func scale(_ first: String, _ last: String, width: Double = 840) -> TimelineScale {
        TimelineScale(first: Day(iso: first)!, last: Day(iso: last)!, left: 100, right: 100 + width)
    }

    @Test func tenYearsGetYearTicks() {
        let scale = scale("2015-03-01", "2025-06-30")
        #expect(scale.step.unit == .year)
        // The margin reaches back into late 2014, so 1 January 2015 has a tick.
        #expect(scale.ticks.map(\.label) == (2015...2025).map(String.init))
        #expect(scale.ticks.allSatisfy { $0.yearLabel == nil })
    }

    @Test func aCenturyOnANarrowAxisSkipsYears() {
        let scale = scale("1920-01-01", "2020-01-01", width: 400)
        #expect(scale.step == (.year, 20) || scale.step == (.year, 10))
        #expect(scale.ticks.count <= 11)
        #expect(scale.ticks.allSatisfy { Int($0.label)! % scale.step.count == 0 })
    }

    @Test func aYearGetsMonthTicksWithTheYearUnderJanuary() {
        let scale = scale("2023-11-15", "2024-09-20")
        #expect(scale.step == (.month, 1))
        let labels = scale.ticks.map(\.label)
        #expect(labels.first == "Dec")
        #expect(labels.contains("Jan"))
        #expect(labels.last == "Sep")
        #expect(scale.ticks.first?.yearLabel == "2023")
        #expect(scale.ticks.first { $0.label == "Jan" }?.yearLabel == "2024")
        #expect(scale.ticks.filter { $0.yearLabel != nil }.count == 2)
    }

    @Test func aFortnightGetsDayTicksCentredOnTheDay() throws {
        let scale = scale("2024-03-01", "2024-03-14")
        #expect(scale.step == (.day, 1))
        let first = try #require(scale.ticks.first { $0.label == "1 Mar" })
        #expect(first.yearLabel == "2024")
        let day = Day(iso: "2024-03-01")!
        #expect(abs(first.x - scale.x(centreOf: .day(day))) < 0.001)
    }

    @Test func aFewMonthsGetWeeklyTicksOnMondays() {
        let scale = scale("2024-03-01", "2024-04-30")
        #expect(scale.step == (.day, 7))
        let labels = scale.ticks.map(\.label)
        #expect(labels.contains("4 Mar")) // a Monday
        #expect(labels.contains("11 Mar"))
    }

    @Test func ticksAreOrderedInsideThePlotAndApart() {
        for (first, last) in [("2024-01-01", "2024-01-01"), ("2024-01-01", "2024-02-10"), ("2020-01-01", "2024-12-31"),
                              ("1990-06-01", "2024-12-31")] {
            let scale = scale(first, last)
            let xs = scale.ticks.map(\.x)
            #expect(!xs.isEmpty, "no ticks for \(first)…\(last)")
            #expect(xs == xs.sorted())
            #expect(xs.allSatisfy { (100...940).contains($0) })
            #expect(zip(xs, xs.dropFirst()).allSatisfy { $1 - $0 >= 36 }, "crowded ticks for \(first)…\(last): \(xs)")
        }
    }

    @Test func aMonthSpansItsDaysAndIsCentredOnThem() {
        let scale = scale("2024-01-01", "2024-12-31")
        let march = EventDate.month(year: 2024, month: 3)
        let span = scale.span(of: march)
        #expect(abs(span.lowerBound - scale.x(Double(Day(iso: "2024-03-01")!.ordinal))) < 0.001)
        #expect(abs(span.upperBound - scale.x(Double(Day(iso: "2024-04-01")!.ordinal))) < 0.001)
        #expect(abs(scale.x(centreOf: march) - (span.lowerBound + span.upperBound) / 2) < 0.001)
    }
}
