import ArgumentParser
import StakegraphRender
import StakegraphStore

struct SplitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Record that a stakeholder in one article is someone else; the rule survives re-extraction.",
        discussion: """
        In that article the stakeholder gets its own id, ID~ARTICLE (the article id as a slug), and keeps its name; its interactions there move to the new id.

        Examples:
          stakegraph ingest Samples/articles --db corpus.sqlite
          stakegraph split --db corpus.sqlite person:daniel-okafor \\
              --article 05-new-cst-chief-meets-unions.md
        """
    )

    @Argument(help: "The stakeholder's id (as `stakegraph extract` or `who --format json` print it).")
    var id: String

    @Option(help: "The article (id) where it is someone else.")
    var article: String

    @OptionGroup var store: StoreOptions

    func run() throws {
        try runReportingErrors {
            let rule = CorrectionRule.split(entity: id, article: article)
            try store.open().add(rule)
            try Console.writeLine("\(store.name): \(rule) (new id \(CorrectionRule.splitID(id, article: article)))")
        }
    }
}
