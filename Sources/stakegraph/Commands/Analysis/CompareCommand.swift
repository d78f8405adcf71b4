import ArgumentParser
import Foundation
import StakegraphGraph
import StakegraphRender

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two periods: relationships that appeared, disappeared or changed tone.",
        discussion: """
        A period is A..B with YYYY, YYYY-MM or YYYY-MM-DD on either side (one side may be open). Each change is listed with evidence sentences from both periods. With --diagram the changes are also drawn as one graph: appeared edges bluish green, disappeared grey dashed, changed tone blue when it rose and vermilion when it fell; the file's extension (.svg, .png, .pdf or .dot) picks the format.

        Examples:
          stakegraph compare Samples/articles --period 2018..2020 --period 2023..2025
          stakegraph compare Samples/articles --period ..2022 --period 2023.. \\
              --level organisation --diagram changes.svg
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var view: GraphOptions
    @OptionGroup var size: ImageSizeOptions

    @Option(name: .customLong("period"), help: ArgumentHelp("A period A..B; give it twice (before, then after).", valueName: "period"))
    var periods: [PeriodArgument] = []

    @Option(parsing: .unconditional, help: "A tone difference at least this large counts as a change (a change of sign always does); 0 to 2, as tones run from -1 to 1.")
    var threshold: Double = 0.5

    @Option(help: "Listing format (csv: one row per change).")
    var format: ListingFormat = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (- for standard output).")
    var output: String?

    @Option(help: ArgumentHelp("Also draw the changes to this file: .svg, .png, .pdf or .dot, by its extension.", valueName: "file"))
    var diagram: String?

    @Option(help: "Graphviz layout engine for --diagram (default: dot, or sfdp for large comparisons).")
    var engine: LayoutEngine?

    @OptionGroup var progress: ProgressOptions

    /// The formats --diagram writes, by file extension.
    static let diagramFormats: [RenderFormat] = [.svg, .png, .pdf, .dot]

    /// The format of a --diagram file, from its extension (any case); nil when not one of `diagramFormats`.
    static func diagramFormat(of path: String) -> RenderFormat? {
        let pathExtension = URL(fileURLWithPath: path).pathExtension.lowercased()
        return RenderFormat(rawValue: pathExtension).flatMap { diagramFormats.contains($0) ? $0 : nil }
    }

    func validate() throws {
        guard periods.count == 2 else { throw ValidationError("Give --period exactly twice, e.g. --period 2018..2020 --period 2023..2025.") }
        do {
            try DateRange.checkSuccessive(try periods[0].range(), try periods[1].range(), as: (periods[0].text, periods[1].text))
        } catch { throw ValidationError("--period: \(error)") }
        guard threshold.isFinite, (0...2).contains(threshold) else {
            throw ValidationError("--threshold must be a number from 0 to 2 (tones run from -1 to 1), not \(threshold).")
        }
        if let diagram, Self.diagramFormat(of: diagram) == nil {
            throw ValidationError("--diagram '\(diagram)' must end in .svg, .png, .pdf or .dot.")
        }
        if engine != nil, diagram == nil { throw ValidationError("--engine needs --diagram.") }
        try size.check(for: diagram.flatMap(Self.diagramFormat(of:)), formatName: diagram.map { "--diagram \($0)" })
    }

    func run() throws {
        try progress.run(extracting: input) { extraction, line in
            line.stage("comparing the periods")
            let graph = StakeholderGraph(extraction: extraction)
            let comparison = try graph.compare(try periods[0].range(), with: try periods[1].range(),
                                               level: view.level ?? .person, filter: try view.filter(), toneThreshold: threshold)
            if let diagram, let diagramFormat = Self.diagramFormat(of: diagram) {
                let stakeholders = ComparisonDiagram(comparison: comparison, graph: graph).stakeholderIDs.count
                let chosen = engine ?? LayoutEngine.suited(forNodeCount: stakeholders, requested: .dot)
                let data = try GraphvizFormat(diagramFormat).map {
                    try DiagramRenderer.render(comparison, graph: graph, format: $0, engine: chosen,
                                               options: size.applied(to: ComparisonDiagram.defaultOptions))
                } ?? Data(DiagramRenderer.dot(comparison, graph: graph, engine: chosen).utf8)
                try OutputFile.write(data, to: diagram)
            }
            let data: Data
            switch format {
            case .text: data = Data(comparison.text().utf8)
            case .csv: data = Data(comparison.csv().utf8)
            case .json: data = try comparison.jsonData()
            }
            line.finish(summary: RunSummary(extraction, seconds: line.elapsed).description)
            try emitListing(data, to: output)
        }
    }
}
