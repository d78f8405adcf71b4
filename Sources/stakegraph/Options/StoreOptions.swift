import ArgumentParser
import StakegraphExtraction
import StakegraphStore

/// The database the store commands work on.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The store: an SQLite file, or a PostgreSQL database as postgres://USER:PASSWORD@HOST:PORT/DATABASE.", valueName: "file|url"))
    var database = "stakegraph.sqlite"

    /// How output names the store: the file, or the URL without its password.
    var name: String {
        (try? StoreLocation(database).description) ?? database
    }

    /// Opens the store (a file or a `postgres://` URL); for writing (the default), SQLite's quick check runs first.
    func open(_ extractor: Extractor = Extractor(), create: Bool = false, forWriting: Bool = true) throws -> CorpusStore {
        try CorpusStore(path: database, extractor: extractor, create: create, forWriting: forWriting)
    }
}
