import Foundation
import StakegraphExtraction
import StakegraphGraph

/// A self-contained HTML page about a graph, readable offline: summary figures, the
/// relationship diagram and the timeline (inline SVG), and a table of every report of every
/// interaction. One set of filters (type, stakeholder with the members of an organisation,
/// date range, level) drives the table, the diagram and the timeline together; the diagram
/// pans and zooms; clicking a stakeholder opens a panel with their engagements and evidence.
///
/// Every piece of user text in the markup is escaped with `Markup.escape`. What the script
/// needs is one `<script type="application/json">` block (`ReportData.scriptText`, escaped for
/// a script element); the page's one code `<script>` block is a constant that contains no user
/// text, loads nothing and, once it has run without error, sets `data-ready="yes"` on `<body>`.
/// The filters can be set from the page's address: `report.html#type=criticism&who=Ofsted&
/// from=2024-01-01&to=2024-06-30&level=organisation&show=org:ofsted` (see `HTMLReport.script`).
public struct HTMLReport: Sendable, Hashable {
    /// The graph the page describes.
    public var graph: StakeholderGraph
    /// The page's heading and `<title>`.
    public var title: String
    /// The number of articles read; when nil, the articles the graph's nodes and reports cite.
    public var articleCount: Int?
    /// The relationship diagram as an SVG document (Graphviz's output), inlined as is.
    public var relationshipSVG: String
    /// The timeline as an SVG document (`TimelineDiagram.svg`), inlined as is.
    public var timelineSVG: String
    /// The same view at the other level with its two diagrams, for a report of one level: the
    /// level filter switches the table, the diagram and the timeline to it. Nil for a `.both`
    /// graph, whose diagrams hold both levels, or a report of one level only.
    public var otherLevel: LevelView?

    /// A graph at one level with its diagrams already rendered.
    public struct LevelView: Sendable, Hashable {
        public var graph: StakeholderGraph
        public var relationshipSVG: String
        public var timelineSVG: String

        public init(graph: StakeholderGraph, relationshipSVG: String, timelineSVG: String) {
            self.graph = graph
            self.relationshipSVG = relationshipSVG
            self.timelineSVG = timelineSVG
        }
    }

    /// Creates the report of `graph` with its two diagrams already rendered, and `otherLevel`
    /// to switch to when given.
    public init(graph: StakeholderGraph, title: String = "Stakeholder report", articleCount: Int? = nil,
                relationshipSVG: String, timelineSVG: String, otherLevel: LevelView? = nil) {
        self.graph = graph
        self.title = title
        self.articleCount = articleCount
        self.relationshipSVG = relationshipSVG
        self.timelineSVG = timelineSVG
        self.otherLevel = otherLevel.flatMap { $0.graph.level != graph.level && graph.level != .both ? $0 : nil }
    }

    /// The number of articles in the summary.
    public var articles: Int {
        if let articleCount { return articleCount }
        var ids = Set(graph.nodes.flatMap(\.articles))
        for event in graph.events { ids.formUnion(event.reports.map(\.article)) }
        return ids.count
    }

    /// The whole page.
    /// - Complexity: O(e·k) for e events with k reports each, plus the size of the two SVGs.
    public var html: String {
        var out = MarkupWriter()
        out.raw("<!DOCTYPE html>")
        out.open("html", ["lang": "en"])
        out.open("head")
        out.raw("<meta charset=\"utf-8\">")
        out.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        out.raw("<meta name=\"generator\" content=\"Stakegraph\">")
        out.element("title", text: title)
        out.raw("<style>\n" + Self.stylesheet + "</style>")
        out.close("head")
        out.open("body", ["data-ready": "no"])
        out.open("header")
        out.element("h1", text: title)
        out.element("p", ["class": "period"], text: RelationshipDiagram.period(of: graph.events))
        out.close("header")
        writeSummary(to: &out)
        writeFilters(to: &out)
        writeFigure(id: "relationships", heading: "Who engaged whom",
                    hint: "Line colour and style give the type of interaction, thickness the number of events. Hover over a line or a name for the evidence; click a name for their engagements. Drag to pan; zoom with the wheel or the buttons.",
                    svgs: levelViews(\.relationshipSVG, relationshipSVG), zooms: true, to: &out)
        writeFigure(id: "timeline", heading: "Timeline",
                    hint: "One lane per stakeholder. Hover over an event for its evidence, outlet and date; click a lane for the stakeholder's engagements.",
                    svgs: levelViews(\.timelineSVG, timelineSVG), to: &out)
        writeTable(to: &out)
        writePanel(to: &out)
        out.open("footer")
        out.element("p", text: "Made with Stakegraph from \(articles) article\(articles == 1 ? "" : "s"). Every interaction is quoted from the article that reports it.")
        out.close("footer")
        out.raw("<script type=\"application/json\" id=\"report-data\">" + ReportData(graph: graph, other: otherLevel?.graph).scriptText + "</script>")
        out.raw("<script>\n" + Self.script + "</script>")
        out.close("body")
        out.close("html")
        return out.text
    }

