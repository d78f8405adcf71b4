import Foundation
import StakegraphExtraction
import StakegraphGraph
import Testing
@testable import StakegraphRender

@Suite struct HTMLReportTests {
    private func report(_ graph: StakeholderGraph = Fixtures.schools, articles: Int? = nil) throws -> HTMLReport {
        HTMLReport(graph: graph, title: "Schools report", articleCount: articles,
                   relationshipSVG: String(decoding: try DiagramRenderer.render(graph, format: .svg), as: UTF8.self),
                   timelineSVG: TimelineDiagram(graph: graph).svg)
    }

    /// The text between the first `start` and the next `end`, both included.
    private func slice(_ html: String, from start: String, to end: String) -> String? {
        guard let lower = html.range(of: start), let upper = html.range(of: end, range: lower.upperBound..<html.endIndex) else { return nil }
        return String(html[lower.lowerBound..<upper.upperBound])
    }

    /// `html` without line breaks and indentation.
    private func flat(_ html: String) -> String {
        html.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
    }

    @Test func summaryGivesArticlesStakeholdersInteractionsByTypeAndPeriod() throws {
        let html = flat(try report(articles: 7).html)
        let summary = try #require(slice(html, from: "<section id=\"summary\">", to: "</section>"))
        #expect(summary.contains("<dt>Articles</dt><dd>7</dd>"))
        #expect(summary.contains("<dt>Stakeholders</dt><dd>4</dd><dd class=\"detail\">3 in interactions</dd>"))
        #expect(summary.contains("<dt>Interactions</dt><dd>5</dd><dd class=\"detail\">5 reports</dd>"))
        #expect(summary.contains("<dd>8 January - 2 March 2024 (and 1 undated event)</dd>"))
        for (type, count) in [("criticism", 2), ("support", 1), ("meeting", 1), ("pledge", 0), ("response", 1)] {
            let row = try #require(slice(summary, from: "<tr data-type=\"\(type)\">", to: "</tr>"))
            #expect(row.contains("<td class=\"number\">\(count)</td>"), "\(type): \(row)")
        }
        // Without a count, the articles the graph cites: all five events come from a1.
        #expect(try report().articles == 1)
    }

