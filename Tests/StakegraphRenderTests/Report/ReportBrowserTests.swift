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

    private func writeReport(_ graph: StakeholderGraph, otherLevel: StakeholderGraph? = nil) throws -> (folder: String, report: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stakegraph-browser-\(UUID().uuidString)").path
        let paths = try ReportWriter(graph: graph, title: "Schools", otherLevel: otherLevel).write(to: folder)
        return (folder, paths[2])
    }

    /// The figure of each level in the page as the script left it: whether it is hidden.
    private func hiddenLevels(_ page: Page) -> [String: Bool] {
        var found: [String: Bool] = [:]
        for level in ["person", "organisation"] {
            guard let range = page.dom.range(of: "data-level=\"\(level)\"") else { continue }
            let tag = page.dom[..<range.lowerBound].suffix(80) + page.dom[range.upperBound...].prefix(20)
            found[level] = tag.contains("hidden")
        }
        return found
    }

    /// A report of one level holds the other level's drawings and acts: the level filter switches
    /// the table, the diagram and the timeline to it (the selector was disabled before).
    @Test func theLevelFilterSwitchesAOneLevelReport() throws {
        let (folder, report) = try writeReport(Fixtures.schools)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let html = try String(contentsOfFile: report, encoding: .utf8)
        #expect(!html.contains("id=\"filter-level\" name=\"level\" disabled"))
        let person = try open(report)
        let organisation = try open(report, fragment: "#level=organisation")
        #expect(hiddenLevels(person) == ["person": false, "organisation": true])
        #expect(hiddenLevels(organisation) == ["person": true, "organisation": false])
        #expect(person.shown("rows") == 5 && organisation.shown("rows") == 5)
        // Organisation level: the chief inspector's meeting is Ofsted's; the union, without acts, is not in that view.
        #expect(person.shown("nodes") == 4 && organisation.shown("nodes") == 2)
        #expect(person.shown("edges") == 4 && organisation.shown("edges") == 4)
        #expect(person.shown("events") == 5 && organisation.shown("events") == 5)
        #expect(organisation.table.contains("<button type=\"button\" class=\"who\" data-node=\"\(ReportKey.node("org:ofsted"))\">Ofsted</button>"))
        // The other filters act within the level chosen.
        let meetings = try open(report, fragment: "#level=organisation&type=meeting")
        #expect(meetings.shown("rows") == 1 && meetings.shown("edges") == 1 && meetings.shown("events") == 1)
        #expect(meetings.count("class=\"edge off\"") == 3)
        // The panel lists the engagements of the level shown.
        let panel = try open(report, fragment: "#level=organisation&show=org:ofsted")
        #expect(panel.dom.contains("5 engagements"))
    }

    /// An organisation-level report, given its people, switches down to them.
    @Test func anOrganisationReportSwitchesToItsPeople() throws {
        let organisations = try Fixtures.schools.view(level: .organisation)
        let (folder, report) = try writeReport(organisations, otherLevel: Fixtures.schools)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try open(report)
        let people = try open(report, fragment: "#level=person")
        #expect(hiddenLevels(first) == ["person": true, "organisation": false])
        #expect(hiddenLevels(people) == ["person": false, "organisation": true])
        #expect(first.shown("nodes") == 2 && people.shown("nodes") == 4)
        #expect(people.table.contains(">Martyn Oliver</button>"))
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
        #expect(criticism.table.components(separatedBy: "<tr data-type=\"criticism\"").count - 1 == 2 + 2) // both levels' rows
        #expect(criticism.count("class=\"node off\"") == 2) // Martyn Oliver (the meeting) and the union (no events)
        // The table holds the organisation level's five rows too, hidden until that level is chosen.
        #expect(criticism.table.components(separatedBy: "hidden=\"\"").count - 1 == 3 + 5)
        #expect(all.table.components(separatedBy: "hidden=\"\"").count - 1 == 5)
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

    /// Synthetic wheel, button and drag events, sent after the page's script has run, move the
    /// diagram's viewBox as a reader's would.
    @Test func theDiagramZoomsAndPans() throws {
        let (folder, report) = try writeReport(Fixtures.schools)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let probe = #"""
        <script>
        (function () {
          var svg = document.querySelector("#relationships svg");
          var box = function () { return svg.getAttribute("viewBox"); };
          var seen = [box()];
          var r = svg.getBoundingClientRect();
          svg.dispatchEvent(new WheelEvent("wheel", { deltaY: -100, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, cancelable: true }));
          seen.push(box());
          document.querySelector('[data-zoom="reset"]').click();
          seen.push(box());
          svg.dispatchEvent(new PointerEvent("pointerdown", { button: 0, clientX: 100, clientY: 100, pointerId: 1, bubbles: true }));
          svg.dispatchEvent(new PointerEvent("pointermove", { clientX: 160, clientY: 130, pointerId: 1, bubbles: true }));
          svg.dispatchEvent(new PointerEvent("pointerup", { clientX: 160, clientY: 130, pointerId: 1, bubbles: true }));
          seen.push(box());
          document.querySelector('[data-zoom="reset"]').click();
          document.querySelector('[data-zoom="out"]').click();
          seen.push(box());
          document.body.setAttribute("data-boxes", seen.join("|"));
        })();
        </script>
        """#
        let html = try String(contentsOfFile: report, encoding: .utf8)
        try html.replacingOccurrences(of: "</body>", with: probe + "</body>").write(toFile: report, atomically: true, encoding: .utf8)
        let page = try open(report)
        let attribute = try #require(page.dom.range(of: "data-boxes=\"").map { page.dom[$0.upperBound...].prefix { $0 != "\"" } })
        let boxes = attribute.split(separator: "|").map { $0.split(separator: " ").compactMap { Double($0) } }
        try #require(boxes.count == 5 && boxes.allSatisfy { $0.count == 4 }, "\(attribute)")
        let (home, wheel, fit, drag, out) = (boxes[0], boxes[1], boxes[2], boxes[3], boxes[4])
        #expect(abs(wheel[2] - home[2] * 0.8) < 0.01 && abs(wheel[3] - home[3] * 0.8) < 0.01, "wheel: \(wheel)")
        #expect(zip(fit, home).allSatisfy { abs($0 - $1) < 0.01 }, "fit: \(fit)")
        #expect(drag[0] < home[0] && drag[1] < home[1] && drag[2] == home[2], "drag: \(drag)")
        #expect(abs(out[2] - home[2] * 1.25) < 0.01, "zoom out: \(out)")
    }
}
