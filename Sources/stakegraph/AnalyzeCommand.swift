import ArgumentParser
import Foundation
import StakegraphRender

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "The main job: extraction.json, graph.dot, graph.svg and timeline.txt in one folder.",
        discussion: """
        Examples:
          stakegraph analyze Samples/articles --out out/
          stakegraph analyze corpus.jsonl --out report --engine neato
        """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Folder to write into (created if missing).")
    var out: String

    @Option(help: "Graphviz layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")).")
    var engine: LayoutEngine = .dot

    func run() throws {
        try runReportingErrors {
            let analysis = Analysis(extraction: try input.extract(), engine: engine)
            for path in try analysis.write(to: out) { print(path) }
            print("\(analysis.extraction.articles.count) articles, \(analysis.extraction.entities.count) entities, \(analysis.extraction.interactions.count) interactions")
        }
    }
}
