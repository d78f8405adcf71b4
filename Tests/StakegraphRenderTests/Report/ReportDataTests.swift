import Foundation
import StakegraphExtraction
import StakegraphGraph
import Testing
@testable import StakegraphRender

/// The JSON block the report's script reads, and the keys that tie it to the drawn elements.
@Suite struct ReportDataTests {
    /// The page made by `ReportWriter` (diagrams with their keys).
    private func page(_ graph: StakeholderGraph) throws -> String {
        let files = try ReportWriter(graph: graph).render()
        return String(decoding: try #require(files.first { $0.name == "report.html" }?.data), as: UTF8.self)
    }

    /// The text of the `report-data` block, and the block parsed.
    private func dataBlock(_ html: String) throws -> (text: String, json: [String: Any]) {
        let open = #"<script type="application/json" id="report-data">"#
        let start = try #require(html.range(of: open))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let text = String(html[start.upperBound..<end.lowerBound])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return (text, json)
    }

    private func acts(_ json: [String: Any]) throws -> [[String: Any]] {
        try #require(json["acts"] as? [[String: Any]])
    }

    @Test func evidenceThatClosesTheScriptStaysInsideTheDataBlock() throws {
        let sentence = "Acme said </script><script>alert(1)</script> and <!-- then --> & \u{2028}more."
        let graph = StakeholderGraph(nodes: [], events: [Fixtures.event("org:acme", "org:brill", .criticism, "2025-03-04", sentence: sentence)])
        let html = try page(graph)
        let block = try dataBlock(html)
        for raw in ["<", ">", "&", "\u{2028}"] { #expect(!block.text.contains(raw), "\(raw) written raw") }
        #expect(block.text.contains(#"\u003c\/script\u003e"#) || block.text.contains(#"\u003c/script\u003e"#))
        let reports = try #require(try acts(block.json).first?["reports"] as? [[String: Any]])
        #expect(reports.first?["evidence"] as? String == sentence)
        // The only script elements are the data block and the code.
        #expect(html.components(separatedBy: "<script").count == 3)
    }

    @Test func evidenceLinksToItsSourceWhenItIsAWebAddress() throws {
        let graph = StakeholderGraph(nodes: [], events: [
            Fixtures.event("org:acme", "org:brill", .criticism, "2025-03-04", sentence: "Acme faulted Brill.", article: "a1",
                           url: "https://news.example/acme?x=1&y=2"),
            Fixtures.event("org:brill", "org:acme", .response, "2025-03-05", sentence: "Brill replied.", article: "a2",
                           url: "javascript:alert(1)"),
            Fixtures.event("org:brill", "org:acme", .pledge, "2025-03-06", sentence: "Brill promised.", article: "a3"),
        ])
        let html = try page(graph)
        let acts = try acts(try dataBlock(html).json)
        let urls = try acts.map { try #require(($0["reports"] as? [[String: Any]])?.first)["url"] as? String }
        #expect(urls == ["https://news.example/acme?x=1&y=2", nil, nil])
        #expect(html.contains(#"<a href="https://news.example/acme?x=1&amp;y=2" rel="noopener noreferrer">a1</a>"#))
        #expect(!html.contains("javascript:alert"))
    }

    /// Every act names the diagram edge and timeline mark that draw it, and every row its act.
    @Test func keysTieTheDataToTheDrawnElements() throws {
        let html = try page(Fixtures.schools)
        let json = try dataBlock(html).json
        let acts = try acts(json)
        // The person level's acts, then the organisation level's (for the level filter).
        #expect(acts.count == Fixtures.schools.events.count + (try Fixtures.schools.view(level: .organisation)).events.count)
        for act in acts {
            let edge = try #require(act["edge"] as? String), event = try #require(act["event"] as? String)
            #expect(html.contains("id=\"\(edge)\""), "edge \(edge) not drawn")
            #expect(html.contains("data-event=\"\(event)\""), "event \(event) not on the timeline")
        }
        let people = try #require(json["stakeholders"] as? [[String: Any]])
        for person in people where person["id"] as? String != "org:neu" {
            #expect(html.contains("id=\"\(try #require(person["node"] as? String))\""))
        }
        for k in acts.indices { #expect(html.contains("data-act=\"\(k)\"")) }
    }

    /// The meeting with Martyn Oliver counts for Ofsted, whose chief inspector he is.
    @Test func anOrganisationsEngagementsIncludeItsPeoples() throws {
        let data = ReportData(graph: Fixtures.schools)
        let ofsted = try #require(data.stakeholders.firstIndex { $0.id == "org:ofsted" })
        let meeting = try #require(data.acts.first { $0.type == "meeting" })
        #expect(meeting.parties.contains(ofsted))
        #expect(data.levels == ["person"])
    }

    /// At both levels, the person-level meeting and the organisation meeting rolled up from it
    /// are told apart; the other events belong to both levels.
    @Test func bothLevelsTellPersonAndOrganisationEventsApart() throws {
        let graph = try Fixtures.schools.view(level: .both)
        let data = ReportData(graph: graph)
        #expect(data.levels == ["person", "organisation"])
        let meetings = data.acts.filter { $0.type == "meeting" }
        let ends = { (act: ReportData.Act) in [data.stakeholders[act.source].id, data.stakeholders[act.target].id] }
        #expect(meetings.count == 2)
        #expect(meetings.first { ends($0).contains("person:martyn-oliver") }?.levels == ["person"])
        #expect(meetings.first { !ends($0).contains("person:martyn-oliver") }?.levels == ["organisation"])
        #expect(data.acts.filter { $0.type != "meeting" }.allSatisfy { $0.levels == ["person", "organisation"] })
        let html = try page(graph)
        #expect(html.contains(#"<option value="organisation">organisation</option>"#))
    }

    @Test func theFiltersAndPanelAreOnThePage() throws {
        let html = try page(Fixtures.schools)
        for id in ["filter-type", "filter-who", "filter-from", "filter-to", "filter-level", "panel", "report-data"] {
            #expect(html.contains("id=\"\(id)\""), "\(id) missing")
        }
        #expect(html.contains(#"data-zoom="in""#) && html.contains(#"data-zoom="out""#))
        #expect(html.contains(#"<button type="button" class="who" data-node="\#(ReportKey.node("org:ofsted"))">Ofsted</button>"#))
        // Nothing is fetched: no external script, style, image or font.
        for fetch in ["src=\"http", "href=\"http://", "@import", "url(http"] { #expect(!html.contains(fetch)) }
    }
}
