import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import StakegraphExtraction
@testable import StakegraphGraph

@Suite struct ExportTests {
    /// Names that need escaping, an undated edge, and a meeting.
    let graph: StakeholderGraph = {
        let entities = [
            Fixture.organisation("org:ampersand", "Marks & Spencer <Foundation>"),
            Fixture.organisation("org:quotes", "The \"Quoted\" Trust's Board"),
            Fixture.person("person:plain", "Plain Person"),
        ]
        let interactions = [
            Fixture.interaction("org:ampersand", "org:quotes", .criticism, "2024-01-08", article: "x&y", sentence: "M&S said <b>\"no\"</b>\nto it."),
            Fixture.interaction("org:ampersand", "org:quotes", .support, "2024-03-01", article: "z"),
            Fixture.interaction("person:plain", "org:ampersand", .meeting, "2023-12", article: "z", start: 40),
            Fixture.interaction("person:plain", "org:quotes", .pledge, nil, article: "w"),
        ]
        let linked = ArticleSummary(article: Article(id: "z", source: "https://news.example/z", outlet: "Z News", text: "", origin: "z"))
        let graph = StakeholderGraph(extraction: Extraction(articles: [Fixture.article("x&y", outlet: "Tom & Jerry's"), linked],
                                                            entities: entities, interactions: interactions))
        graph.checkInvariants()
        return graph
    }()

    /// An attribute's value. (`XMLElement.attribute(forName:)` finds nothing on elements in a
    /// default namespace in swift-corelibs-foundation, so search the list.)
    private func attribute(_ element: XMLElement, _ name: String) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    private func parse(_ text: String) throws -> XMLDocument {
        try XMLDocument(data: Data(text.utf8), options: [])
    }

    private func elements(_ document: XMLDocument, _ path: String) throws -> [XMLElement] {
        try document.nodes(forXPath: path).compactMap { $0 as? XMLElement }
    }

    @Test func graphMLParsesWithNodesEdgesAndAttributes() throws {
        let document = try parse(graph.graphML())
        let root = try #require(document.rootElement())
        #expect(root.name == "graphml")
        let graphElement = try #require(root.elements(forName: "graph").first)
        #expect(attribute(graphElement, "edgedefault") == "directed")
        #expect(graphElement.elements(forName: "data").first { attribute($0, "key") == "level" }?.stringValue == "person")
        let nodes = graphElement.elements(forName: "node")
        let edges = graphElement.elements(forName: "edge")
        #expect(nodes.count == 3)
        #expect(edges.count == 3)
        let keys = Dictionary(uniqueKeysWithValues: root.elements(forName: "key").map {
            (attribute($0, "id")!, attribute($0, "attr.name")!)
        })
        func data(_ element: XMLElement) -> [String: String] {
            Dictionary(uniqueKeysWithValues: element.elements(forName: "data").map {
                (keys[attribute($0, "key")!]!, $0.stringValue ?? "")
            })
        }
        let labels = nodes.map { data($0)["label"] }
        #expect(labels == ["Marks & Spencer <Foundation>", "The \"Quoted\" Trust's Board", "Plain Person"])
        #expect(data(nodes[0])["degree"] == "2")
        #expect(data(nodes[0])["kind"] == "organisation")
        let first = edges[0]
        #expect(attribute(first, "source") == "org:ampersand")
        let attributes = data(first)
        #expect(attributes["criticism"] == "1" && attributes["support"] == "1" && attributes["weight"] == "2")
        #expect(attributes["tone"] == "0.0")
        #expect(attributes["first_date"] == "2024-01-08" && attributes["last_date"] == "2024-03-01")
        #expect(attributes["articles"] == "x&y; z")
        #expect(attributes["evidence"]?.hasPrefix("M&S said <b>\"no\"</b> to it.") == true)
        #expect(graph.graphML() == graph.graphML())
    }

