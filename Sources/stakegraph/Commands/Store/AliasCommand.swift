import ArgumentParser
import StakegraphRender
import StakegraphStore

struct AliasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias",
        abstract: "Record that a name form refers to a stakeholder; the rule survives re-extraction.",
        discussion: """
        A stakeholder the extractor named FORM is merged into STAKEHOLDER, and FORM becomes one of its aliases. When STAKEHOLDER is not stored yet, the stakeholder named FORM is renamed to it.

        Examples:
          stakegraph ingest Samples/articles --db corpus.sqlite
          stakegraph alias --db corpus.sqlite "the chief inspector" "Helen Marchbank"
          stakegraph alias --db corpus.sqlite "the watchdog" org:ofsted
        """
    )

    @Argument(help: "The name form, as articles write it.")
    var form: String

    @Argument(help: "The stakeholder it names (id, name or alias).")
    var stakeholder: String

    @OptionGroup var store: StoreOptions

    func run() throws {
        try runReportingErrors {
            let rule = CorrectionRule.alias(form: form, entity: stakeholder)
            try store.open().add(rule)
            try Console.writeLine("\(store.name): \(rule)")
        }
    }
}
