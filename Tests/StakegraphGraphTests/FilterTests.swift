import Testing
import StakegraphExtraction
@testable import StakegraphGraph

@Suite struct FilterTests {
    let corpus = StakeholderGraph(extraction: Fixture.schools)

    @Test func dateRangeKeepsOverlappingEventsAndDropsUndated() throws {
        let view = try corpus.view(filter: GraphFilter(dates: try DateRange(parsing: "2024-01..2024-01")))
        view.checkInvariants()
        #expect(view.events.count == 1)
        #expect(view.events[0].reports.count == 2)
        #expect(Set(view.nodes.map(\.id)) == ["org:neu", "person:martyn-oliver"])
        let all = try corpus.view(filter: GraphFilter(dates: try DateRange(parsing: "..")))
        #expect(!all.events.contains { $0.date == nil })
        #expect(try corpus.view().events.contains { $0.date == nil })
    }

    @Test func typeFilterKeepsOnlyThoseTypes() throws {
        let view = try corpus.view(filter: GraphFilter(types: [.criticism, .pledge]))
        view.checkInvariants()
        #expect(Set(view.events.map(\.type)) == [.criticism, .pledge])
        #expect(view.events.count == 3)
    }

    @Test func focusMatchesIdsNamesAndAliasesIgnoringCase() throws {
        for query in ["person:martyn-oliver", "martyn oliver", "SIR MARTYN"] {
            let view = try corpus.view(filter: GraphFilter(focus: [query], depth: 1))
            view.checkInvariants()
            #expect(Set(view.nodes.map(\.id)) == ["person:martyn-oliver", "org:neu", "org:dfe", "person:mary-bousted"], "\(query)")
        }
    }

    @Test func egoDepthReachesFurther() throws {
        let one = try corpus.view(filter: GraphFilter(focus: ["NEU"], depth: 1, focusIncludesMembers: false))
        #expect(Set(one.nodes.map(\.id)) == ["org:neu", "person:martyn-oliver"])
        let two = try corpus.view(filter: GraphFilter(focus: ["NEU"], depth: 2, focusIncludesMembers: false))
        #expect(Set(two.nodes.map(\.id)) == ["org:neu", "person:martyn-oliver", "org:dfe", "person:mary-bousted"])
        // Depth 2 keeps edges among reached nodes only: nothing to Ofsted or Kate Green.
        #expect(!two.relationships.contains { $0.target == "org:ofsted" })
        let zero = try corpus.view(filter: GraphFilter(focus: ["NEU", "Oliver"], depth: 0, focusIncludesMembers: false))
        #expect(zero.relationships.map(\.weight) == [2])
    }

    /// A focus organisation reaches its people: at depth 0, Ofsted's ego network holds the
    /// acts between Ofsted and its chief inspector's partners only while he was in office.
    @Test func focusOrganisationStandsForItsPeopleOnTheirActsDates() throws {
        let view = try corpus.view(filter: GraphFilter(focus: ["NEU", "Ofsted"], depth: 0))
        view.checkInvariants()
        // Bousted (NEU) -> Ofsted, Bousted -> Oliver (Ofsted from 2024), NEU <-> Oliver 2024; not the 2023 meeting.
        #expect(Set(view.relationships.map { "\($0.source)>\($0.target)" }) == [
            "person:mary-bousted>org:ofsted", "person:mary-bousted>person:martyn-oliver", "org:neu>person:martyn-oliver",
        ])
        #expect(view.relationships.first { $0.source == "org:neu" }?.weight == 2) // the relationship, both meetings
        let named = try corpus.view(filter: GraphFilter(focus: ["NEU", "Ofsted"], depth: 0, focusIncludesMembers: false))
        #expect(named.relationships.isEmpty)
    }

    @Test func focusWorksOnRolledUpOrganisations() throws {
        let focus = GraphFilter(focus: ["ofsted"], depth: 1)
        let view = try corpus.view(level: .organisation, filter: focus)
        view.checkInvariants()
        view.checkCounts(rolledUpFrom: corpus, filter: focus)
        #expect(Set(view.nodes.map(\.id)) == ["org:ofsted", "org:neu", "org:dfe", "person:kate-green"])
    }

    @Test func minimumWeightDropsLightRelationships() throws {
        let view = try corpus.view(filter: GraphFilter(minimumWeight: 2))
        view.checkInvariants()
        #expect(view.relationships.map { "\($0.source)>\($0.target)" } == ["org:neu>person:martyn-oliver"])
        #expect(view.nodes.count == 2)
        let organisation = try corpus.view(level: .organisation, filter: GraphFilter(minimumWeight: 3))
        organisation.checkCounts(rolledUpFrom: corpus, filter: GraphFilter(minimumWeight: 3))
        #expect(organisation.relationships.map { "\($0.source)>\($0.target)" } == ["org:neu>org:ofsted"])
    }

    @Test func unknownFocusAndNegativeDepthThrow() {
        #expect(throws: GraphQueryError.unknownStakeholder("Nobody")) { try corpus.view(filter: GraphFilter(focus: ["Nobody"])) }
        #expect(throws: GraphQueryError.negativeDepth(-1)) { try corpus.view(filter: GraphFilter(focus: ["NEU"], depth: -1)) }
    }

    @Test func viewsOfViewsKeepTheirLevel() throws {
        let organisation = try corpus.view(level: .organisation)
        let narrowed = try organisation.view(filter: GraphFilter(types: [.support]))
        narrowed.checkInvariants()
        narrowed.checkCounts(rolledUpFrom: organisation, filter: GraphFilter(types: [.support]))
        #expect(narrowed.level == .organisation)
        #expect(narrowed.relationships.map { "\($0.source)>\($0.target)" }.sorted() == ["org:dfe>org:ofsted", "org:neu>org:ofsted"])
    }

    @Test func changingPublicArraysRebuildsTheIndex() throws {
        var graph = Fixture.graph([("a", "b", .support, "2024-01-01")])
        graph.nodes[0].aliases = ["Alpha"]
        #expect(graph.stakeholders(matching: "alpha").map(\.id) == ["a"])
        graph.checkInvariants()
    }
}
