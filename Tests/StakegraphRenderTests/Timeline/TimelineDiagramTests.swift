import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import StakegraphExtraction
import StakegraphGraph
import Testing
@testable import StakegraphRender

/// The timeline's SVG, parsed as XML and searched.
@Suite struct TimelineDiagramTests {
    private func svg(_ graph: StakeholderGraph = Fixtures.schools, _ options: TimelineOptions = TimelineOptions()) throws -> SVG {
        try SVG(Data(TimelineDiagram(graph: graph, options: options).svg.utf8))
    }

    private func x(of element: XMLElement, attribute: String = "cx") -> Double? {
        let inner = SVG.children(of: element).first { $0.localName == "circle" }
        return inner.flatMap { SVG.attribute(attribute, of: $0) }.flatMap(Double.init)
    }

    @Test func oneLanePerStakeholderWithEventsInOrderOfAppearance() throws {
        let svg = try svg()
        let lanes = svg.groups(class: "lane")
        // The union has no event: no lane; Ofsted acts first, then the department, then Oliver.
        let labels = lanes.compactMap { lane in
            SVG.children(of: lane).first { $0.localName == "text" }?.stringValue
        }
        #expect(labels == ["Ofsted", "Department for Education", "Martyn Oliver"])
        #expect(SVG.title(of: lanes[2]).hasPrefix("Martyn Oliver\nchief inspector, Ofsted\nperson"))
        #expect(SVG.title(of: lanes[2]).hasSuffix("1 interaction"))
        #expect(svg.texts.contains("1 stakeholder without interactions is not shown."))
    }

    @Test func storiesGetAdjacentLanes() {
        let events = [
            Fixtures.event("a", "b", .criticism, "2024-01-01", sentence: "."),
            Fixtures.event("x", "y", .support, "2024-01-02", sentence: "."),
            Fixtures.event("c", "a", .response, "2024-01-03", sentence: "."),
            Fixtures.event("y", "z", .meeting, nil, sentence: "."),
        ]
        #expect(TimelineDiagram.laneOrder(events) == ["a", "b", "c", "x", "y", "z"])
    }

    @Test func oneMarkPerEventStyledByType() throws {
        let svg = try svg()
        let events = svg.groups(class: "event")
        #expect(events.count == Fixtures.schools.events.count)
        for type in InteractionType.allCases {
            let style = InteractionStyle.standard(for: type)
            let ofType = events.filter { SVG.attribute("data-type", of: $0) == type.rawValue }
            #expect(ofType.count == Fixtures.schools.events.filter { $0.type == type }.count)
            for group in ofType {
                let shapes = SVG.children(of: group)
                let colours = shapes.compactMap { SVG.attribute("fill", of: $0) ?? SVG.attribute("stroke", of: $0) }
                #expect(colours.contains(style.color), "\(type) drawn in \(colours)")
                let dash = shapes.first { $0.localName == "line" && SVG.attribute("stroke", of: $0) == style.color }
                    .flatMap { SVG.attribute("stroke-dasharray", of: $0) }
                #expect(dash == TimelineDiagram.dashes(for: style), "\(type) line dashed \(dash ?? "none")")
            }
        }
    }

    @Test func eventsSitAtTheirDateAndUndatedOnesInTheirOwnColumn() throws {
        let svg = try svg()
        let events = svg.groups(class: "event")
        func x(_ type: InteractionType, _ index: Int = 0) -> Double {
            let group = events.filter { SVG.attribute("data-type", of: $0) == type.rawValue }[index]
            return self.x(of: group)!
        }
        let january = x(.criticism, 0), february = x(.criticism, 1), march = x(.meeting)
        #expect(january < february && february < x(.response) && x(.response) < march)
        // Undated support stands right of the last dated event, past the dashed divider.
        #expect(x(.support) > march + 20)
        let undated = try #require(svg.groups(class: "undated").first)
        #expect(SVG.title(of: undated) == "Events whose date the articles do not give")
        #expect(svg.texts.filter { $0 == "undated" }.count == 2)
    }

