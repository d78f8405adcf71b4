import ArgumentParser
import Foundation
import StakegraphExtraction
import StakegraphGraph
import StakegraphRender

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "The main job: extraction.json, graph.dot/.svg, timeline.txt/.svg and report.html in one folder.",
        discussion: """
        Examples:
          stakegraph analyze Samples/articles --out out/
          stakegraph analyze Samples/corpus.jsonl --out wire --engine neato
          stakegraph analyze Samples/articles --out orgs --level organisation
        """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "The level drawn.")
    var level: GraphLevel = .person

    @Option(help: "Folder to write into (created if missing).")
    var out: String

    @Option(help: "Graphviz layout engine (default: dot, or sfdp for large graphs).")
    var engine: LayoutEngine?

    @OptionGroup var drawing: TopOptions

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        if OutputFile.isStandardOutput(out) { throw ValidationError("--out takes a folder for several files, not standard output.") }
    }

    func run() throws {
        try runReportingErrors {
            let line = progress.line()
            defer { line.finish() }
            line.stage("reading and extracting articles")
            let extraction = try input.extract()
            line.stage("drawing and writing the outputs")
            var analysis = Analysis(extraction: extraction, level: level)
            let options = drawing.applied(to: analysis.options, for: analysis.graph)
            analysis.options = options
            analysis.engine = engine ?? DiagramRenderer.suitedEngine(for: analysis.graph, options: options, requested: .dot)
            for path in try analysis.write(to: out) { try Console.writeLine(path) }
            line.finish()
            try Console.writeLine(RunSummary(analysis.extraction, seconds: line.elapsed).description)
            if let undated = UndatedArticles(analysis.extraction.articles) {
                let ids = Set(undated.ids)
                try Console.writeLine(undated.summary(acts: analysis.extraction.interactions.filter { $0.date == nil && ids.contains($0.article) }.count))
            }
        }
    }
}
