import StakegraphExtraction
import StakegraphGraph
import Testing
@testable import StakegraphRender

@Suite struct RelationshipDiagramTests {
    /// Alpha with its chair Bea, and Gamma; Bea criticised Gamma once.
    private var tiny: StakeholderGraph {
        let nodes = [
            Fixtures.entity("org:a", "Alpha", .organisation),
            Fixtures.entity("person:b", "Bea", .person, role: "chair", affiliationID: "org:a"),
            Fixtures.entity("org:c", "Gamma", .organisation),
        ].map(StakeholderNode.init(entity:))
        return StakeholderGraph(nodes: nodes, events: [
            Fixtures.event("person:b", "org:c", .criticism, "2024-01-08", sentence: "Bea criticised Gamma."),
        ])
    }

    @Test func exactDOTForATinyGraph() {
        let expected = #"""
        digraph "stakeholders" {
          charset="UTF-8"
          fontname="Helvetica"
          fontsize="16"
          forcelabels="true"
          label="Tiny\n8 January 2024, person level"
          labelloc="t"
          overlap="false"
          rankdir="LR"
          splines="true"
          tooltip="Tiny\n8 January 2024, person level"
          node [color="#4D4D4D", fontname="Helvetica", fontsize="11", penwidth="1", style="filled"]
          edge [arrowsize="0.8", fontname="Helvetica", fontsize="10"]
          "org:c" [fillcolor="#E0E0E0", label="Gamma", shape="box", style="filled,rounded", tooltip="Gamma\norganisation, in 1 article"]
          subgraph "cluster_org:a" {
            color="#9E9E9E"
            label=""
            style="rounded,dashed"
            tooltip="Alpha and its people"
            "org:a" [fillcolor="#E0E0E0", label="Alpha", shape="box", style="filled,rounded", tooltip="Alpha\norganisation, in 1 article"]
            "person:b" [fillcolor="#FFFFFF", label="Bea", shape="ellipse", tooltip="Bea\nchair, Alpha\nperson, in 1 article"]
          }
          "person:b" -> "org:c" [arrowhead="normal", color="#D55E00", fontcolor="#D55E00", penwidth="1", style="solid", tooltip="Bea → Gamma: criticism, 1 event\n2024-01-08 · BBC News: “Bea criticised Gamma.”", xlabel="1 (2024)"]
        }

        """#
        #expect(DiagramRenderer.dot(tiny, options: DiagramOptions(title: "Tiny", showsLegend: false)) == expected)
    }

    @Test func everyStakeholderAppearsAndPeopleSitInTheirOrganisationsCluster() throws {
        let document = RelationshipDiagram(graph: Fixtures.schools).document()
        #expect(Set(document.allNodes.map(\.id)).isSuperset(of: Fixtures.schools.nodes.map(\.id)))
        #expect(document.nodes.map(\.id) == ["org:dfe", "org:neu", "legend"]) // the union is isolated but drawn
        let ofsted = try #require(document.subgraphs.first { $0.id == "cluster_org:ofsted" })
        #expect(ofsted.nodes.map(\.id) == ["org:ofsted", "person:martyn-oliver"])
        #expect(document.allNodes.first { $0.id == "org:ofsted" }?.attributes["shape"] == "box")
        #expect(document.allNodes.first { $0.id == "person:martyn-oliver" }?.attributes["shape"] == "ellipse")
    }

    @Test func onlyOrganisationsOfTheGraphGetClusters() {
        let nodes = [
            Fixtures.entity("person:x", "Xavier", .person, affiliationID: "org:absent"),
            Fixtures.entity("person:y", "Yusuf", .person, affiliationID: "person:x"),
            Fixtures.entity("org:z", "Zed", .organisation),
        ].map(StakeholderNode.init(entity:))
        let document = RelationshipDiagram(graph: StakeholderGraph(nodes: nodes, events: [])).document()
        #expect(document.nodes.map(\.id) == ["person:x", "person:y", "org:z", "legend"])
        #expect(document.subgraphs.isEmpty)
    }

    @Test func oneEdgePerRelationshipAndTypeStyledByType() throws {
        let edges = RelationshipDiagram(graph: Fixtures.schools).document().edges
        let pairs = edges.map { "\($0.from)>\($0.to)" }
        #expect(pairs == ["org:ofsted>org:dfe", "org:dfe>org:ofsted", "org:dfe>org:ofsted", "org:dfe>person:martyn-oliver"])
        #expect(edges.map { $0.attributes["color"] } == ["#D55E00", "#009E73", "#CC79A7", "#0072B2"])
        #expect(edges.map { $0.attributes["style"] } == ["solid", "solid", "dashed", "solid"])

        let criticism = edges[0].attributes
        #expect(criticism["xlabel"] == "2 (2024)")
        #expect(criticism["penwidth"] == "2")
        #expect(criticism["arrowhead"] == "normal")
        let meeting = edges[3].attributes
        #expect(meeting["dir"] == "none")
        #expect(meeting["arrowhead"] == nil)
        #expect(meeting["xlabel"] == "1 (2024)")
        #expect(edges[1].attributes["xlabel"] == "1") // undated: the count alone
        #expect(meeting["penwidth"] == "1")
    }

    @Test(arguments: [(1, "1"), (2, "2"), (3, "2.58"), (8, "4"), (10, "4.32"), (0, "1")])
    func penWidthGrowsWithTheLogOfTheCount(count: Int, width: String) {
        #expect(RelationshipDiagram.penWidth(count: count) == width)
    }

    @Test func edgeTooltipsQuoteEachEventWithOutletAndDate() throws {
        let edges = RelationshipDiagram(graph: Fixtures.schools).document().edges
        #expect(edges[0].attributes["tooltip"] == """
            Ofsted → Department for Education: criticism, 2 events
            2024-01-08 · BBC News: “Ofsted criticised the department's funding plans.”
            2024-02-01 · Schools Week: “Ofsted again attacked the plans.”
            """)
        #expect(edges[1].attributes["tooltip"]?.hasSuffix("undated (reported 2024-01-10) · BBC News: “The department backed Ofsted.”") == true)
        #expect(edges[3].attributes["tooltip"]?.hasPrefix("Department for Education — Martyn Oliver: meeting") == true)
    }

    @Test func tooltipsAreCutToASaneLength() throws {
        let long = String(repeating: "word ", count: 100) + "\n  end."
        let events = (1...5).map { day in
            Fixtures.event("org:a", "org:b", .support, "2024-01-0\(day)", sentence: long)
        }
        let nodes = [Fixtures.entity("org:a", "A", .organisation), Fixtures.entity("org:b", "B", .organisation)]
        let graph = StakeholderGraph(nodes: nodes.map(StakeholderNode.init(entity:)), events: events)
        let options = DiagramOptions(maxTooltipEvents: 2, maxEvidenceLength: 30)
        let tooltip = try #require(RelationshipDiagram(graph: graph, options: options).document().edges.first?.attributes["tooltip"])
        let lines = tooltip.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[1] == "2024-01-01 · BBC News: “word word word word word word…”")
        #expect(lines[3] == "… and 3 more events")
    }

    @Test func captionGivesThePeriodCovered() throws {
        var graph = Fixtures.schools
        #expect(RelationshipDiagram(graph: graph).document().attributes["label"]
            == "Stakeholder relationships\n8 January - 2 March 2024 (and 1 undated event), person level")
        graph.events = graph.events.filter { $0.date == nil }
        #expect(RelationshipDiagram(graph: graph).period == "undated")
        graph.events = []
        #expect(RelationshipDiagram(graph: graph).period == "no events")
        #expect(RelationshipDiagram(graph: graph, options: DiagramOptions(title: "")).document().attributes["label"] == "no events, person level")
        #expect(RelationshipDiagram(graph: tiny).period == "8 January 2024")
        let organisations = try Fixtures.schools.view(level: .organisation)
        #expect(RelationshipDiagram(graph: organisations).document().attributes["label"]?.hasSuffix(", organisation level") == true)
    }

    @Test(arguments: LayoutEngine.allCases)
    func theLegendIsOneTableNodeUnderEveryEngine(engine: LayoutEngine) throws {
        let document = RelationshipDiagram(graph: Fixtures.schools).document(for: engine)
        #expect(!document.subgraphs.contains { $0.id == "cluster_legend" })
        #expect(!document.edges.contains { $0.from.hasPrefix("legend") })
        let legend = try #require(document.nodes.first { $0.id == "legend" })
        let table = try #require(legend.htmlLabel)
        #expect(table.contains("Interaction types"))
        for type in InteractionType.allCases {
            #expect(table.contains(">\(type.rawValue)<"))
            #expect(table.contains("COLOR=\"\(InteractionStyle.standard(for: type).color)\""))
        }
        #expect(table.contains("STYLE=\"dotted\"") && table.contains("STYLE=\"dashed\""))
        #expect(legend.attributes["tooltip"]?.contains("pledge: orange dotted line, hollow diamond") == true)
        #expect(document.allNodes.count == Fixtures.schools.nodes.count + 1)

        let hidden = RelationshipDiagram(graph: Fixtures.schools, options: DiagramOptions(showsLegend: false)).document(for: engine)
        #expect(!hidden.nodes.contains { $0.id == "legend" })
    }

    @Test func aRepeatedNodeIsDrawnOnce() {
        let node = StakeholderNode(entity: Fixtures.entity("org:a", "A", .organisation))
        let document = RelationshipDiagram(graph: StakeholderGraph(nodes: [node, node], events: [])).document(for: .circo)
        #expect(document.nodes.map(\.id) == ["org:a", "legend"])
    }

    @Test func endsThatAreNotStakeholdersAreStillDrawn() {
        let graph = StakeholderGraph(nodes: [], events: [
            Fixtures.event("org:ghost", "org:spirit", .pledge, "2024-05-01", sentence: "A pledge."),
        ])
        let nodes = RelationshipDiagram(graph: graph).document().nodes.filter { $0.id != "legend" }
        #expect(nodes.map(\.id) == ["org:ghost", "org:spirit"])
        // The graph core gives such ends nodes of their own; either way the diagram draws both ends.
        let known = Set(graph.nodes.map(\.id))
        #expect(nodes.allSatisfy { known.contains($0.id) || $0.attributes["style"] == "dashed" })
    }
}

/// Periods in titles, in words.
@Suite struct HumanDateTests {
    private func date(_ text: String) -> EventDate { EventDate(string: text)! }

    @Test func spansSayEachEndAtTheFinenessTheSpanNeeds() {
        #expect(HumanDate.span(from: date("2018"), to: date("2024-01-01/2024-01-08")) == "2018 - January 2024")
        #expect(HumanDate.span(from: date("2018"), to: date("2024-01-08")) == "2018 - January 2024")
        #expect(HumanDate.span(from: date("2024-01-08"), to: date("2024-03-02")) == "8 January - 2 March 2024")
        #expect(HumanDate.span(from: date("2024-01-08"), to: date("2024-01-12")) == "8 - 12 January 2024")
        #expect(HumanDate.span(from: date("2023-11-20"), to: date("2024-06-02")) == "November 2023 - June 2024")
        #expect(HumanDate.span(from: date("2024-02"), to: date("2024-06-02")) == "February - June 2024")
        #expect(HumanDate.span(from: date("2019"), to: date("2019")) == "2019")
        #expect(HumanDate.span(from: date("2024-01-08"), to: date("2024-01-08")) == "8 January 2024")
        #expect(HumanDate.years(of: [date("2018-03"), date("2024-01-08")]) == "2018-2024")
        #expect(HumanDate.years(of: []) == nil)
    }
}