    @Test func gexfParsesWithDynamicEdgeBounds() throws {
        let document = try parse(graph.gexf())
        let root = try #require(document.rootElement())
        #expect(root.name == "gexf")
        #expect(attribute(root, "version") == "1.3")
        let graphElement = try #require(root.elements(forName: "graph").first)
        #expect(attribute(graphElement, "mode") == "dynamic")
        #expect(attribute(graphElement, "timeformat") == "date")
        let nodes = graphElement.elements(forName: "nodes").first?.elements(forName: "node") ?? []
        let edges = graphElement.elements(forName: "edges").first?.elements(forName: "edge") ?? []
        #expect(nodes.count == 3)
        #expect(edges.count == 3)
        #expect(nodes.map { attribute($0, "label") } == ["Marks & Spencer <Foundation>", "The \"Quoted\" Trust's Board", "Plain Person"])
        let declared = graphElement.elements(forName: "attributes").flatMap { $0.elements(forName: "attribute") }
            .compactMap { attribute($0, "id") }
        func values(_ element: XMLElement) -> [String: String] {
            let pairs = (element.elements(forName: "attvalues").first?.elements(forName: "attvalue") ?? []).map {
                (attribute($0, "for")!, attribute($0, "value")!)
            }
            return Dictionary(uniqueKeysWithValues: pairs)
        }
        #expect(nodes.allSatisfy { Set(values($0).keys).isSubset(of: Set(declared)) })
        // One spell per event, not one span from the first contact to the last.
        func spells(_ edge: XMLElement) -> [String] {
            (edge.elements(forName: "spells").first?.elements(forName: "spell") ?? []).map { "\(attribute($0, "start")!)..\(attribute($0, "end")!)" }
        }
        #expect(spells(edges[0]) == ["2024-01-08..2024-01-08", "2024-03-01..2024-03-01"])
        #expect(spells(edges[1]) == ["2023-12-01..2023-12-31"]) // a month-dated meeting, stored in id order
        #expect(spells(edges[2]).isEmpty) // undated pledge
        #expect(edges.allSatisfy { attribute($0, "start") == nil })
        #expect(attribute(edges[0], "weight") == "2")
        #expect(values(edges[0])["evidence"]?.contains("<b>\"no\"</b> to it") == true)
        #expect(values(nodes[1])["role"] == nil)
        #expect(values(nodes[0])["community"] != nil)
    }

    @Test func xmlEscapingCoversEveryReservedCharacter() throws {
        #expect(XML.escape("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&#39;f")
        #expect(XML.escape("line\nbreak\ttab\u{1}bell") == "line&#10;break&#9;tab\u{FFFD}bell")
        let document = try parse("<r a=\"\(XML.escape("x\n\"y\"&\u{0}"))\"/>")
        #expect(document.rootElement()?.attribute(forName: "a")?.stringValue == "x\n\"y\"&\u{FFFD}")
    }

    @Test func jsonHasNodesWithMeasuresAndEdgesWithEvidence() throws {
        let data = try graph.jsonData()
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let edges = try #require(object["edges"] as? [[String: Any]])
        #expect(object["level"] as? String == "person")
        #expect(nodes.count == 3 && edges.count == 3)
        #expect(nodes[0]["name"] as? String == "Marks & Spencer <Foundation>")
        let measures = try #require(nodes[0]["measures"] as? [String: Any])
        #expect(measures["weighted_degree"] as? Int == 3)
        #expect((measures["top_partners"] as? [[String: Any]])?.first?["id"] as? String == "org:quotes")
        let edge = edges[0]
        #expect((edge["counts"] as? [String: Int]) == ["criticism": 1, "support": 1, "meeting": 0, "pledge": 0, "response": 0])
        #expect(edge["tone"] as? Double == 0)
        #expect(edge["first_date"] as? String == "2024-01-08")
        let evidence = try #require(edge["evidence"] as? [[String: Any]])
        #expect(evidence.map { $0["article"] as? String } == ["x&y", "z"])
        #expect(evidence[0]["outlet"] as? String == "Tom & Jerry's")
        #expect(edges[1]["first_date"] as? String == "2023-12")
        #expect(edges[2]["first_date"] is NSNull)
        #expect(try graph.jsonData() == data)
    }

    @Test func csvHasNodeAndEdgeDocuments() {
        let csv = graph.csv()
        let nodeLines = csv.nodes.split(separator: "\n")
        #expect(nodeLines[0] == "id,name,kind,role,degree,weighted_degree,betweenness,community,top_partners")
        #expect(nodeLines[1].hasPrefix("org:ampersand,Marks & Spencer <Foundation>,organisation,,2,3,"))
        #expect(nodeLines[2].hasPrefix("org:quotes,\"The \"\"Quoted\"\" Trust's Board\",organisation,,2,3,"))
        let edgeLines = csv.edges.split(separator: "\n")
        #expect(edgeLines.count == 4)
        #expect(edgeLines[0].hasSuffix(",first_date,last_date,articles,evidence,source_urls,level"))
        #expect(edgeLines[1].hasPrefix("org:ampersand,org:quotes,Marks & Spencer <Foundation>,\"The \"\"Quoted\"\" Trust's Board\",1,1,0,0,0,2,0.0,2024-01-08,2024-03-01,x&y; z,"))
        #expect(edgeLines[1].contains("M&S said <b>\"\"no\"\"</b> to it. | org:ampersand support org:quotes in z."))
        #expect(edgeLines[1].hasSuffix(",https://news.example/z,person"))
    }

    @Test func exportsUseTheMeasuresGiven() throws {
        let measures = graph.measures([])
        let document = try parse(graph.gexf(measures: measures))
        let attributes = try elements(document, "//*[local-name()='attvalue'][@for='community']")
        #expect(attributes.isEmpty)
        #expect(graph.csv(measures: measures).nodes.split(separator: "\n")[1].hasSuffix(",2,3,,,"))
    }
}
