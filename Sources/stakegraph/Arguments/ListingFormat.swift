import ArgumentParser

/// Text, CSV or JSON, for the query commands.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json
}
