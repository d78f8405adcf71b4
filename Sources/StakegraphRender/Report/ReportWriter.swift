import Foundation
import StakegraphGraph

/// Renders a graph's report files, `graph.svg`, `timeline.svg` and `report.html`, and writes them
/// into a directory. `stakegraph report` runs this.
public struct ReportWriter: Sendable {
    /// The graph to report on: the table and the summary list all of it.
    public var graph: StakeholderGraph
    /// The relationship diagram as drawn, its `top` cut already made (`RelationshipDiagram.cut()`).
    public var diagram: RelationshipDiagram
    /// The report's heading and `<title>`.
    public var title: String
    /// The number of articles read, for the summary; nil counts the articles the graph cites.
    public var articleCount: Int?
    /// The layout engine of the relationship diagram, used as given.
    public var engine: LayoutEngine
    /// How the timeline is drawn.
    public var timelineOptions: TimelineOptions
    /// The same view at the other level (organisation for a person-level graph, person for an
    /// organisation-level one), drawn too so that the report's level filter can switch to it;
    /// nil for a `.both` graph, whose drawings hold both levels, and when the two levels draw
    /// the same acts (nobody belongs to an organisation).
    public var otherLevel: StakeholderGraph?

    /// Creates a writer of `graph`'s report with `diagram`, the relationship diagram as drawn
    /// (and `otherLevel`, see the property; by default the organisation view of a person-level graph):
    /// its `top` cut is made here once when not already made (by default the whole graph with
    /// `top`, when set, limiting both diagrams but not the table). `engine` defaults to the one
    /// suited to that diagram (`DiagramRenderer.suitedEngine`); the timeline shows as many
    /// stakeholders as the diagram unless `timelineOptions.top` says otherwise.
    public init(graph: StakeholderGraph, diagram: RelationshipDiagram? = nil, title: String = "Stakeholder report",
                articleCount: Int? = nil, engine: LayoutEngine? = nil, timelineOptions: TimelineOptions = TimelineOptions(),
                top: Int? = nil, otherLevel: StakeholderGraph? = nil) {
        self.graph = graph
        // A person-level graph rolls up to its organisation view by itself; an organisation-level
        // one cannot go back to its people, which the caller gives.
        let other = graph.level == .both ? nil : otherLevel ?? (graph.level == .person ? try? graph.view(level: .organisation) : nil)
        // A graph without anyone who belongs to an organisation is the same at both levels.
        self.otherLevel = other.flatMap { other in
            other.events.count == graph.events.count
                && zip(other.events, graph.events).allSatisfy { $0.source == $1.source && $0.target == $1.target } ? nil : other
        }
        var drawn = (diagram ?? RelationshipDiagram(graph: graph, options: DiagramOptions(top: top))).cut()
        // The report's script finds drawn stakeholders, edges and events by these keys.
        drawn.options.marksElements = true
        self.diagram = drawn
        self.title = title
        self.articleCount = articleCount
        self.engine = engine ?? DiagramRenderer.suitedEngine(for: drawn, requested: .dot)
        self.timelineOptions = timelineOptions
        if self.timelineOptions.top == nil { self.timelineOptions.top = drawn.appliedTop }
        self.timelineOptions.marksEvents = true
    }

    /// The files written, in order.
    public static let fileNames = ["graph.svg", "timeline.svg", "report.html"]

    /// The contents of each of `fileNames`, in order, rendered in memory.
    /// - Throws: `GraphvizError` when Graphviz cannot lay the relationship diagram out.
    public func render() throws -> [(name: String, data: Data)] {
        let graphSVG = try DiagramRenderer.render(diagram, format: .svg, engine: engine)
        let timelineSVG = TimelineDiagram(graph: graph, options: timelineOptions).svg
        let report = HTMLReport(graph: graph, title: title, articleCount: articleCount,
                                relationshipSVG: String(decoding: graphSVG, as: UTF8.self), timelineSVG: timelineSVG,
                                otherLevel: try otherLevel.map(otherLevelView))
        return [
            ("graph.svg", graphSVG),
            ("timeline.svg", Data(timelineSVG.utf8)),
            ("report.html", Data(report.html.utf8)),
        ]
    }

    /// `other` drawn as `diagram` is (options, number of stakeholders), with the engine suited to it.
    private func otherLevelView(_ other: StakeholderGraph) throws -> HTMLReport.LevelView {
        var options = diagram.options
        options.top = diagram.appliedTop
        options.rolledUpFrom = nil
        var drawn = RelationshipDiagram(graph: other, options: options).cut()
        drawn.options.marksElements = true
        let svg = try DiagramRenderer.render(drawn, format: .svg, engine: DiagramRenderer.suitedEngine(for: drawn, requested: .dot))
        return HTMLReport.LevelView(graph: other, relationshipSVG: String(decoding: svg, as: UTF8.self),
                                    timelineSVG: TimelineDiagram(graph: other, options: timelineOptions).svg)
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
