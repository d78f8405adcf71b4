import ArgumentParser
import Foundation
import StakegraphGraph
import StakegraphRender

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write graph.svg, timeline.svg and a self-contained report.html into a folder.",
        discussion: """
        The report is one file that works offline: summary figures, the relationship diagram, the timeline, and a table of every interaction with its evidence, outlet, date and source link. Its filters (type, stakeholder with an organisation's people, date range, and level: the report holds both levels' drawings) act on the table, the diagram and the timeline together; the diagram pans and zooms; clicking a stakeholder lists their engagements with the evidence, linked to the source articles.

        Examples:
          stakegraph report Samples/articles --out report/
          stakegraph report Samples/articles --out report/ --top 12 \\
              --title "Schools and services, 2018-2025"
          stakegraph report Samples/articles --out report/ --level both
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var view: GraphOptions

    @OptionGroup var folder: FolderOptions

    @OptionGroup var drawing: DrawingOptions

    @Option(help: "Report title.")
    var title: String = "Stakeholder report"

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        try progress.run(extracting: input, eventsFrom: view.dateRange?.from) { extraction, line in
            line.stage("drawing and writing the report")
            let corpus = StakeholderGraph(extraction: extraction)
            let (graph, rolledUpFrom) = try view.drawnGraph(of: corpus)
            var options = DiagramOptions()
            options.rolledUpFrom = rolledUpFrom
            let (diagram, engine) = drawing.diagram(of: graph, options: options)
            let writer = ReportWriter(graph: graph, diagram: diagram, title: title, articleCount: extraction.articles.count, engine: engine,
                                      otherLevel: try view.people(of: graph, in: corpus))
            let paths = try writer.write(to: folder.out)
            line.finish(summary: RunSummary(extraction, seconds: line.elapsed).description)
            for path in paths { try Console.writeLine(path) }
        }
    }
}
