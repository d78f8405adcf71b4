import ArgumentParser
import StakegraphGraph

/// `--from` and `--to`: the days a query keeps events for.
struct DateRangeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Keep events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var from: DateArgument?

    @Option(help: ArgumentHelp("Keep events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var to: DateArgument?

    func validate() throws {
        let from = try from?.days(for: "--from"), to = try to?.days(for: "--to")
        if let start = from?.from, let end = to?.to, end < start {
            throw ValidationError("--to \(self.to!.text) is before --from \(self.from!.text).")
        }
    }

    /// The range of --from/--to, or nil when neither is given; `validate()` has read both.
    var range: DateRange? {
        guard from != nil || to != nil else { return nil }
        return DateRange(from: (try? from?.reading.get())?.from, to: (try? to?.reading.get())?.to)
    }
}
