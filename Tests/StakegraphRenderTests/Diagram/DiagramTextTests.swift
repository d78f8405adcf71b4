import Testing
import StakegraphGraph
@testable import StakegraphRender

/// The words the relationship diagram, the comparison, the timeline and the report share.
@Suite struct DiagramTextTests {
    @Test func thePeriodCountsUndatedEventsAfterTheSpan() {
        let graph = Fixtures.schools
        #expect(DiagramText.period(of: graph.events) == "8 January - 2 March 2024 (and 1 undated event)")
        #expect(DiagramText.period(of: []) == "no events")
        #expect(DiagramText.periodAndLevel(of: graph) == "8 January - 2 March 2024 (and 1 undated event), person level")
        // The diagram and the report's shim say the same.
        #expect(RelationshipDiagram(graph: graph).period == DiagramText.period(of: graph.events))
    }

    @Test func evidenceIsFlattenedAndCut() {
        #expect(DiagramText.collapsingWhitespace("  a\n\tb   c ") == "a b c")
        #expect(DiagramText.truncated("abcdef ghi", to: 8) == "abcdef…")
        #expect(DiagramText.truncated("abc", to: 3) == "abc")
        #expect(DiagramText.truncated("abc", to: 1) == "…")
    }

    @Test func theTopNoteSaysHowManyOfHowMany() {
        #expect(DiagramText.topNote(shown: 20, total: 512) == "The 20 most active of 512 stakeholders (by number of interactions)")
    }
}
