import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import StakegraphExtraction
import StakegraphGraph
import Testing
@testable import StakegraphRender

/// The period comparison diagram: DOT built without Graphviz, then SVG drawn by Graphviz and parsed.
@Suite struct ComparisonDiagramTests {
    /// A name that would be markup if written unescaped.
    static let hostileName = #"<script>alert(1)</script> & "quotes""#

    /// Between 2018–2020 and 2023–2025: Hostile → Alpha appeared, Alpha → Gamma disappeared,
    /// Gamma → Alpha fell from support to criticism, Alpha → Bea rose from criticism to support;
    /// Zeta met Gamma in both periods, so it is unchanged and not drawn.
    static var graph: StakeholderGraph {
        let nodes = [
            Fixtures.entity("org:a", "Alpha Trust", .organisation),
            Fixtures.entity("person:b", "Bea", .person, role: "chair", affiliationID: "org:a"),
            Fixtures.entity("org:c", "Gamma Council", .organisation),
            Fixtures.entity("org:h", hostileName, .organisation),
            Fixtures.entity("org:z", "Zeta", .organisation),
        ].map(StakeholderNode.init(entity:))
        return StakeholderGraph(nodes: nodes, events: [
            Fixtures.event("org:a", "org:c", .criticism, "2019-03-01", sentence: "Alpha criticised Gamma."),
            Fixtures.event("org:c", "org:a", .support, "2019-05-01", sentence: "Gamma backed Alpha.", outlet: "Council News"),
            Fixtures.event("org:c", "org:a", .criticism, "2024-06-01", sentence: "Gamma attacked Alpha.", outlet: "Schools Week"),
            Fixtures.event("org:a", "person:b", .criticism, "2019-02-01", sentence: "Alpha rebuked Bea."),
            Fixtures.event("org:a", "person:b", .support, "2024-02-01", sentence: "Alpha praised Bea."),
            Fixtures.event("org:h", "org:a", .criticism, "2024-04-01", sentence: "Said " + hostileName,
                           outlet: "Outlet " + hostileName),
            Fixtures.event("org:z", "org:c", .meeting, "2019-01-10", sentence: "Zeta met Gamma."),
            Fixtures.event("org:z", "org:c", .meeting, "2024-01-10", sentence: "Zeta met Gamma again."),
        ])
    }

    static func comparison(level: GraphLevel = .person) throws -> PeriodComparison {
        try graph.compare(DateRange(parsing: "2018..2020"), with: DateRange(parsing: "2023..2025"), level: level)
    }

    static func diagram(options: DiagramOptions = ComparisonDiagram.defaultOptions) throws -> ComparisonDiagram {
        ComparisonDiagram(comparison: try comparison(), graph: graph, options: options)
    }

    private func edge(_ document: DOTDocument, _ from: String, _ to: String) throws -> DOTEdge {
        try #require(document.edges.first { $0.from == from && $0.to == to })
    }

    // MARK: - DOT

