import Foundation
import Testing
@testable import StakegraphRender

@Suite struct GraphvizTests {
    private let smallDOT = #"digraph "G" { charset="UTF-8"; a [label="Alpha"]; a -> b; b -> c; c -> a; d }"#

    @Test func pluginsLoadInProcess() {
        let graphviz = Graphviz.shared
        #expect(graphviz.version.first?.isNumber == true, "\(graphviz.version)")
        #expect(Set(graphviz.plugins(.device)).isSuperset(of: ["svg", "png", "pdf"]))
        #expect(graphviz.plugins(.render).contains("cairo"))
        for format in GraphvizFormat.allCases { #expect(graphviz.supports(format), "\(format)") }
        for engine in LayoutEngine.allCases { #expect(graphviz.supports(engine), "\(engine)") }
    }

    @Test func svgIsWellFormedXMLWithOneGroupPerNode() throws {
        let svg = try SVG(Graphviz.shared.render(dot: smallDOT, format: .svg, engine: .dot))
        #expect(svg.document.rootElement()?.localName == "svg")
        #expect(svg.groups(class: "node").map(SVG.title(of:)).sorted() == ["a", "b", "c", "d"])
        #expect(svg.groups(class: "edge").count == 3)
        #expect(svg.texts.contains("Alpha"))
    }

    @Test func pngComesWithThePNGSignature() throws {
        let png = try Graphviz.shared.render(dot: smallDOT, format: .png, engine: .dot)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(png.count > 100)
    }

    @Test func pdfStartsWithThePDFHeader() throws {
        let pdf = try Graphviz.shared.render(dot: smallDOT, format: .pdf, engine: .dot)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(String(decoding: pdf.suffix(16), as: UTF8.self).contains("%%EOF"))
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineLaysOutASmallGraph(engine: LayoutEngine) throws {
        let svg = try SVG(Graphviz.shared.render(dot: smallDOT, format: .svg, engine: engine))
        #expect(svg.groups(class: "node").count == 4)
        #expect(svg.groups(class: "edge").count == 3)
    }

    @Test func malformedDOTThrowsSyntaxWithGraphvizMessage() throws {
        let error = try #require(throws: GraphvizError.self) {
            try Graphviz.shared.render(dot: "digraph {\n a -> ;\n}", format: .svg, engine: .dot)
        }
        guard case .syntax(let message) = error else {
            Issue.record("expected a syntax error, got \(error)")
            return
        }
        #expect(message.contains("syntax error in line 2"))
        #expect(error.description == "Graphviz could not read the DOT text: \(message)")
    }

    @Test func textWithoutAGraphIsASyntaxError() {
        #expect(throws: GraphvizError.syntax(message: "the text holds no graph")) {
            try Graphviz.shared.render(dot: "  ", format: .svg, engine: .dot)
        }
    }

    @Test func theParserRecoversAfterAnError() throws {
        #expect(throws: GraphvizError.self) {
            try Graphviz.shared.render(dot: "graph { a -> b }", format: .svg, engine: .neato)
        }
        let svg = try SVG(Graphviz.shared.render(dot: smallDOT, format: .svg, engine: .neato))
        #expect(svg.groups(class: "node").count == 4)
    }

    @Test func renderFormatsMapToGraphvizFormats() {
        #expect(RenderFormat.allCases.compactMap(GraphvizFormat.init) == [.svg, .png, .pdf])
    }

    /// cgraph keeps what follows a graph in its scanner; it must not leak into the next render.
    @Test func whatFollowsTheFirstGraphIsIgnoredAndForgotten() throws {
        func nodeTitles(_ dot: String) throws -> [String] {
            try SVG(Graphviz.shared.render(dot: dot, format: .svg, engine: .dot)).groups(class: "node").map(SVG.title(of:))
        }
        #expect(try nodeTitles("digraph A { a } digraph B { b }") == ["a"])
        #expect(try nodeTitles("digraph C { c }") == ["c"])
        #expect(try nodeTitles("digraph D { d } }") == ["d"])
        #expect(try nodeTitles("digraph E { e }") == ["e"])
        #expect(try nodeTitles("digraph F { f } digraph G { g") == ["f"])
        #expect(try nodeTitles("digraph H { h }") == ["h"])
    }

