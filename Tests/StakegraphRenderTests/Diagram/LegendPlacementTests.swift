import Foundation
import StakegraphExtraction
import StakegraphGraph
import Testing
@testable import StakegraphRender

/// The legend takes the room of one small node: no column or band of its own.
@Suite struct LegendPlacementTests {
    private func svg(_ graph: StakeholderGraph, legend: Bool, engine: LayoutEngine = .dot) throws -> SVG {
        try SVG(DiagramRenderer.render(graph, format: .svg, engine: engine, options: DiagramOptions(showsLegend: legend)))
    }

    @Test(arguments: [LayoutEngine.dot, .sfdp])
    func theLegendIsSmallAndAddsNoMoreThanItsOwnSize(engine: LayoutEngine) throws {
        let graph = Fixtures.schools
        let with = try svg(graph, legend: true, engine: engine)
        let without = try svg(graph, legend: false, engine: engine)
        let node = try #require(with.groups(class: "node").first { SVG.title(of: $0) == "legend" })
        let box = SVG.boxSize(of: node)
        // Five rows of a 10-point line and a short word, under an 11-point heading.
        #expect(box.width > 40 && box.width < 160, "legend \(box.width) pt wide")
        #expect(box.height > 60 && box.height < 130, "legend \(box.height) pt high")
        // The drawing grows in one direction only, by at most the legend's own extent and the
        // gap beside it: the old key, a cluster of sample edges across two ranks, left a band as
        // tall as itself empty beside it.
        let (grownWidth, grownHeight) = (with.size.width - without.size.width, with.size.height - without.size.height)
        #expect((grownWidth <= 1 && grownHeight <= box.height + 30) || (grownHeight <= 1 && grownWidth <= box.width + 60),
                "\(without.size) became \(with.size) for a legend of \(box)")
    }

    /// The legend's table draws without a Graphviz warning (a thick sample line once made
    /// "cell size too small for content" reach stderr).
    @Test func theLegendDrawsWithoutWarnings() throws {
        let comparison = try Fixtures.schools.compare(DateRange(parsing: "2024-01..2024-01"), with: DateRange(parsing: "2024-02..2024-03"))
        _ = try DiagramRenderer.render(comparison, graph: Fixtures.schools, format: .svg)
        _ = try DiagramRenderer.render(Fixtures.schools, format: .svg)
        #expect(!Graphviz.takeWarnings().contains { $0.contains("legend") })
    }

    /// Edge labels are external (`xlabel`): a `label` on an edge dot lays flat in a cluster made
    /// Graphviz 2.42 free memory twice, and the seed articles' diagram crashed about half the time.
    @Test func edgesCarryExternalLabelsOnly() throws {
        let document = RelationshipDiagram(graph: Fixtures.schools).document(for: .dot)
        let labelled = document.edges.filter { $0.attributes["xlabel"] != nil }
        #expect(!labelled.isEmpty)
        #expect(document.edges.allSatisfy { $0.attributes["label"] == nil })
        #expect(document.attributes["forcelabels"] == "true")
    }

    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seeds")

    /// The seed articles (when present), whose diagram crashed Graphviz about half the time:
    /// drawn again and again.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: LegendPlacementTests.seeds.path)))
    func theSeedsDrawAsPNG() throws {
        let loaded = try ArticleLoader(assumedDate: .year(2018)).load(paths: [Self.seeds.path])
        let graph = StakeholderGraph(extraction: Extractor().extract(loaded.articles))
        for _ in 0..<4 {
            let png = try DiagramRenderer.render(graph, format: .png, engine: .dot)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        }
    }
}
