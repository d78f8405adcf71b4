import Foundation
import StakegraphExtraction
import StakegraphGraph
import Testing
@testable import StakegraphRender

/// Without a level asked for, a diagram of more stakeholders than `LayoutEngine.largeGraphThreshold`
/// is drawn at organisation level, and its caption says so.
@Suite struct ReadableLevelTests {
    /// `people` invented people in `organisations` bodies (round robin), each criticising the next.
    static func crowd(people: Int, organisations: Int) -> Extraction {
        let bodies = (0..<organisations).map { Fixtures.entity("org:body-\($0)", "Body \($0)", .organisation) }
        let persons = (0..<people).map {
            Fixtures.entity("person:p\($0)", "Person \($0)", .person, affiliationID: organisations > 0 ? "org:body-\($0 % organisations)" : nil)
        }
        let interactions = (0..<people).map { i -> Interaction in
            let text = "Person \(i) criticised Person \((i + 1) % people)."
            return Interaction(source: "person:p\(i)", target: "person:p\((i + 1) % people)", type: .criticism,
                               date: EventDate(string: "2024-03-01"), article: "a1",
                               evidence: Evidence(sentence: text, start: 0, end: text.unicodeScalars.count, cue: "criticised"),
                               confidence: 0.9)
        }
        return Extraction(entities: bodies + persons, interactions: interactions)
    }

    @Test func aCrowdOfPeopleIsDrawnAsTheirOrganisations() throws {
        let corpus = StakeholderGraph(extraction: Self.crowd(people: 160, organisations: 8))
        let view = try corpus.readableView()
        #expect(view.graph.level == .organisation)
        #expect(view.rolledUpFrom == 168)
        #expect(TopStakeholders.stakeholderCount(of: view.graph) == 8)
        // Distinct acts stay distinct: 160 criticisms between the bodies' people are 160 between the bodies.
        #expect(view.graph.events.count == 160)

        var options = DiagramOptions()
        options.rolledUpFrom = view.rolledUpFrom
        let caption = RelationshipDiagram(graph: view.graph, options: options).document().attributes["label"] ?? ""
        #expect(caption.contains("organisation level"))
        #expect(caption.contains("People drawn as their organisations: 168 stakeholders are too many at person level"))
    }

    @Test func aSmallGraphOrOneWithoutOrganisationsStaysAtPersonLevel() throws {
        let small = try StakeholderGraph(extraction: Self.crowd(people: 40, organisations: 4)).readableView()
        #expect(small.graph.level == .person && small.rolledUpFrom == nil)
        let loose = try StakeholderGraph(extraction: Self.crowd(people: 160, organisations: 0)).readableView()
        #expect(loose.graph.level == .person && loose.rolledUpFrom == nil)
        let caption = RelationshipDiagram(graph: loose.graph).document().attributes["label"] ?? ""
        #expect(!caption.contains("People drawn as their organisations"))
    }

    /// `analyze` without a level draws the same roll-up; with one it keeps that level.
    @Test func analysisRollsUpOnlyWithoutALevel() {
        let extraction = Self.crowd(people: 160, organisations: 8)
        let byDefault = Analysis(extraction: extraction, level: nil)
        #expect(byDefault.graph.level == .organisation && byDefault.diagram.options.rolledUpFrom == 168)
        let people = Analysis(extraction: extraction, level: .person)
        #expect(people.graph.level == .person && people.diagram.options.rolledUpFrom == nil)
    }
}