    @Test func syntaxErrorLinesCountFromTheStartOfEachText() throws {
        for _ in 0..<3 {
            _ = try Graphviz.shared.render(dot: "digraph {\n a -> b\n}\n\n\n", format: .svg, engine: .dot)
            #expect(throws: GraphvizError.syntax(message: "syntax error in line 3 near ';'")) {
                try Graphviz.shared.render(dot: "digraph {\n\n a -> ;\n}", format: .svg, engine: .dot)
            }
        }
    }

    @Test func errorDescriptionsNameTheirContext() {
        #expect(GraphvizError.layoutFailed(engine: .sfdp, message: "boom").description == "Graphviz layout 'sfdp' failed: boom")
        #expect(GraphvizError.renderFailed(format: .png, message: "no cairo").description == "Graphviz could not render PNG: no cairo")
        #expect(GraphvizError.renderFailed(format: .pdf, message: "m").message == "m")
    }

    @Test func separateContextsCanBeCreatedAndFreed() throws {
        for _ in 0..<3 {
            let graphviz = Graphviz()
            let svg = try graphviz.render(dot: smallDOT, format: .svg, engine: .circo)
            #expect(!svg.isEmpty)
        }
        #expect(try !Graphviz.shared.render(dot: smallDOT, format: .svg, engine: .dot).isEmpty)
    }

    /// Eight threads at once, half with broken DOT: each gets its own picture or its own error.
    @Test func rendersFromManyThreadsAtOnce() throws {
        final class Outcomes: @unchecked Sendable {
            private let lock = NSLock()
            private var storage: [Int: Result<Data, GraphvizError>] = [:]
            func set(_ index: Int, _ outcome: Result<Data, GraphvizError>) { lock.withLock { storage[index] = outcome } }
            var all: [Int: Result<Data, GraphvizError>] { lock.withLock { storage } }
        }
        let formats: [GraphvizFormat] = [.svg, .png, .svg, .pdf] // for the even, well-formed threads
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            // A broken graph has its error on line `index + 1`, so swapped messages would show.
            let broken = index % 2 == 1
            let dot = broken
                ? "digraph {" + String(repeating: "\n", count: index) + " x -> ; }"
                : "digraph { \"n\(index)\" [label=\"Thread \(index)\"]; \"n\(index)\" -> other }"
            let format = broken ? .svg : formats[index / 2]
            do {
                let data = try Graphviz.shared.render(dot: dot, format: format, engine: LayoutEngine.allCases[index % 5])
                outcomes.set(index, .success(data))
            } catch {
                outcomes.set(index, .failure(error as! GraphvizError))
            }
        }
        let all = outcomes.all
        #expect(all.count == 8)
        for index in 0..<8 {
            let outcome = try #require(all[index])
            if index % 2 == 1 {
                guard case .failure(.syntax(let message)) = outcome else {
                    Issue.record("thread \(index): expected a syntax error, got \(outcome)")
                    continue
                }
                #expect(message.contains("syntax error in line \(index + 1)"), "thread \(index): \(message)")
                continue
            }
            let data = try outcome.get()
            switch formats[index / 2] {
            case .svg: #expect(try SVG(data).texts.contains("Thread \(index)"))
            case .png: #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            case .pdf: #expect(data.starts(with: Array("%PDF".utf8)))
            }
        }
    }
}

/// Graphviz's warnings, collected and said once in our words; PNG and PDF sizes.
@Suite struct GraphvizWarningAndSizeTests {
    @Test func warningsAreCollectedNotPrintedAndSaidOnceInOurWords() throws {
        _ = try Graphviz.shared.render(dot: "digraph { a [shape=nonsense]; b [shape=nonsense]; a -> b }", format: .svg, engine: .dot)
        let warnings = Graphviz.takeWarnings()
        #expect(warnings.contains { $0.hasPrefix("a node shape Graphviz does not know was drawn as a box") }, "\(warnings)")
        #expect(!warnings.contains { $0.contains("Warning:") })
    }

    @Test func summaryCountsRepeatsAndRewordsKnownWarnings() {
        let raw = ["Warning: graph too large for cairo-renderer bitmaps. Scaling by 0.5 to fit",
                   "Warning: graph too large for cairo-renderer bitmaps. Scaling by 0.5 to fit",
                   "Warning: something new"]
        #expect(GraphvizWarnings.summary(raw) == [
            "the image is larger than Graphviz can draw as a bitmap, so it was scaled down to 50%; ask for a smaller --dpi or --width (2 times)",
            "Graphviz reported: something new",
        ])
        #expect(GraphvizWarnings.warnings(in: "Warning: first part\n  continued\nError: bad\nWarning: second\n")
                == ["Warning: first part continued", "Warning: second"])
    }

    @Test func widthAndDPISizeThePNGAndPDF() throws {
        func pngSize(_ data: Data) -> (Int, Int) {
            let bytes = [UInt8](data.prefix(24))
            func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
            return (int(16), int(20))
        }
        var options = DiagramOptions()
        options.width = 640
        #expect(pngSize(try DiagramRenderer.render(Fixtures.schools, format: .png, options: options)).0 == 640)
        let plain = pngSize(try DiagramRenderer.render(Fixtures.schools, format: .png))
        var sharp = DiagramOptions()
        sharp.dpi = 192
        let doubled = pngSize(try DiagramRenderer.render(Fixtures.schools, format: .png, options: sharp))
        #expect(abs(doubled.0 - 2 * plain.0) <= 2)
        options.width = 500
        let pdf = String(decoding: try DiagramRenderer.render(Fixtures.schools, format: .pdf, options: options), as: UTF8.self)
        #expect(pdf.contains("/MediaBox [ 0 0 500 "))
        #expect(options.imageAttributes(for: .svg).isEmpty)
    }
}
