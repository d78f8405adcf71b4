import ArgumentParser
import StakegraphGraph

/// A period given on the command line (`compare --period`): A..B with YYYY, YYYY-MM or
/// YYYY-MM-DD on either side, read once while the arguments are parsed. A value that cannot
/// be read is kept with its reason, so that `validate()` says it in our words.
struct PeriodArgument: ExpressibleByArgument, Sendable {
    /// The value as given.
    let text: String
    /// The days of the period, or why it cannot be read.
    let reading: Result<DateRange, DateRangeError>

    init(argument: String) {
        text = argument
        reading = Result { () throws(DateRangeError) in try DateRange(parsing: argument) }
    }

    /// The days of the period.
    /// - Throws: `DateRangeError` saying why the value cannot be read.
    func range() throws(DateRangeError) -> DateRange { try reading.get() }
}
