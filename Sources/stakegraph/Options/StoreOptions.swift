import ArgumentParser
import StakegraphExtraction
import StakegraphStore

/// The database the store commands work on.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The store (an SQLite file).", valueName: "file"))
    var database = "stakegraph.sqlite"

    /// Opens the store; for writing (the default), SQLite's quick check runs first.
    func open(_ extractor: Extractor = Extractor(), create: Bool = false, forWriting: Bool = true) throws -> CorpusStore {
        try CorpusStore(path: database, extractor: extractor, create: create, forWriting: forWriting)
    }
}