    @Test func bothDiagramsAreInlinedWithoutProloguesOrComments() throws {
        let html = try report().html
        #expect(!html.contains("<?xml"))
        #expect(!html.contains("<!DOCTYPE svg"))
        #expect(!html.contains("<!--"))
        let relationships = try #require(slice(html, from: "<section id=\"relationships\">", to: "</section>"))
        let diagram = try #require(slice(relationships, from: "<svg", to: "</svg>"))
        #expect(try SVG(Data(diagram.utf8)).groups(class: "node").count >= 4)
        let timeline = try #require(slice(html, from: "<section id=\"timeline\">", to: "</section>"))
        let svg = try SVG(Data(try #require(slice(timeline, from: "<svg", to: "</svg>")).utf8))
        #expect(svg.groups(class: "event").count == 5)
    }

    @Test func oneRowPerReportWithItsFilterData() throws {
        var graph = Fixtures.schools
        graph.events[0].reports.append(graph.events[1].reports[0]) // a second outlet for the first event
        let html = try report(graph).html
        let table = try #require(slice(html, from: "<table id=\"interaction-table\">", to: "</table>"))
        let rows = table.components(separatedBy: "<tr data-type=").dropFirst()
        #expect(rows.count == 6)
        // Oldest first, undated last; each row names its act (the event's position in the graph).
        #expect(rows.first?.hasPrefix(#""criticism" data-act="0">"#) == true)
        #expect(rows.last?.hasPrefix(#""support" data-act="4">"#) == true)
        #expect(rows.last?.contains("undated<br><small>reported 2024-01-10</small>") == true)
        #expect(rows.filter { $0.contains("<td>Schools Week</td>") }.count == 2)
        #expect(table.contains("<td class=\"evidence\">Officials met Martyn Oliver.</td>"))
        #expect(html.contains("<output id=\"shown-count\">6</output> of 6 shown"))
    }

    /// The stakeholder filter finds a person's acts by their organisation's name too.
    @Test func stakeholderFilterDataNamesThePeoplesOrganisations() throws {
        let html = try report().html
        let meeting = try #require(ReportData(graph: Fixtures.schools).acts.first { $0.type == "meeting" })
        #expect(meeting.names == ["Department for Education", "Martyn Oliver", "Ofsted"])
        #expect(html.contains("at person level"))
    }

    @Test func datesOfMonthsSpanTheirDaysForTheFilter() throws {
        let graph = StakeholderGraph(nodes: [], events: [Fixtures.event("a", "b", .pledge, "2024-02", sentence: "Feb.")])
        let act = try #require(ReportData(graph: graph).acts.first)
        #expect((act.from, act.to, act.date) == ("2024-02-01", "2024-02-29", "2024-02"))
        #expect(try report(graph).html.contains(#""from":"2024-02-01""#))
    }

    @Test(arguments: [
        ("https://example.org/news/1", "https://example.org/news/1"),
        ("http://example.org/a?b=1&c=2", "http://example.org/a?b=1&c=2"),
        ("  HTTPS://EXAMPLE.ORG/x  ", "HTTPS://EXAMPLE.ORG/x"),
    ])
    func webLinksAreKept(source: String, link: String) {
        #expect(HTMLReport.safeLink(source) == link)
    }

    @Test(arguments: ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>", "file:///etc/passwd",
                      "/relative/path", "https://", "vbscript:x", ""])
    func otherLinksAreDropped(source: String) {
        #expect(HTMLReport.safeLink(source) == nil)
    }

    @Test func articlesLinkToTheirSourceWhenKnown() throws {
        let graph = StakeholderGraph(nodes: [], events: [
            Fixtures.event("a", "b", .support, "2024-01-01", sentence: "Linked.", article: "one.md", url: "https://example.org/1?x=1&y=2"),
            Fixtures.event("a", "b", .support, "2024-01-02", sentence: "Not linked.", article: "two.md"),
        ])
        let html = try report(graph).html
        #expect(html.contains(#"<td><a href="https://example.org/1?x=1&amp;y=2" rel="noopener noreferrer">one.md</a></td>"#))
        #expect(html.contains("<td>two.md</td>"))
    }

    @Test func filtersAndTheirScriptAreThereOnce() throws {
        let html = try report().html
        for id in ["filter-type", "filter-who", "filter-from", "filter-to", "filter-level", "shown-count", "no-match", "report-data", "panel"] {
            #expect(html.components(separatedBy: "id=\"\(id)\"").count == 2, "\(id)")
            #expect(HTMLReport.script.contains("\"\(id)\""), "the script does not use \(id)")
        }
        #expect(html.contains("<input id=\"filter-from\" name=\"from\" type=\"date\"/>"))
        for type in InteractionType.allCases {
            #expect(html.contains("<option value=\"\(type.rawValue)\">\(type.rawValue)</option>"))
        }
        #expect(html.components(separatedBy: "<script").count == 3) // the data block and the code
        #expect(html.contains("<body data-ready=\"no\">"))
        #expect(HTMLReport.script.contains("setAttribute(\"data-ready\", \"yes\")"))
    }

    @Test func thePageLoadsNothingFromOutside() throws {
        let html = try report().html.lowercased()
        #expect(!html.contains("<script src"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
        #expect(html.hasPrefix("<!doctype html>\n<html lang=\"en\">"))
    }

    @Test func anEmptyGraphGivesAnEmptyTable() throws {
        let html = try report(StakeholderGraph(nodes: [], events: [])).html
        #expect(html.contains("<output id=\"shown-count\">0</output> of 0 shown"))
        #expect(html.contains("<dd>no events</dd>"))
    }
}