    // MARK: - Summary

    private func writeSummary(to out: inout MarkupWriter) {
        let involved = Set(graph.events.flatMap { [$0.source, $0.target] })
        let stakeholders = Set(graph.nodes.map(\.id)).union(involved).count
        let reports = graph.events.reduce(0) { $0 + $1.reports.count }
        out.open("section", ["id": "summary"])
        out.element("h2", text: "Summary")
        out.open("dl", ["class": "figures"])
        for (term, figure, detail) in [
            ("Articles", String(articles), nil),
            ("Stakeholders", String(stakeholders), "\(involved.count) in interactions"),
            ("Interactions", String(graph.events.count), "\(reports) report\(reports == 1 ? "" : "s")"),
            ("Period", RelationshipDiagram.period(of: graph.events), nil),
        ] as [(String, String, String?)] {
            out.open("div", ["class": term == "Period" ? "figure wide" : "figure"])
            out.element("dt", text: term)
            out.element("dd", text: figure)
            if let detail { out.element("dd", ["class": "detail"], text: detail) }
            out.close("div")
        }
        out.close("dl")
        out.open("table", ["class": "by-type"])
        out.raw("<thead><tr><th>Type</th><th>Interactions</th></tr></thead>")
        out.open("tbody")
        for type in InteractionType.allCases {
            let count = graph.events.filter { $0.type == type }.count
            out.open("tr", ["data-type": type.rawValue])
            out.raw("<td>" + Self.swatch(type) + Markup.escape(type.rawValue) + "</td>")
            out.element("td", ["class": "number"], text: String(count))
            out.close("tr")
        }
        out.close("tbody")
        out.close("table")
        out.close("section")
    }

    /// The drawings of each level the report holds, with their level: one (level "") when the
    /// report has no other level, else this graph's (shown) and the other level's (hidden until chosen).
    private func levelViews(_ drawing: KeyPath<LevelView, String>, _ own: String) -> [(level: String, svg: String)] {
        guard let otherLevel else { return [("", own)] }
        return [(graph.level.rawValue, own), (otherLevel.graph.level.rawValue, otherLevel[keyPath: drawing])]
    }

    private func writeFigure(id: String, heading: String, hint: String, svgs: [(level: String, svg: String)], zooms: Bool = false,
                             to out: inout MarkupWriter) {
        out.open("section", ["id": id])
        out.element("h2", text: heading)
        out.element("p", ["class": "hint"], text: hint)
        if zooms {
            out.raw("<div class=\"zoom\" role=\"group\" aria-label=\"Zoom\"><button type=\"button\" data-zoom=\"in\" title=\"Zoom in\">+</button><button type=\"button\" data-zoom=\"out\" title=\"Zoom out\">−</button><button type=\"button\" data-zoom=\"reset\" title=\"Fit the whole diagram\">Fit</button></div>")
        }
        for (index, view) in svgs.enumerated() {
            let kind = zooms ? "diagram zoomable level-view" : "diagram level-view"
            if index > 0 {
                out.open("figure", ["class": kind, "data-level": view.level, "hidden": "hidden"])
            } else {
                out.open("figure", ["class": kind, "data-level": view.level])
            }
            out.raw(Markup.inlineSVG(view.svg))
            out.close("figure")
        }
        out.close("section")
    }

    /// A coloured square in the type's colour (a constant, never user text).
    static func swatch(_ type: InteractionType) -> String {
        "<span class=\"swatch\" style=\"background:\(InteractionStyle.standard(for: type).color)\"></span>"
    }
}
