import Testing
@testable import StakegraphExtraction

@Suite struct DayTests {
    @Test func ordinalRoundTrip() {
        let d = Day(year: 2024, month: 1, day: 8)
        #expect(Day(ordinal: d.ordinal) == d)
        #expect(d.weekday == 1) // 8 January 2024 was a Monday
        #expect(d.adding(days: -2).description == "2024-01-06")
    }

    @Test func eventDateParsingAndContainment() {
        let week = EventDate(string: "2024-01-01/2024-01-08")!
        #expect(EventDate(string: "2024-01-08")!.lies(inside: week))
        #expect(!week.lies(inside: EventDate(string: "2024-01-08")!))
        #expect(EventDate(string: "2024-02-30") == nil)
        #expect(EventDate(string: "2024-02")!.bounds.upperBound.day == 29)
    }
}
