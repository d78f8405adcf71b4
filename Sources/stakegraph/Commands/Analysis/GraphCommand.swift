import ArgumentParser
import Foundation
import StakegraphExtraction
import StakegraphGraph
import StakegraphRender

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw or export who engaged whom: DOT, SVG, PNG, PDF, JSON, CSV, GraphML or GEXF.",
        discussion: """
        DOT is written by Stakegraph itself; SVG, PNG and PDF are rendered in-process by the Graphviz library (no `dot` program is run). Above \(LayoutEngine.largeGraphThreshold) stakeholders the layout switches to sfdp unless --engine is given. CSV writes NAME-nodes.csv and NAME-edges.csv.

        Examples:
          stakegraph graph Samples/articles --format svg -o graph.svg
          stakegraph graph Samples/articles --format png -o graph.png --dpi 200
          stakegraph graph Samples/articles --format pdf -o graph.pdf --width 842
          stakegraph graph Samples/articles --level organisation --top 8
          stakegraph graph Samples/articles --focus Ofsted --type criticism
          stakegraph graph Samples/corpus.jsonl --format gexf -o wire.gexf
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var view: GraphOptions
    @OptionGroup var size: ImageSizeOptions

    @Option(help: "Output format.")
    var format: RenderFormat = .dot

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (- for standard output).")
    var output: String?

    @Option(help: "Diagram title.")
    var title: String?

    @OptionGroup var drawing: DrawingOptions

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        if output == nil, format.isBinary {
            throw ValidationError("--format \(format.rawValue) is binary: give a file with -o/--output (-o - for standard output).")
        }
        try size.check(for: format, formatName: "--format \(format.rawValue)")
    }

    func run() throws {
        try progress.run(extracting: input, eventsFrom: view.dateRange?.from) { extraction, line in
            line.stage("building the graph")
            // A drawing of too many people is drawn at organisation level unless --level is given;
            // the exports keep the level asked for (person by default).
            let (graph, rolledUpFrom) = format.isDiagram ? try view.drawnGraph(of: extraction) : (try view.graph(of: extraction), nil)
            var options = size.applied(to: DiagramOptions())
            if let title { options.title = title }
            options.rolledUpFrom = rolledUpFrom
            // The diagram is cut to --top once; the engine is chosen from it and it is drawn.
            let (diagram, chosen) = drawing.diagram(of: graph, options: options)
            line.stage(GraphvizFormat(format) != nil ? "laying out the diagram (\(chosen.rawValue))" : "writing \(format.rawValue)")
            let documents = try GraphExport.documents(graph, drawing: diagram, format: format, engine: chosen)
            try GraphExport.write(documents, to: output ?? "-")
            line.finish(summary: RunSummary(extraction, seconds: line.elapsed).description)
        }
    }
}
