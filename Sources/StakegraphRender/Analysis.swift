import Foundation
import StakegraphExtraction
import StakegraphGraph

/// The main job in one call: extraction JSON, the relationship diagram as DOT and SVG, a
/// plain-text and an SVG timeline, and the HTML report, written into one directory.
/// `stakegraph analyze` runs this.
public struct Analysis: Sendable {
    public var extraction: Extraction
    public var graph: StakeholderGraph
    /// The relationship diagram as drawn (`graph.dot`, `graph.svg` and the report's), its `top`
    /// cut made once.
    public var diagram: RelationshipDiagram
    public var engine: LayoutEngine
    /// How `timeline.svg` (and the report's timeline) is drawn.
    public var timelineOptions: TimelineOptions
    /// The person-level graph of an organisation-level analysis, for the report's level filter.
    var people: StakeholderGraph?

    /// - Parameters:
    ///   - level: the level of the diagrams, the timelines and the report (see `GraphLevel`); nil
    ///     for person level up to `LayoutEngine.largeGraphThreshold` stakeholders and organisation
    ///     level beyond, the caption saying so (`StakeholderGraph.readableView`).
    ///   - engine: the layout engine; by default the one suited to the diagram.
    public init(extraction: Extraction, level: GraphLevel? = .person, engine: LayoutEngine? = nil, options: DiagramOptions = DiagramOptions(),
                timelineOptions: TimelineOptions = TimelineOptions()) {
        self.extraction = extraction
        let corpus = StakeholderGraph(extraction: extraction)
        // A view without a filter cannot fail (only a focus or a depth can). The same graph
        // as `graph` and `report` draw for this level (`StakeholderGraph.shown`).
        var options = options
        if let level {
            graph = (try? corpus.shown(level: level)) ?? corpus
        } else {
            let view = (try? corpus.readableView()) ?? (graph: corpus, rolledUpFrom: nil)
            graph = view.graph
            options.rolledUpFrom = view.rolledUpFrom
        }
        people = graph.level == .organisation ? (try? corpus.shown(level: .person)) ?? corpus : nil
        diagram = RelationshipDiagram(graph: graph, options: options).cut()
        self.engine = engine ?? DiagramRenderer.suitedEngine(for: diagram, requested: .dot)
        self.timelineOptions = timelineOptions
    }

    /// Files written, in order.
    public static let fileNames = ["extraction.json", "graph.dot", "graph.svg", "timeline.txt", "timeline.svg", "report.html"]

    /// Writes every output into `directory` (created if missing); each file atomically.
    /// - Throws: file-system errors and `GraphvizError`; nothing is written when rendering fails.
    @discardableResult
    public func write(to directory: String) throws -> [String] {
        let dot = DiagramRenderer.dot(diagram, engine: engine)
        let report = try ReportWriter(graph: graph, diagram: diagram, articleCount: extraction.articles.count, engine: engine,
                                      timelineOptions: timelineOptions, otherLevel: people).render()
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
