import ArgumentParser
import StakegraphGraph

/// The level and the meaning of a named organisation, for `timeline` and `who`.
struct ListingOptions: ParsableArguments {
    @Option(help: "The level listed (both is for diagrams only).")
    var level: GraphLevel = .person

    @Flag(name: .customLong("named-only"), help: "An organisation named stands for itself only, not for the people who belonged to it on each act's date.")
    var namedOnly = false

    func validate() throws {
        if level == .both { throw ValidationError("--level both is for diagrams; listings take person or organisation.") }
    }
}
