import ArgumentParser

@main
struct Stakegraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stakegraph",
        abstract: "Read news articles and show who engaged whom."
    )
}
