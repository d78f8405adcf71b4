import ArgumentParser
import StakegraphRender
import StakegraphStore

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Record that two stakeholders are one; the rule survives re-extraction.",
        discussion: """
        B is folded into A: A keeps its id and gains B's aliases, articles and interactions.

        Examples:
          stakegraph ingest Samples/articles --db corpus.sqlite
          stakegraph merge --db corpus.sqlite "National Education Union" NASUWT
          stakegraph merge --db corpus.sqlite org:clearbrook org:save-our-tamar-group
        """
    )

    @Argument(help: "The stakeholder kept (id, name or alias).")
    var kept: String

    @Argument(help: "The stakeholder folded into it (id, name or alias).")
    var merged: String

    @OptionGroup var store: StoreOptions

    func run() throws {
        try runReportingErrors {
            let rule = CorrectionRule.merge(kept: kept, merged: merged)
            try store.open().add(rule)
            try Console.writeLine("\(store.name): \(rule)")
        }
    }
}
