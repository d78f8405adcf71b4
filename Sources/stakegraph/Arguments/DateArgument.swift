import ArgumentParser
import StakegraphExtraction
import StakegraphGraph

/// A date given on the command line (`--from`, `--to`, `--assume-date`): YYYY, YYYY-MM or
/// YYYY-MM-DD, read once while the arguments are parsed. A value that cannot be read is kept
/// with its reason, so that `validate()` says it in our words rather than the parser's.
struct DateArgument: ExpressibleByArgument, Sendable {
    /// The value as given.
    let text: String
    /// The days the date covers (a whole year or month, or one day), or why it cannot be read.
    let reading: Result<DateRange, DateRangeError>

    init(argument: String) {
        text = argument
        if argument.contains("..") {
            reading = .failure(.invalidBound(value: argument, range: argument))
        } else {
            reading = Result { () throws(DateRangeError) in try DateRange(parsing: argument) }
        }
    }

    /// The days the date covers.
    /// - Throws: `ValidationError` naming `option` and saying why the value cannot be read.
    func days(for option: String) throws -> DateRange {
        switch reading {
        case .success(let range): return range
        case .failure(let error): throw ValidationError("\(option): \(error)")
        }
    }

    /// The date as an article date (for `--assume-date`); nil when it cannot be read.
    var eventDate: EventDate? {
        guard case .success = reading else { return nil }
        return EventDate(string: text)
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
