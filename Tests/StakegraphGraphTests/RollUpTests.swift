import Testing
import StakegraphExtraction
@testable import StakegraphGraph

@Suite struct RollUpTests {
    let corpus = StakeholderGraph(extraction: Fixture.schools)

    private func pairs(_ graph: StakeholderGraph) -> [String] {
        graph.relationships.map { "\($0.source)>\($0.target):\($0.weight)" }
    }

    @Test func personLevelKeepsTheNamedStakeholders() throws {
        corpus.checkInvariants()
        let view = try corpus.view()
        view.checkInvariants()
        #expect(view.level == .person)
        #expect(pairs(view).contains("org:neu>person:martyn-oliver:2"))
        // Kate Green has an event; every entity with a relationship is a node.
        #expect(view.nodes.count == corpus.nodes.count)
    }

    @Test func eventsRollUpToTheOrganisationValidOnTheirDate() throws {
        let view = try corpus.view(level: .organisation)
        view.checkInvariants()
        view.checkCounts(rolledUpFrom: corpus)
        #expect(view.level == .organisation)
        let meetings = view.events.filter { $0.type == .meeting }
        // 2023: Oliver ran Outwood; 2024: Ofsted (the two 2024 reports are one event).
        #expect(meetings.map { "\($0.source)|\($0.target)|\($0.date!)" } == [
            "org:neu|org:outwood|2023-06-01",
            "org:neu|org:ofsted|2024-01-08",
        ])
        #expect(meetings[1].reports.map(\.article) == ["a3", "a4"])
        // Outwood is no entity: it comes from the affiliation, with its name.
        #expect(view.nodes.first { $0.id == "org:outwood" }?.name == "Outwood Grange Academies Trust")
        // Kate Green has no affiliation and stays; rolled-up people are gone.
        let ids = Set(view.nodes.map(\.id))
        #expect(ids.contains("person:kate-green"))
        #expect(!ids.contains("person:martyn-oliver") && !ids.contains("person:mary-bousted"))
    }

    @Test func selfLoopsFromRollUpAreDropped() throws {
        var extraction = Fixture.schools
        extraction.entities.append(Fixture.person("person:deputy", "A Deputy", affiliations: [Fixture.affiliation("org:ofsted", "Ofsted")]))
        extraction.interactions.append(Fixture.interaction("person:deputy", "person:martyn-oliver", .support, "2024-03-01", article: "a7"))
        let graph = StakeholderGraph(extraction: extraction)
        let organisation = try graph.view(level: .organisation)
        organisation.checkInvariants()
        #expect(!organisation.relationships.contains { $0.source == $0.target })
        #expect(!organisation.events.contains { $0.reports.contains { $0.article == "a7" } })
        // At `both` the person-level edge stays.
        let both = try graph.view(level: .both)
        #expect(both.relationships.contains { $0.source == "person:deputy" && $0.target == "person:martyn-oliver" })
    }

    /// An act told through a person and another told through the organisation are two
    /// person-level events, so two organisation-level events: roll-up never merges.
    @Test func rollUpKeepsEveryPersonLevelEvent() throws {
        var extraction = Fixture.schools
        extraction.interactions.append(Fixture.interaction("org:ofsted", "org:dfe", .pledge, "2024-02-03", article: "a7", sentence: "Ofsted pledged to work with the DfE."))
        let graph = StakeholderGraph(extraction: extraction)
        let view = try graph.view(level: .organisation)
        view.checkInvariants()
        view.checkCounts(rolledUpFrom: graph)
        let pledge = try #require(view.relationships.first { $0.source == "org:ofsted" && $0.target == "org:dfe" })
        #expect(pledge.counts == [.pledge: 2])
        #expect(pledge.articles == ["a5", "a7"])
    }

    /// Two people of one organisation each criticise two people of another, undated, in one
    /// article: four acts each way at person level stay four at organisation level.
    @Test func distinctActsBetweenPeopleStayDistinctAfterRollUp() throws {
        let inspectorate = Fixture.organisation("org:kestrel", "Kestrel Inspectorate")
        let union = Fixture.organisation("org:heron", "Heron Union")
        let people = [
            Fixture.person("person:ada", "Ada Fenwick", affiliations: [Fixture.affiliation("org:kestrel", "Kestrel Inspectorate")]),
            Fixture.person("person:bo", "Bo Lindqvist", affiliations: [Fixture.affiliation("org:kestrel", "Kestrel Inspectorate")]),
            Fixture.person("person:cy", "Cy Marlowe", affiliations: [Fixture.affiliation("org:heron", "Heron Union")]),
            Fixture.person("person:di", "Di Okonkwo", affiliations: [Fixture.affiliation("org:heron", "Heron Union")]),
        ]
        var interactions = [Interaction]()
        var start = 0
        for date in [nil, "2019-05-02"] as [String?] {
            for (a, b) in [("person:ada", "person:cy"), ("person:ada", "person:di"), ("person:bo", "person:cy"), ("person:bo", "person:di")] {
                interactions.append(Fixture.interaction(a, b, .criticism, date, article: "k1", start: start))
                interactions.append(Fixture.interaction(b, a, .criticism, date, article: "k1", start: start + 100))
                start += 200
            }
        }
        let extraction = Extraction(articles: [Fixture.article("k1", outlet: "Gazette")], entities: [inspectorate, union] + people,
                                    interactions: interactions)
        let graph = StakeholderGraph(extraction: extraction)
        #expect(graph.events.count == 16)
        for level in [GraphLevel.organisation, .both] {
            let view = try graph.view(level: level)
            view.checkInvariants()
            view.checkCounts(rolledUpFrom: graph)
            #expect(view.relationships.first { $0.source == "org:kestrel" && $0.target == "org:heron" }?.counts == [.criticism: 8])
            #expect(view.relationships.first { $0.source == "org:heron" && $0.target == "org:kestrel" }?.counts == [.criticism: 8])
        }
        let dated = GraphFilter(dates: try DateRange(parsing: "2019"))
        let view = try graph.view(level: .organisation, filter: dated)
        view.checkCounts(rolledUpFrom: graph, filter: dated)
        #expect(view.relationships.map(\.weight) == [4, 4])
    }

    @Test func bothLevelKeepsPeopleAndAddsOrganisationEdges() throws {
        let both = try corpus.view(level: .both)
        both.checkInvariants()
        both.checkCounts(rolledUpFrom: corpus)
        let found = Set(pairs(both))
        #expect(found.contains("person:mary-bousted>person:martyn-oliver:1"))
        #expect(found.contains("org:neu>org:ofsted:3")) // Bousted's criticism and support, and the 2024 meeting
        #expect(found.contains("person:mary-bousted>org:ofsted:1"))
        #expect(found.contains("org:dfe>org:ofsted:1")) // unchanged organisation edge, once
        #expect(both.events.filter { $0.source == "org:dfe" && $0.target == "org:ofsted" }.count == 1)
    }

    /// An undated event rolls up to the one affiliation, or, when the person had several, to
    /// the organisation the article gives (the entity's `affiliationID`).
    @Test func undatedEventsRollUpToTheAffiliationTheArticleGives() throws {
        var extraction = Fixture.schools
        extraction.interactions = [
            Fixture.interaction("person:mary-bousted", "org:dfe", .criticism, nil, article: "u1"),
            Fixture.interaction("person:martyn-oliver", "org:dfe", .criticism, nil, article: "u2"),
        ]
        let view = try StakeholderGraph(extraction: extraction).view(level: .organisation)
        let oliver = try #require(extraction.entities.first { $0.id == "person:martyn-oliver" })
        #expect(Set(view.relationships.map(\.source)) == ["org:neu", oliver.affiliationID ?? "person:martyn-oliver"])
    }
}
