import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import StakegraphExtraction
import StakegraphGraph
import Testing
@testable import StakegraphRender

/// Names, roles, outlets and sentences full of markup must come out as text, never as markup:
/// every SVG still parses as XML with the strings intact, and the HTML has no tag of their making.
@Suite struct HostileInputTests {
    private let graph = Fixtures.hostileGraph
    private let hostile = Fixtures.hostile

    /// Every element named `script`, anywhere.
    private func scripts(in svg: SVG) -> [XMLElement] {
        svg.elements.filter { $0.localName?.lowercased() == "script" || $0.name?.lowercased() == "script" }
    }

    @Test(arguments: [LayoutEngine.dot, .sfdp])
    func relationshipDiagramKeepsHostileTextAsText(engine: LayoutEngine) throws {
        let svg = try SVG(DiagramRenderer.render(graph, format: .svg, engine: engine))
        #expect(scripts(in: svg).isEmpty)

        // Nodes: label drawn verbatim, tooltip verbatim, the hostile id as the group's title.
        let texts = svg.texts
        for name in ["Org ", "Person ", "Third "].map({ $0 + hostile }) {
            #expect(texts.contains(name), "\(name) not drawn; texts: \(texts)")
        }
        let nodeTooltips = svg.groups(class: "node").flatMap(SVG.tooltips(in:))
        #expect(nodeTooltips.contains("Person \(hostile)\nrole \(hostile), Org \(hostile)\nperson, in 1 article"))
        #expect(svg.groups(class: "node").map(SVG.title(of:)).contains(#"org:<h3>&"x""#))

        // Edges: tooltips quote the sentence and outlet verbatim.
        let edgeTooltips = svg.groups(class: "edge").flatMap(SVG.tooltips(in:))
        #expect(edgeTooltips.contains { $0.contains("2024-01-08 · Outlet \(hostile): “Said \(hostile)”") }, "\(edgeTooltips)")
        #expect(edgeTooltips.contains { $0.contains("“Replied \(hostile)”") })

        // Legend and caption survive.
        #expect(texts.contains("Interaction types"))
        #expect(texts.contains("Stakeholder relationships"))
    }

    @Test func captionWithHostileTitleIsText() throws {
        let svg = try SVG(DiagramRenderer.render(graph, format: .svg, options: DiagramOptions(title: "Title " + hostile)))
        #expect(svg.texts.contains("Title " + hostile))
        #expect(scripts(in: svg).isEmpty)
    }

    @Test func timelineKeepsHostileTextAsText() throws {
        let options = TimelineOptions(title: "Title " + hostile, maxLabelLength: 500)
        let svg = try SVG(Data(TimelineDiagram(graph: graph, options: options).svg.utf8))
        #expect(scripts(in: svg).isEmpty)
        let texts = svg.texts
        #expect(texts.contains("Title " + hostile))
        for name in ["Org ", "Person ", "Third "].map({ $0 + hostile }) {
            #expect(texts.contains(name), "\(name) not drawn")
        }
        let lanes = svg.groups(class: "lane").map(SVG.title(of:))
        #expect(lanes.contains { $0.hasPrefix("Person \(hostile)\nrole \(hostile), Org \(hostile)\n") })

        let events = svg.groups(class: "event")
        #expect(events.count == graph.events.count)
        let titles = events.map(SVG.title(of:))
        #expect(titles.contains("2024-01-08 · Org \(hostile) → Third \(hostile): criticism\n“Said \(hostile)” — Outlet \(hostile), 2024-01-10"))
        #expect(titles.contains { $0.hasPrefix("undated (reported 2024-01-10) · Person \(hostile) → Org \(hostile): pledge") })
        #expect(titles.contains { $0.contains("“Replied \(hostile)” — article a1, 2024-01-10") })
        #expect(svg.groups(class: "legend-item").count == InteractionType.allCases.count + 2)
    }

    @Test func reportHasNoMarkupButItsOwn() throws {
        let relationship = String(decoding: try DiagramRenderer.render(graph, format: .svg), as: UTF8.self)
        let timeline = TimelineDiagram(graph: graph).svg
        let html = HTMLReport(graph: graph, title: "Report " + hostile, relationshipSVG: relationship, timelineSVG: timeline).html
        let lower = html.lowercased()

        // Exactly two script blocks: the data, with no raw `<`, `>` or `&`, and our code.
        #expect(lower.components(separatedBy: "<script").count == 3)
        #expect(lower.components(separatedBy: "</script").count == 3)
        let open = "<script type=\"application/json\" id=\"report-data\">"
        let data = try #require(html.range(of: open).map { html[$0.upperBound...] }?.prefix { $0 != "<" })
        #expect(data.contains("Said \\u003cscript\\u003ealert(1)\\u003c\\/script\\u003e"))
        #expect(!data.contains(">") && !data.contains("&"))
        #expect(html[html.range(of: open)!.upperBound...].hasPrefix(data + "</script>"))
        let script = try #require(html.range(of: "<script>\n" + HTMLReport.script + "</script>"))
        #expect(html[script.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines) == "</body>\n</html>")

        // The hostile text is there, escaped, in the title and the cells, and as it is in the filter data.
        let escaped = Markup.escape(hostile)
        #expect(html.contains("<title>Report \(escaped)</title>"))
        #expect(html.contains("<h1>Report \(escaped)</h1>"))
        #expect(html.contains("<td class=\"evidence\">Said \(escaped)</td>"))
        #expect(html.contains("<td>Outlet \(escaped)</td>"))
        #expect(ReportData(graph: graph).acts.first?.names == ["Org " + hostile, "Third " + hostile])

        // No link from the javascript: source; the https one is kept, escaped.
        #expect(!lower.contains("javascript:"))
        #expect(html.contains(#"<a href="https://example.org/a?b=1&amp;c=&quot;&lt;script&gt;&quot;" rel="noopener noreferrer">a1</a>"#))

        // Every tag in the page is one the report or Graphviz writes; no comment, no CDATA.
        let allowed: Set<String> = [
            "!doctype", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "section", "dl", "div",
            "dt", "dd", "table", "thead", "tbody", "tr", "th", "td", "span", "figure", "form", "label", "select", "option",
            "input", "button", "output", "small", "br", "a", "footer", "script", "aside",
            "svg", "g", "text", "tspan", "path", "polygon", "polyline", "ellipse", "rect", "line", "circle",
        ]
        // (Outside the constant script and stylesheet, whose `<=` is code, every `<` opens a tag.)
        let markup = html.replacingOccurrences(of: HTMLReport.script, with: "")
            .replacingOccurrences(of: HTMLReport.stylesheet, with: "")
        var tags = Set<String>()
        var rest = Substring(markup)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            let name = after.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber || $0 == "!" }
            tags.insert(name.lowercased())
            rest = after
        }
        #expect(tags.subtracting(allowed).isEmpty, "unexpected tags: \(tags.subtracting(allowed).sorted())")
        #expect(!html.contains("<!--"))
        #expect(!html.contains("<![CDATA["))

        // Both inline SVGs are still well-formed XML, with the hostile text as text.
        var svgs: [String] = []
        rest = Substring(html)
        while let start = rest.range(of: "<svg"), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            svgs.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        #expect(svgs.count == 2)
        for svg in svgs {
            let parsed = try SVG(Data(svg.utf8))
            #expect(scripts(in: parsed).isEmpty)
            #expect(parsed.texts.contains { $0.contains("<script>alert(1)</script>") })
        }
    }
}
