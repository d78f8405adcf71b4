import Foundation
import StakegraphExtraction
import StakegraphGraph
import Testing
@testable import StakegraphRender

/// Opens generated reports in headless Chromium through `scripts/check-report.sh`, sets the
/// filters through the page's address, and checks what the page's own script did to the table,
/// the diagram and the timeline. Skipped when Chromium is not installed
/// (`apt-get install -y chromium`).
@Suite(.enabled(if: Chromium.path != nil, "Chromium is not installed (apt-get install -y chromium): report browser checks skipped"))
struct ReportBrowserTests {
    /// What the script left on `<body>` and in the page, after loading with `fragment`.
    struct Page {
        var dom: String
        func shown(_ what: String) -> Int? {
            guard let range = dom.range(of: "data-shown-\(what)=\"") else { return nil }
            return Int(dom[range.upperBound...].prefix { $0.isNumber })
        }
        func count(_ text: String) -> Int { dom.components(separatedBy: text).count - 1 }
        /// The interaction table.
        var table: String {
            guard let start = dom.range(of: "<table id=\"interaction-table\">"),
                  let end = dom.range(of: "</table>", range: start.upperBound..<dom.endIndex) else { return "" }
            return String(dom[start.lowerBound..<end.upperBound])
        }
    }

    private func open(_ report: String, fragment: String = "") throws -> Page {
        let folder = (report as NSString).deletingLastPathComponent
        let domPath = (folder as NSString).appendingPathComponent("dom-\(UUID().uuidString).html")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Chromium.checkScript, report]
        var environment = ProcessInfo.processInfo.environment
        environment["FRAGMENT"] = fragment
        environment["DOM_OUT"] = domPath
        environment["CHROMIUM"] = Chromium.path
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "check-report.sh \(fragment): \(message)")
        return Page(dom: try String(contentsOfFile: domPath, encoding: .utf8))
    }

    private func writeReport(_ graph: StakeholderGraph) throws -> (folder: String, report: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stakegraph-browser-\(UUID().uuidString)").path
        let paths = try ReportWriter(graph: graph, title: "Schools").write(to: folder)
        return (folder, paths[2])
    }

    @Test func aTypeFilterChangesTheTableTheDiagramAndTheTimeline() throws {
        let (folder, report) = try writeReport(Fixtures.schools)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let all = try open(report)
        let criticism = try open(report, fragment: "#type=criticism")
        #expect(all.shown("rows") == 5)
        #expect(all.shown("edges") == 4)
        #expect(all.shown("events") == 5)
        #expect(criticism.shown("rows") == 2)
        #expect(criticism.shown("edges") == 1)
        #expect(criticism.shown("events") == 2)
        #expect(criticism.shown("nodes") == 2)
        // The script's marks, in the page itself.
        #expect(all.count("class=\"edge off\"") == 0 && all.count("class=\"node off\"") == 0 && all.count("class=\"event off\"") == 0)
        #expect(criticism.count("class=\"edge off\"") == 3)
        #expect(criticism.count("class=\"event off\"") == 3)
        #expect(criticism.table.components(separatedBy: "<tr data-type=\"criticism\"").count - 1 == 2)
        #expect(criticism.count("class=\"node off\"") == 2) // Martyn Oliver (the meeting) and the union (no events)
        #expect(criticism.table.components(separatedBy: "hidden=\"\"").count - 1 == 3)
        #expect(all.table.components(separatedBy: "hidden=\"\"").count - 1 == 0)
    }

    @Test func aStakeholderFilterFindsTheOrganisationsPeopleAndADateRangeNarrowsIt() throws {
        let (folder, report) = try writeReport(Fixtures.schools)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Ofsted's chief inspector's meeting is among Ofsted's acts; the undated one goes with a date set.
        let ofsted = try open(report, fragment: "#who=ofsted")
        #expect(ofsted.shown("rows") == 5)
        let march = try open(report, fragment: "#who=ofsted&from=2024-03-01&to=2024-03-31")
        #expect(march.shown("rows") == 1)
        #expect(march.shown("events") == 1)
        #expect(march.shown("edges") == 1)
    }

    @Test func theLevelFilterShowsOneLevelOfABothLevelReport() throws {
        let (folder, report) = try writeReport(try Fixtures.schools.view(level: .both))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let both = try open(report)
        let person = try open(report, fragment: "#level=person")
        let organisation = try open(report, fragment: "#level=organisation")
        #expect(both.shown("rows") == 6)
        #expect(person.shown("rows") == 5)
        #expect(organisation.shown("rows") == 5)
        #expect(person.shown("edges") == 4 && organisation.shown("edges") == 4)
        #expect(organisation.shown("nodes") == 2)
    }

    @Test func choosingAStakeholderOpensTheirEngagementsWithLinkedEvidence() throws {
        var graph = Fixtures.schools
        graph.events[3].reports[0].source = "https://news.example/meeting"
        let (folder, report) = try writeReport(graph)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let page = try open(report, fragment: "#show=org:ofsted")
        let panel = try #require(page.dom.range(of: "<aside id=\"panel\"").map { String(page.dom[$0.lowerBound...]) })
        #expect(!panel.hasPrefix("<aside id=\"panel\" hidden"))
        #expect(panel.contains("<h2>Ofsted</h2>"))
        #expect(panel.contains("5 engagements"))
        #expect(panel.contains("Officials met Martyn Oliver."))
        #expect(panel.contains("<a href=\"https://news.example/meeting\" rel=\"noopener noreferrer\">a1</a>"))
    }
}