    @Test func tooltipsQuoteEvidenceOutletAndDate() throws {
        let titles = try svg().groups(class: "event").map(SVG.title(of:))
        #expect(titles.contains("""
            2024-02-01 · Ofsted → Department for Education: criticism
            “Ofsted again attacked the plans.” — Schools Week, 2024-01-10
            """))
        #expect(titles.contains { $0.hasPrefix("2024-03-02 · Department for Education — Martyn Oliver: meeting\n") })
        #expect(titles.contains { $0.hasPrefix("undated (reported 2024-01-10) · Department for Education → Ofsted: support") })
    }

    @Test func impreciseDatesGetARangeBar() throws {
        let graph = StakeholderGraph(nodes: [], events: [
            Fixtures.event("a", "b", .pledge, "2024-03", sentence: "In March."),
            Fixtures.event("a", "b", .pledge, "2024-06-10", sentence: "On a day."),
        ])
        let svg = try svg(graph)
        let ranges = svg.elements.filter { SVG.attribute("class", of: $0) == "range" }
        #expect(ranges.count == 2) // one on each lane of the March pledge, none for the day
        let widths = ranges.compactMap { SVG.attribute("width", of: $0).flatMap(Double.init) }
        #expect(widths.allSatisfy { $0 > 40 }) // about a month of an 840-pixel half year
    }

    @Test func eventsOnTheSameDayAreNudgedApart() {
        let xs = TimelineDiagram.nudge([(100, 0...2), (100, 1...3), (100, 5...6), (100, 0...1)], gap: 6)
        #expect(xs[0] == 100)
        #expect(xs[1] == 106)
        #expect(xs[2] == 100) // other lanes: no clash
        #expect(xs[3] == 94)
        // When every spot near the date is taken, the least crowded one is used: never far off.
        let crowded = TimelineDiagram.nudge(Array(repeating: (100.0, 0...1), count: 30), gap: 6, maxSteps: 4)
        #expect(crowded.allSatisfy { abs($0 - 100) <= 24 })
    }

    @Test func legendShowsTheFiveTypes() throws {
        let svg = try svg()
        let legend = try #require(svg.groups(class: "legend").first)
        #expect(SVG.title(of: legend) == "Interaction types")
        let items = svg.groups(class: "legend-item").map(SVG.title(of:))
        for type in InteractionType.allCases {
            #expect(items.contains("\(type.rawValue): \(InteractionStyle.standard(for: type).summary)"))
            #expect(svg.texts.contains(type.rawValue))
        }
        #expect(try self.svg(Fixtures.schools, TimelineOptions(showsLegend: false)).groups(class: "legend").isEmpty)
    }

    @Test func headingGivesTitleAndPeriod() throws {
        let svg = try svg(Fixtures.schools, TimelineOptions(title: "Schools"))
        #expect(svg.texts.prefix(2) == ["Schools", "8 January - 2 March 2024 (and 1 undated event), person level"])
        let root = try #require(svg.document.rootElement())
        #expect(SVG.attribute("viewBox", of: root)?.hasPrefix("0 0 ") == true)
    }

    @Test func axisTicksFollowTheSpan() throws {
        let texts = try svg().texts
        // January to early March 2024: weekly ticks on Mondays, drawn above and below the lanes.
        #expect(texts.filter { $0 == "8 Jan" }.count == 2)
        #expect(texts.filter { $0 == "2024" }.count == 2)
    }

    @Test func longNamesWrapOrAreAbbreviatedWithTheFullNameOnHover() throws {
        let long = String(repeating: "Very Long Name ", count: 6)
        let nodes = [Fixtures.entity("org:long", long, .organisation), Fixtures.entity("org:b", "B", .organisation)]
        let graph = StakeholderGraph(nodes: nodes.map(StakeholderNode.init(entity:)), events: [
            Fixtures.event("org:long", "org:b", .criticism, "2024-01-01", sentence: "."),
        ])
        let svg = try svg(graph, TimelineOptions(maxLabelLength: 20))
        let wrapped = svg.elements.filter { $0.localName == "text" && SVG.attribute("class", of: $0) == "wrapped" }
        #expect(wrapped.map { SVG.children(of: $0).compactMap(\.stringValue) } == [["Very Long Name Very", "Long Name Very Long…"]])
        #expect(svg.groups(class: "lane").map(SVG.title(of:)).contains { $0.hasPrefix(long.trimmingCharacters(in: .whitespaces)) })
    }

    /// A name a little too long for one line wraps whole; one too long for two lines is
    /// shown by its acronym, the full name being in the lane's tooltip.
    @Test func labelLinesWrapAtSpacesOrUseTheAcronym() {
        #expect(TimelineDiagram.labelLines("Guild of Lantern Makers", aliases: [], limit: 34) == ["Guild of Lantern Makers"])
        #expect(TimelineDiagram.labelLines("National Guild of Lantern and Lamp Makers", aliases: ["NGLLM"], limit: 34)
                == ["National Guild of Lantern and Lamp", "Makers"])
        #expect(TimelineDiagram.labelLines("National Guild of Lantern and Lamp Makers", aliases: ["the guild", "NGLLM"], limit: 16)
                == ["NGLLM"])
        #expect(TimelineDiagram.labelLines("National Guild of Lantern and Lamp Makers", aliases: [], limit: 16)
                == ["National Guild", "of Lantern and…"])
    }

    /// On an axis of six years a day is less than a pixel: a dozen acts of one day stay on
    /// that day, stacked within their lanes, never spread over the weeks around it.
    @Test func eventsOfOneDayStayOnTheirDayOnALongAxis() throws {
        var events = [Fixtures.event("org:a", "org:b", .criticism, "2018-03-01", sentence: "Early.")]
        for k in 0..<12 {
            events.append(Fixtures.event(k % 2 == 0 ? "org:a" : "org:c", "org:b", k % 3 == 0 ? .meeting : .support, "2024-01-08", sentence: "Day \(k)."))
        }
        let graph = StakeholderGraph(nodes: [], events: events)
        let svg = try svg(graph)
        let marks = svg.groups(class: "event").filter { SVG.title(of: $0).hasPrefix("2024-01-08") }
        let xs = marks.compactMap { x(of: $0) }
        #expect(xs.count == 12)
        let early = try #require(svg.groups(class: "event").first { SVG.title(of: $0).hasPrefix("2018") }.flatMap { x(of: $0) })
        let pixelsPerDay = (xs.max()! - early) / Double(Day(iso: "2024-01-08")!.ordinal - Day(iso: "2018-03-01")!.ordinal)
        #expect(xs.max()! - xs.min()! <= max(pixelsPerDay, 1), "same-day events spread over \(xs.max()! - xs.min()!) px")
        // Stacked instead: the ends lie on several tracks below the lanes' lines.
        let ys = Set(marks.compactMap { x(of: $0, attribute: "cy") })
        #expect(ys.count > 3)
    }

    @Test func placementKeepsEachEventInsideItsWindow() {
        let placed = TimelineDiagram.place([(100, 99...101, [0, 1]), (100, 99...101, [1, 0]), (100, 90...110, [0, 3]),
                                            (100, 99...101, [2, 3]), (100, 99...101, [0, 4])], gap: 6)
        #expect(placed.map(\.x) == [100, 100, 106, 100, 100])
        // The fourth shares no lane with the first three: it stays on the first track.
        #expect(placed.map(\.track) == [0, 1, 0, 0, 2])
    }

    @Test func topKeepsTheMostActiveLanes() throws {
        let svg = try svg(Fixtures.large(60), TimelineOptions(top: 10))
        #expect(svg.groups(class: "lane").count <= 10)
        #expect(svg.texts.contains("The 10 most active of 60 stakeholders (by number of interactions)."))
    }

    @Test func anEmptyGraphStillDraws() throws {
        let svg = try svg(StakeholderGraph(nodes: [], events: []))
        #expect(svg.groups(class: "lane").isEmpty)
        #expect(svg.texts.contains("No interactions to show."))
        #expect(svg.texts.contains("no dated interactions"))
    }
}
