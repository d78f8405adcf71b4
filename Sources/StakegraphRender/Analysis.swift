import Foundation
import StakegraphExtraction
import StakegraphGraph

/// The main job in one call: extraction JSON, the relationship diagram as DOT and SVG, a
/// plain-text and an SVG timeline, and the HTML report, written into one directory.
/// `stakegraph analyze` runs this.
public struct Analysis: Sendable {
    public var extraction: Extraction
    public var graph: StakeholderGraph
    public var engine: LayoutEngine
    public var options: DiagramOptions
    /// How `timeline.svg` (and the report's timeline) is drawn.
    public var timelineOptions: TimelineOptions

    /// - Parameters:
    ///   - level: the level of the diagrams, the timelines and the report (see `GraphLevel`).
    public init(extraction: Extraction, level: GraphLevel = .person, engine: LayoutEngine = .dot, options: DiagramOptions = DiagramOptions(),
                timelineOptions: TimelineOptions = TimelineOptions()) {
        self.extraction = extraction
        let corpus = StakeholderGraph(extraction: extraction)
        // A view without a filter cannot fail (only a focus or a depth can). The same graph
        // as `graph` and `report` draw for this level (`StakeholderGraph.shown`).
        graph = (try? corpus.shown(level: level)) ?? corpus
        self.engine = engine
        self.options = options
        self.timelineOptions = timelineOptions
    }

    /// Files written, in order.
    public static let fileNames = ["extraction.json", "graph.dot", "graph.svg", "timeline.txt", "timeline.svg", "report.html"]

    /// Writes every output into `directory` (created if missing); each file atomically.
    /// - Throws: file-system errors and `GraphvizError`; nothing is written when rendering fails.
    @discardableResult
    public func write(to directory: String) throws -> [String] {
        let dot = DiagramRenderer.dot(graph, engine: engine, options: options)
        var timelineOptions = timelineOptions
        if timelineOptions.top == nil { timelineOptions.top = options.top }
        let report = try ReportWriter(graph: graph, articleCount: extraction.articles.count, engine: engine,
                                      diagramOptions: options, timelineOptions: timelineOptions).render()
        let rendered = Dictionary(report.map { ($0.name, $0.data) }, uniquingKeysWith: { a, _ in a })
        let outputs: [(name: String, data: Data)] = [
            ("extraction.json", try extraction.jsonData()),
            ("graph.dot", Data(dot.utf8)),
            ("graph.svg", rendered["graph.svg"]!),
            ("timeline.txt", Data(timelineText().utf8)),
            ("timeline.svg", rendered["timeline.svg"]!),
            ("report.html", rendered["report.html"]!),
        ]
        return try ReportWriter.write(outputs, to: directory)
    }

    /// A heading with the level, then one event a line, oldest first, undated last (the
    /// graph core's corpus timeline).
    public func timelineText() -> String {
        (try? graph.timeline(.corpus).text()) ?? ""
    }
}
