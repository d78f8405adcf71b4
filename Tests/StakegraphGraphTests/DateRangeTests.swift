import Testing
import StakegraphExtraction
@testable import StakegraphGraph

@Suite struct DateRangeTests {
    @Test func parsesClosedRangesOfYearsMonthsAndDays() throws {
        let years = try DateRange(parsing: "2018..2024")
        #expect(years.from == Day(year: 2018, month: 1, day: 1))
        #expect(years.to == Day(year: 2024, month: 12, day: 31))
        let months = try DateRange(parsing: "2024-02..2024-02")
        #expect(months.to == Day(year: 2024, month: 2, day: 29))
        let days = try DateRange(parsing: " 2023-09-01..2024-01-15 ")
        #expect(days.description == "2023-09-01..2024-01-15")
    }

    @Test func parsesOpenSidesAndSinglePeriods() throws {
        #expect(try DateRange(parsing: "2024-01..") == DateRange(from: Day(year: 2024, month: 1, day: 1), to: nil))
        #expect(try DateRange(parsing: "..2019-06-30") == DateRange(from: nil, to: Day(year: 2019, month: 6, day: 30)))
        #expect(try DateRange(parsing: "..").isUnbounded)
        #expect(try DateRange(parsing: "2024-03") == DateRange(from: Day(year: 2024, month: 3, day: 1), to: Day(year: 2024, month: 3, day: 31)))
    }

    @Test func reportsTheBadValue() {
        #expect(throws: DateRangeError.invalidBound(value: "2024-13", range: "2024-13..2025")) { try DateRange(parsing: "2024-13..2025") }
        #expect(throws: DateRangeError.invalidBound(value: "24", range: "24..")) { try DateRange(parsing: "24..") }
        #expect(throws: DateRangeError.invalidBound(value: "2024-02-30", range: "..2024-02-30")) { try DateRange(parsing: "..2024-02-30") }
        #expect(throws: DateRangeError.invalidBound(value: "2024-01-01/2024-01-08", range: "2024-01-01/2024-01-08")) {
            try DateRange(parsing: "2024-01-01/2024-01-08")
        }
        #expect(throws: DateRangeError.reversed(from: "2025", to: "2024", range: "2025..2024")) { try DateRange(parsing: "2025..2024") }
        #expect(throws: DateRangeError.empty) { try DateRange(parsing: "  ") }
        #expect(throws: DateRangeError.tooManySeparators(range: "2020..2021..2022")) { try DateRange(parsing: "2020..2021..2022") }
        #expect(DateRangeError.invalidBound(value: "x", range: "x..").description.contains("'x'"))
    }

    @Test func yearZeroIsRefused() throws {
        #expect(throws: DateRangeError.yearZero(value: "0000", range: "0000..")) { try DateRange(parsing: "0000..") }
        #expect(throws: DateRangeError.yearZero(value: "0000-12", range: "..0000-12")) { try DateRange(parsing: "..0000-12") }
        #expect(DateRangeError.yearZero(value: "0000", range: "0000..").description.contains("no year 0000"))
        #expect(try DateRange(parsing: "0001..").from == Day(year: 1, month: 1, day: 1))
    }

    @Test func periodsToCompareMustBeSuccessive() throws {
        func check(_ a: String, _ b: String) throws(DateRangeError) {
            try DateRange.checkSuccessive(try DateRange(parsing: a), try DateRange(parsing: b), as: (a, b))
        }
        try check("2018..2020", "2021..2022")
        try check("..2023", "2024..")
        try check("2020-01-31", "2020-02")
        #expect(throws: DateRangeError.overlapping(before: "2018..2020", after: "2018..2020")) { try check("2018..2020", "2018..2020") }
        #expect(throws: DateRangeError.overlapping(before: "2018..2020", after: "2020-12-31..")) { try check("2018..2020", "2020-12-31..") }
        #expect(throws: DateRangeError.overlapping(before: "..", after: "2024")) { try check("..", "2024") }
        #expect(throws: DateRangeError.outOfOrder(before: "2023..", after: "..2020")) { try check("2023..", "..2020") }
        #expect(throws: DateRangeError.outOfOrder(before: "2024", after: "2023")) { try check("2024", "2023") }
    }

    @Test func overlapsDatesOfAnyPrecision() throws {
        let range = try DateRange(parsing: "2024-01-10..2024-01-20")
        #expect(range.overlaps(EventDate(string: "2024-01")))
        #expect(range.overlaps(EventDate(string: "2024-01-20")))
        #expect(!range.overlaps(EventDate(string: "2024-01-21")))
        #expect(range.overlaps(EventDate(string: "2024-01-01/2024-01-10")))
        #expect(!range.overlaps(nil))
        #expect(try DateRange(parsing: "2024..").overlaps(EventDate(string: "2023")) == false)
    }
}
