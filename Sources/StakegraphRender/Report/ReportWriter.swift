import Foundation
import StakegraphGraph

/// Renders a graph's report files, `graph.svg`, `timeline.svg` and `report.html`, and writes them
/// into a directory. `stakegraph report` runs this.
public struct ReportWriter: Sendable {
    /// The graph to report on.
    public var graph: StakeholderGraph
    /// The report's heading and `<title>`.
    public var title: String
    /// The number of articles read, for the summary; nil counts the articles the graph cites.
    public var articleCount: Int?
    /// The layout engine of the relationship diagram, used as given (see
    /// `DiagramRenderer.suitedEngine(for:options:requested:)` to switch large graphs to sfdp).
    public var engine: LayoutEngine
    /// How the relationship diagram is drawn.
    public var diagramOptions: DiagramOptions
    /// How the timeline is drawn.
    public var timelineOptions: TimelineOptions

    /// Creates a writer; `top`, when set, limits both diagrams (not the table) to the most
    /// central stakeholders, overriding the options' own `top`.
    public init(graph: StakeholderGraph, title: String = "Stakeholder report", articleCount: Int? = nil,
                engine: LayoutEngine = .dot, diagramOptions: DiagramOptions = DiagramOptions(),
                timelineOptions: TimelineOptions = TimelineOptions(), top: Int? = nil) {
        self.graph = graph
        self.title = title
        self.articleCount = articleCount
        self.engine = engine
        self.diagramOptions = diagramOptions
        self.timelineOptions = timelineOptions
        if let top {
            self.diagramOptions.top = top
            self.timelineOptions.top = top
        }
        // The report's script finds drawn stakeholders, edges and events by these keys.
        self.diagramOptions.marksElements = true
        self.timelineOptions.marksEvents = true
    }

    /// The files written, in order.
    public static let fileNames = ["graph.svg", "timeline.svg", "report.html"]

    /// The contents of each of `fileNames`, in order, rendered in memory.
    /// - Throws: `GraphvizError` when Graphviz cannot lay the relationship diagram out.
    public func render() throws -> [(name: String, data: Data)] {
        let graphSVG = try DiagramRenderer.render(graph, format: .svg, engine: engine, options: diagramOptions)
        let timelineSVG = TimelineDiagram(graph: graph, options: timelineOptions).svg
        let report = HTMLReport(graph: graph, title: title, articleCount: articleCount,
                                relationshipSVG: String(decoding: graphSVG, as: UTF8.self), timelineSVG: timelineSVG)
        return [
            ("graph.svg", graphSVG),
            ("timeline.svg", Data(timelineSVG.utf8)),
            ("report.html", Data(report.html.utf8)),
        ]
    }

    /// Renders every file, then writes each into `directory` (created if missing) atomically.
    /// - Returns: the paths written, in `fileNames` order.
    /// - Throws: `GraphvizError` (then nothing is written) or a file-system error.
    @discardableResult
    public func write(to directory: String) throws -> [String] {
        try Self.write(render(), to: directory)
    }

    /// Writes named files into `directory` (created if missing), each as `OutputFile` does,
    /// and returns their paths.
    /// - Throws: `FileError`, for example `out: is a file, not a folder`.
    static func write(_ files: [(name: String, data: Data)], to directory: String) throws -> [String] {
        try Folder.create(directory)
        return try files.map { name, data in
            let path = (directory as NSString).appendingPathComponent(name)
            try OutputFile.write(data, to: path)
            return path
        }
    }
}
