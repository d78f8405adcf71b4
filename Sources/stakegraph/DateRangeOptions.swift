import ArgumentParser
import StakegraphGraph

/// `--from` and `--to`: the days a query keeps events for.
struct DateRangeOptions: ParsableArguments {
    @Option(help: "Keep events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var from: String?

    @Option(help: "Keep events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var to: String?

    func validate() throws {
        do { _ = try range() } catch { throw ValidationError("\(error)") }
    }

    /// The range of --from/--to, or nil when neither is given.
    func range() throws -> DateRange? {
        guard from != nil || to != nil else { return nil }
        return try DateRange(parsing: "\(from ?? "")..\(to ?? "")")
    }
}
