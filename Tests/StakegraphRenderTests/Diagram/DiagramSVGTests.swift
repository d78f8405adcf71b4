import Foundation
import StakegraphExtraction
import StakegraphGraph
import Testing
@testable import StakegraphRender

/// The diagram as Graphviz draws it: SVG parsed as XML and searched.
@Suite struct DiagramSVGTests {
    /// Names that need every kind of escaping, each the source of a criticism of the next.
    static let awkwardNames = [
        "The \"Quoted\" Trust", #"Back\slash Ltd"#, "<Angle> & Co", "Zoë Ødegård", #"Kit \N Lab"#, "&lt;Entity&gt; Ltd",
    ]

    private var awkward: StakeholderGraph {
        let names = Self.awkwardNames + ["Line one\nLine two"]
        let nodes = names.enumerated().map { index, name in
            Fixtures.entity("org:\(index)", name, index == 3 ? .person : .organisation)
        }.map(StakeholderNode.init(entity:))
        let events = (0..<names.count - 1).map { index in
            Fixtures.event("org:\(index)", "org:\(index + 1)", .criticism, "2024-01-0\(index + 1)",
                           sentence: "\(names[index]) said: \"no\" <really> & \\ left.")
        }
        return StakeholderGraph(nodes: nodes, events: events)
    }

    @Test func awkwardNamesAreEscapedInDOT() {
        let dot = DiagramRenderer.dot(awkward)
        #expect(dot.contains(#"label="The \"Quoted\" Trust""#))
        #expect(dot.contains(#"label="Back\\slash Ltd""#))
        #expect(dot.contains(#"label="<Angle> &amp; Co""#))
        #expect(dot.contains(#"label="Zoë Ødegård""#))
        #expect(dot.contains(#"label="Kit \\N Lab""#))
        #expect(dot.contains(#"label="&amp;lt;Entity&amp;gt; Ltd""#))
        #expect(dot.contains(#"label="Line one\nLine two""#))
        #expect(dot.contains(#"tooltip="Back\\\\slash Ltd\norganisation, in 1 article""#))
        // The one HTML-like label is the legend's, which Stakegraph writes itself.
        #expect(dot.components(separatedBy: "label=<").count == 2 && dot.contains(#""legend" [label=<<TABLE"#))
        #expect(dot.contains(#"charset="UTF-8""#))
    }

    @Test(arguments: [LayoutEngine.dot, .neato])
    func awkwardNamesSurviveIntoWellFormedSVG(engine: LayoutEngine) throws {
        let svg = try SVG(DiagramRenderer.render(awkward, format: .svg, engine: engine))
        let texts = svg.texts
        for name in Self.awkwardNames {
            #expect(texts.contains(name), "\(name) not drawn; texts: \(texts)")
        }
        #expect(texts.contains("Line one"))
        #expect(texts.contains("Line two"))

        // Tooltips show the names and the evidence exactly, backslashes and all.
        let tooltips = svg.groups(class: "node").flatMap(SVG.tooltips(in:))
        for name in Self.awkwardNames {
            #expect(tooltips.contains { $0.hasPrefix(name + "\n") }, "no tooltip for \(name): \(tooltips)")
        }
        let edgeTooltips = svg.groups(class: "edge").flatMap(SVG.tooltips(in:))
        #expect(edgeTooltips.contains { $0.contains(#"“Kit \N Lab said: "no" <really> & \ left.”"#) }, "\(edgeTooltips)")
    }

    @Test func oneNodeGroupPerStakeholderAndOneEdgeGroupPerRelationshipType() throws {
        let graph = Fixtures.schools
        let svg = try SVG(DiagramRenderer.render(graph, format: .svg, engine: .dot))
        let nodeTitles = svg.groups(class: "node").map(SVG.title(of:)).filter { $0 != "legend" }
        #expect(nodeTitles.sorted() == graph.nodes.map(\.id).sorted())

        let edges = svg.groups(class: "edge")
        let expected = graph.relationships.reduce(0) { $0 + $1.counts.values.filter { $0 > 0 }.count }
        #expect(edges.count == expected)
        for type in InteractionType.allCases {
            let color = InteractionStyle.standard(for: type).color
            let drawn = edges.filter { SVG.strokes(in: $0).contains(color) }.count
            let wanted = graph.relationships.filter { ($0.counts[type] ?? 0) > 0 }.count
            #expect(drawn == wanted, "\(type): \(drawn) edges drawn, \(wanted) wanted")
        }
        #expect(svg.groups(class: "cluster").map(SVG.title(of:)).sorted() == ["cluster_org:ofsted"])
    }

    @Test func edgeTooltipsCarryTheEvidence() throws {
        let svg = try SVG(DiagramRenderer.render(Fixtures.schools, format: .svg, engine: .dot))
        let criticism = try #require(svg.groups(class: "edge").first { SVG.title(of: $0) == "org:ofsted->org:dfe" })
        let tooltip = try #require(SVG.tooltips(in: criticism).first)
        #expect(tooltip.contains("2024-01-08 · BBC News: “Ofsted criticised the department's funding plans.”"))
        #expect(tooltip.contains("2024-02-01 · Schools Week: “Ofsted again attacked the plans.”"))
    }

    @Test func legendAndCaptionAreDrawn() throws {
        let svg = try SVG(DiagramRenderer.render(Fixtures.schools, format: .svg, engine: .dot))
        let texts = svg.texts
        #expect(texts.contains("Interaction types"))
        for type in InteractionType.allCases { #expect(texts.contains(type.rawValue)) }
        #expect(texts.contains("Stakeholder relationships"))
        #expect(texts.contains("8 January - 2 March 2024 (and 1 undated event), person level"))
        // Counts and years on the edges: the diagram is small, so it is not packed (packing
        // made Graphviz drop every edge label).
        #expect(texts.contains("2 (2024)"))

        let flat = try SVG(DiagramRenderer.render(Fixtures.schools, format: .svg, engine: .sfdp))
        #expect(flat.texts.contains("Interaction types"))
        #expect(flat.texts.contains("criticism"))
        #expect(flat.groups(class: "cluster").isEmpty)
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineDrawsTheDiagram(engine: LayoutEngine) throws {
        let svg = try SVG(DiagramRenderer.render(Fixtures.schools, format: .svg, engine: engine))
        let ids = Set(Fixtures.schools.nodes.map(\.id))
        #expect(svg.groups(class: "node").filter { ids.contains(SVG.title(of: $0)) }.count == ids.count)
    }

    @Test func pngAndPDFOfTheDiagram() throws {
        let png = try DiagramRenderer.render(awkward, format: .png, engine: .dot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let pdf = try DiagramRenderer.render(awkward, format: .pdf, engine: .fdp)
        #expect(pdf.starts(with: Array("%PDF".utf8)))
    }

    /// dot 2.43 read freed memory (and usually crashed) laying out a packed graph whose only nodes
    /// sit in one cluster, the legend of an empty graph, after any other graph in the process.
    @Test func anEmptyGraphRendersAfterOthers() throws {
        let empty = StakeholderGraph(nodes: [], events: [])
        #expect(RelationshipDiagram(graph: empty).document().attributes["pack"] == nil)
        #expect(RelationshipDiagram(graph: Fixtures.large(40)).document().attributes["pack"] == "true")
        for _ in 0..<3 {
            _ = try DiagramRenderer.render(Fixtures.large(40), format: .svg)
            let svg = try SVG(DiagramRenderer.render(empty, format: .svg))
            #expect(svg.texts.contains("Interaction types"))
        }
    }
}