    @Test func theFixtureHasOneChangeOfEachKind() throws {
        let changes = try Self.diagram().changes.map { "\($0.change.source)->\($0.change.target) \($0.kind.rawValue)" }
        #expect(changes == ["org:h->org:a appeared", "org:a->org:c disappeared",
                            "org:a->person:b tone rose", "org:c->org:a tone fell"]) // equal changes: by id
    }

    @Test func exactDOTForATinyComparison() throws {
        let nodes = [
            Fixtures.entity("org:a", "Alpha", .organisation),
            Fixtures.entity("person:b", "Bea", .person, role: "chair", affiliationID: "org:a"),
        ].map(StakeholderNode.init(entity:))
        let graph = StakeholderGraph(nodes: nodes, events: [
            Fixtures.event("org:a", "person:b", .criticism, "2019-02-01", sentence: "Alpha rebuked Bea."),
            Fixtures.event("org:a", "person:b", .support, "2024-02-01", sentence: "Alpha praised Bea."),
        ])
        let comparison = try graph.compare(DateRange(parsing: "2018..2020"), with: DateRange(parsing: "2023..2025"))
        let expected = #"""
        digraph "comparison" {
          charset="UTF-8"
          fontname="Helvetica"
          fontsize="16"
          label="Tiny\n2018–2020 → 2023–2025 · person level\n0 appeared · 0 disappeared · 1 changed tone"
          labelloc="t"
          overlap="false"
          rankdir="LR"
          splines="true"
          tooltip="Tiny\n2018–2020 → 2023–2025 · person level\n0 appeared · 0 disappeared · 1 changed tone"
          node [color="#4D4D4D", fontname="Helvetica", fontsize="11", penwidth="1", style="filled"]
          edge [arrowsize="0.8", fontname="Helvetica", fontsize="10"]
          "org:a" [fillcolor="#E0E0E0", label="Alpha", shape="box", style="filled,rounded", tooltip="Alpha\norganisation\n1 tone rose"]
          "person:b" [fillcolor="#FFFFFF", label="Bea", shape="ellipse", tooltip="Bea\nchair, Alpha\nperson\n1 tone rose"]
          "org:a" -> "person:b" [arrowhead="normal", color="#0072B2", fontcolor="#0072B2", fontsize="11", label="−1.00 → +1.00", penwidth="2", style="solid", tooltip="Alpha → Bea: tone rose, −1.00 → +1.00\nBefore, 2018–2020: criticism 1; tone −1.00\n  2019-02-01 · criticism · BBC News: “Alpha rebuked Bea.”\nAfter, 2023–2025: support 1; tone +1.00\n  2024-02-01 · support · BBC News: “Alpha praised Bea.”"]
        }

        """#
        let options = DiagramOptions(title: "Tiny", showsLegend: false)
        #expect(DiagramRenderer.dot(comparison, graph: graph, options: options) == expected)
    }

    @Test func edgesAreStyledByKindOfChange() throws {
        let document = try Self.diagram().document()
        #expect(document.edges.count == 4)

        let appeared = try edge(document, "org:h", "org:a").attributes
        #expect(appeared["color"] == "#009E73" && appeared["style"] == "solid" && appeared["penwidth"] == "3")
        #expect(appeared["arrowhead"] == "normal" && appeared["label"] == nil)

        let disappeared = try edge(document, "org:a", "org:c").attributes
        #expect(disappeared["color"] == "#999999" && disappeared["style"] == "dashed" && disappeared["penwidth"] == "1.5")
        #expect(disappeared["label"] == nil)

        let fell = try edge(document, "org:c", "org:a").attributes
        #expect(fell["color"] == "#D55E00" && fell["fontcolor"] == "#D55E00" && fell["style"] == "solid")
        #expect(fell["label"] == "+1.00 → −1.00")

        let rose = try edge(document, "org:a", "person:b").attributes
        #expect(rose["color"] == "#0072B2" && rose["label"] == "−1.00 → +1.00")

        let dot = DiagramRenderer.dot(try Self.comparison(), graph: Self.graph)
        #expect(dot.contains(##""org:c" -> "org:a" [arrowhead="normal", color="#D55E00", fontcolor="#D55E00", fontsize="11", label="+1.00 → −1.00", penwidth="2", style="solid""##))
        #expect(dot.contains(##""org:a" -> "org:c" [arrowhead="normal", color="#999999", fontcolor="#999999", penwidth="1.5", style="dashed""##))
    }

    @Test func nodesAreTheStakeholdersOfChangesShapedByKind() throws {
        let document = try Self.diagram().document()
        let nodes = document.nodes.filter { $0.id != "legend" }
        #expect(nodes.map(\.id) == ["org:h", "org:a", "org:c", "person:b"]) // Zeta's relationship did not change
        #expect(nodes.first { $0.id == "org:a" }?.attributes["shape"] == "box")
        #expect(nodes.first { $0.id == "person:b" }?.attributes["shape"] == "ellipse")
        #expect(nodes.first { $0.id == "person:b" }?.attributes["tooltip"] == "Bea\nchair, Alpha Trust\nperson\n1 tone rose")
        #expect(nodes.first { $0.id == "org:a" }?.attributes["tooltip"]
            == "Alpha Trust\norganisation\n1 appeared · 1 disappeared · 1 tone rose · 1 tone fell")

        // Without the graph, kinds are guessed from the ids.
        let bare = ComparisonDiagram(comparison: try Self.comparison()).document()
        #expect(bare.nodes.first { $0.id == "person:b" }?.attributes["shape"] == "ellipse")
        #expect(bare.nodes.first { $0.id == "person:b" }?.attributes["tooltip"] == "Bea\nperson\n1 tone rose")
    }

    @Test func captionNamesBothPeriodsAndTheLevel() throws {
        let diagram = try Self.diagram()
        #expect(diagram.caption == "How relationships changed\n2018–2020 → 2023–2025 · person level\n1 appeared · 1 disappeared · 2 changed tone")
        #expect(diagram.document().attributes["label"] == diagram.caption)

        let organisations = ComparisonDiagram(comparison: try Self.comparison(level: .organisation), graph: Self.graph,
                                              options: DiagramOptions(title: ""))
        #expect(organisations.caption.hasPrefix("2018–2020 → 2023–2025 · organisation level\n"))

        let none = ComparisonDiagram(comparison: try Self.graph.compare(DateRange(parsing: "2010"), with: DateRange(parsing: "2011")))
        #expect(none.caption == "How relationships changed\n2010 → 2011 · person level\nno relationship changed")
        #expect(none.document().nodes.map(\.id) == ["legend"] && none.document().edges.isEmpty)
    }

    @Test func legendExplainsTheFourKindsOfChange() throws {
        let diagram = try Self.diagram()
        for engine in [LayoutEngine.dot, .neato] {
            let document = diagram.document(for: engine)
            #expect(!document.subgraphs.contains { $0.id == "cluster_legend" })
            let legend = try #require(document.nodes.first { $0.id == "legend" })
            let table = try #require(legend.htmlLabel)
            #expect(table.contains("Changes between the periods"))
            for text in ["appeared (only in 2023–2025)", "disappeared (only in 2018–2020)", "tone rose", "tone fell"] {
                #expect(table.contains(">\(text)<"))
            }
            for color in ["#009E73", "#999999", "#0072B2", "#D55E00"] { #expect(table.contains("COLOR=\"\(color)\"")) }
            #expect(table.contains("BORDER=\"3\"")) // appeared: as thick as its edges
            #expect(legend.attributes["tooltip"] == """
            Edge colours and line styles by kind of change
            appeared (only in 2023–2025): bluish green solid line, filled arrow
            disappeared (only in 2018–2020): grey dashed line, filled arrow
            tone rose: blue solid line, filled arrow
            tone fell: vermilion solid line, filled arrow
            """)
        }
        #expect(diagram.document(for: .dot).attributes["pack"] == nil) // dot drops edge labels when packing
        let neato = diagram.document(for: .neato)
        #expect(neato.subgraphs.isEmpty && neato.attributes["pack"] == "true")
    }

    @Test func tooltipsQuoteTheEvidenceOfBothPeriods() throws {
        let document = try Self.diagram().document()
        #expect(try edge(document, "org:c", "org:a").attributes["tooltip"] == """
        Gamma Council → Alpha Trust: tone fell, +1.00 → −1.00
        Before, 2018–2020: support 1; tone +1.00
          2019-05-01 · support · Council News: “Gamma backed Alpha.”
        After, 2023–2025: criticism 1; tone −1.00
          2024-06-01 · criticism · Schools Week: “Gamma attacked Alpha.”
        """)
        #expect(try edge(document, "org:a", "org:c").attributes["tooltip"] == """
        Alpha Trust → Gamma Council: disappeared (only in 2018–2020)
        Before, 2018–2020: criticism 1; tone −1.00
          2019-03-01 · criticism · BBC News: “Alpha criticised Gamma.”
        """)
    }

    @Test func tooltipsAreCutToTheOptions() throws {
        var options = ComparisonDiagram.defaultOptions
        options.maxEvidenceLength = 12
        let cut = try Self.diagram(options: options).document()
        #expect(try edge(cut, "org:a", "org:c").attributes["tooltip"]?.contains("“Alpha criti…”") == true)

        options.maxTooltipEvents = 0
        let counted = try Self.diagram(options: options).document()
        #expect(try edge(counted, "org:a", "org:c").attributes["tooltip"] == """
        Alpha Trust → Gamma Council: disappeared (only in 2018–2020)
        Before, 2018–2020: criticism 1; tone −1.00
          … and 1 more event
        """)
    }

    @Test func tonesAndPeriodsAreWrittenShort() throws {
        #expect(ComparisonDiagram.tone(0.654) == "+0.65")
        #expect(ComparisonDiagram.tone(-0.5) == "−0.50")
        #expect(ComparisonDiagram.tone(-0.001) == "+0.00")
        #expect(ComparisonDiagram.periodLabel(try DateRange(parsing: "2018..2020")) == "2018–2020")
        #expect(ComparisonDiagram.periodLabel(try DateRange(parsing: "2024")) == "2024")
        #expect(ComparisonDiagram.periodLabel(try DateRange(parsing: "2024-01..2024-06")) == "2024-01–2024-06")
        #expect(ComparisonDiagram.periodLabel(try DateRange(parsing: "2024-02-03..2024-02")) == "2024-02-03–2024-02-29")
        #expect(ComparisonDiagram.periodLabel(try DateRange(parsing: "..2023")) == "until 2023")
        #expect(ComparisonDiagram.periodLabel(try DateRange(parsing: "2024..")) == "from 2024")
        #expect(ComparisonDiagram.periodLabel(try DateRange(parsing: "..")) == "all dates")
    }

    @Test func hostileNameIsEscapedInDOT() throws {
        let dot = DiagramRenderer.dot(try Self.comparison(), graph: Self.graph)
        #expect(dot.contains(#"label="<script>alert(1)</script> &amp; \"quotes\"""#))
        // The one HTML-like label is the legend's, which Stakegraph writes itself.
        #expect(dot.components(separatedBy: "label=<").count == 2 && dot.contains(#""legend" [label=<<TABLE"#))
    }

    // MARK: - SVG

    @Test(arguments: [LayoutEngine.dot, .neato])
    func svgHasOneNodePerStakeholderAndOneEdgePerChange(engine: LayoutEngine) throws {
        let svg = try SVG(DiagramRenderer.render(try Self.comparison(), graph: Self.graph, format: .svg, engine: engine))
        let nodes = svg.groups(class: "node").map(SVG.title(of:)).filter { !$0.hasPrefix("legend") }
        #expect(nodes.sorted() == ["org:a", "org:c", "org:h", "person:b"])

        let edges = svg.groups(class: "edge").filter { _ in true }
        #expect(edges.map(SVG.title(of:)).sorted() == ["org:a->org:c", "org:a->person:b", "org:c->org:a", "org:h->org:a"])
        let strokes = Dictionary(uniqueKeysWithValues: edges.map { (SVG.title(of: $0), Set(SVG.strokes(in: $0))) })
        #expect(strokes["org:h->org:a"] == ["#009E73"])
        #expect(strokes["org:a->org:c"] == ["#999999"])
        #expect(strokes["org:c->org:a"] == ["#D55E00"])
        #expect(strokes["org:a->person:b"] == ["#0072B2"])

        // Tones are drawn on the changed edges, even under dot.
        let texts = svg.texts
        #expect(texts.contains("+1.00 → −1.00"))
        #expect(texts.contains("−1.00 → +1.00"))
        #expect(texts.contains("2018–2020 → 2023–2025 · person level"))
        #expect(texts.contains { $0.contains("Changes between the periods") })
    }

    @Test func svgTooltipsCarryEvidenceFromBothPeriods() throws {
        let svg = try SVG(DiagramRenderer.render(try Self.comparison(), graph: Self.graph, format: .svg))
        let fell = try #require(svg.groups(class: "edge").first { SVG.title(of: $0) == "org:c->org:a" })
        let tooltip = try #require(SVG.tooltips(in: fell).first)
        #expect(tooltip.contains("2019-05-01 · support · Council News: “Gamma backed Alpha.”"))
        #expect(tooltip.contains("2024-06-01 · criticism · Schools Week: “Gamma attacked Alpha.”"))
    }

    @Test func hostileNameProducesNoMarkup() throws {
        let svg = try SVG(DiagramRenderer.render(try Self.comparison(), graph: Self.graph, format: .svg))
        #expect(svg.elements.allSatisfy { $0.localName?.lowercased() != "script" && $0.name?.lowercased() != "script" })
        #expect(svg.texts.contains(Self.hostileName))
        let nodeTooltips = svg.groups(class: "node").flatMap(SVG.tooltips(in:))
        #expect(nodeTooltips.contains(Self.hostileName + "\norganisation\n1 appeared"))
        let edgeTooltips = svg.groups(class: "edge").flatMap(SVG.tooltips(in:))
        #expect(edgeTooltips.contains {
            $0.hasPrefix(Self.hostileName + " → Alpha Trust: appeared")
                && $0.contains("2024-04-01 · criticism · Outlet \(Self.hostileName): “Said \(Self.hostileName)”")
        }, "\(edgeTooltips)")
    }
}
