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

    @Option(help: "The level drawn (default: person; a diagram of more than \(LayoutEngine.largeGraphThreshold) stakeholders is drawn at organisation level).")
    var level: GraphLevel?

    @OptionGroup var folder: FolderOptions

    @OptionGroup var drawing: DrawingOptions

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        try progress.run(extracting: input) { extraction, line in
            line.stage("drawing and writing the outputs")
            var analysis = Analysis(extraction: extraction, level: level)
            (analysis.diagram, analysis.engine) = drawing.diagram(of: analysis.graph, options: analysis.diagram.options)
            for path in try analysis.write(to: folder.out) { try Console.writeLine(path) }
            line.finish()
            try Console.writeLine(RunSummary(analysis.extraction, seconds: line.elapsed).description)
            if let undated = UndatedArticles(analysis.extraction.articles) {
                let ids = Set(undated.ids)
                try Console.writeLine(undated.summary(acts: analysis.extraction.interactions.filter { $0.date == nil && ids.contains($0.article) }.count))
            }
        }
    }
}
