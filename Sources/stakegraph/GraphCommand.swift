import ArgumentParser
import Foundation
import StakegraphExtraction
import StakegraphGraph
import StakegraphRender

extension RenderFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw who engaged whom as DOT, SVG, PNG, PDF or JSON.",
        discussion: """
        DOT is written by Stakegraph itself; SVG, PNG and PDF are rendered in-process by the
        Graphviz library (no `dot` program is run).

        Examples:
          stakegraph graph Samples/articles --format svg -o graph.svg
          stakegraph graph Samples/articles --format png --engine neato -o graph.png
          stakegraph graph corpus.jsonl --format dot
        """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: \(RenderFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: RenderFormat = .dot

    @Option(help: "Graphviz layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")).")
    var engine: LayoutEngine = .dot

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Diagram title (default: the period covered).")
    var title: String?

    func validate() throws {
        if output == nil, format == .png || format == .pdf {
            throw ValidationError("--format \(format.rawValue) is binary: give a file with -o/--output.")
        }
    }

    func run() throws {
        try runReportingErrors {
            let extraction = try input.extract()
            let graph = StakeholderGraph(extraction: extraction)
            var options = DiagramOptions()
            if let title { options.title = title }
            let data: Data
            switch format {
            case .dot:
                data = Data(DiagramRenderer.dot(graph, engine: engine, options: options).utf8)
            case .json:
                data = try GraphJSON.encode(graph)
            case .svg, .png, .pdf:
                data = try DiagramRenderer.render(graph, format: GraphvizFormat(format)!, engine: engine, options: options)
            }
            try emit(data, to: output)
        }
    }
}
