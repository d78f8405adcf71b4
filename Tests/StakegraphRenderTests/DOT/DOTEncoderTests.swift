import Testing
@testable import StakegraphRender

@Suite struct DOTEncoderTests {
    @Test func writesDocumentWithSortedKeysAndNestedClusters() {
        let document = DOTDocument(
            name: "G",
            attributes: ["rankdir": "LR", "label": "Title"],
            nodeDefaults: ["shape": "box", "fontname": "Helvetica"],
            edgeDefaults: ["fontsize": "10"],
            nodes: [DOTNode(id: "a", attributes: ["label": "A", "color": "red"]), DOTNode(id: "bare")],
            subgraphs: [.cluster(id: "x", attributes: ["style": "rounded"],
                                 nodes: [DOTNode(id: "b")],
                                 subgraphs: [DOTSubgraph(id: "inner", nodes: [DOTNode(id: "c")])],
                                 edges: [DOTEdge(from: "b", to: "c")])],
            edges: [DOTEdge(from: "a", to: "b", attributes: ["penwidth": "2", "color": "#D55E00"])]
        )
        let expected = """
        digraph "G" {
          charset="UTF-8"
          label="Title"
          rankdir="LR"
          node [fontname="Helvetica", shape="box"]
          edge [fontsize="10"]
          "a" [color="red", label="A"]
          "bare"
          subgraph "cluster_x" {
            style="rounded"
            "b"
            subgraph "inner" {
              "c"
            }
            "b" -> "c"
          }
          "a" -> "b" [color="#D55E00", penwidth="2"]
        }

        """
        #expect(DOTEncoder().encode(document) == expected)
    }

    @Test func undirectedStrictGraphsUseDoubleDashes() {
        let document = DOTDocument(name: "U", isDirected: false, isStrict: true,
                                   edges: [DOTEdge(from: "a", to: "b")])
        #expect(DOTEncoder(indentation: "\t").encode(document) == "strict graph \"U\" {\n\tcharset=\"UTF-8\"\n\t\"a\" -- \"b\"\n}\n")
    }

    @Test func charsetIsAlwaysUTF8() {
        let text = DOTEncoder().encode(DOTDocument(name: "G", attributes: ["charset": "latin1"]))
        #expect(text.contains("charset=\"UTF-8\""))
        #expect(!text.contains("latin1"))
    }

    @Test(arguments: [
        ("say \"hi\"", #""say \"hi\"""#),
        (#"back\slash"#, #""back\\slash""#),
        ("two\nlines", #""two\nlines""#),
        ("crlf\r\nend", #""crlf\nend""#),
        ("Zoë Ødegård", "\"Zoë Ødegård\""),
        ("<b>bold</b> & co", "\"<b>bold</b> &amp; co\""),
        ("&lt;kept", "\"&amp;lt;kept\""),
        ("tab\there", "\"tab here\""),
        ("bell\u{07}esc\u{1B}nul\u{0}", "\"bellescnul\""),
        ("", "\"\""),
    ])
    func quotesAndEscapes(input: String, expected: String) {
        #expect(DOTEncoder.quoted(input) == expected)
    }

    @Test func tooltipsDoubleTheirBackslashesTwice() {
        #expect(DOTEncoder.quoted(#"a\N"#, twiceUnescaped: true) == #""a\\\\N""#)
        let edge = DOTEdge(from: "a", to: "b", attributes: ["tooltip": #"x\y"#, "label": #"x\y"#])
        let text = DOTEncoder().encode(DOTDocument(name: "G", edges: [edge]))
        #expect(text.contains(#"[label="x\\y", tooltip="x\\\\y"]"#))
    }

    @Test func identifiersAreAlwaysQuotedAndOddKeysToo() {
        let node = DOTNode(id: "node", attributes: ["edge": "1", "my key": "2", "_ok9": "3", "9no": "4"])
        let text = DOTEncoder().encode(DOTDocument(name: "graph", nodes: [node]))
        #expect(text.contains(#""node" ["9no"="4", _ok9="3", "edge"="1", "my key"="2"]"#))
        #expect(text.hasPrefix(#"digraph "graph" {"#))
    }

    @Test func allNodesWalksSubgraphsDepthFirst() {
        let document = DOTDocument(name: "G", nodes: [DOTNode(id: "a")], subgraphs: [
            DOTSubgraph(id: "s", nodes: [DOTNode(id: "b")], subgraphs: [DOTSubgraph(id: "t", nodes: [DOTNode(id: "c")])]),
            .cluster(id: "u", nodes: [DOTNode(id: "d")]),
        ])
        #expect(document.allNodes.map(\.id) == ["a", "b", "c", "d"])
        #expect(document.subgraphs.map(\.isCluster) == [false, true])
    }
}
