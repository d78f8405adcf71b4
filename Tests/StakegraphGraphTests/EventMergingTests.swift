import Testing
import StakegraphExtraction
@testable import StakegraphGraph

@Suite struct EventMergingTests {
    private func corpus(_ interactions: [Interaction], articles: [ArticleSummary]) -> StakeholderGraph {
        let entities = [Fixture.organisation("org:a", "A"), Fixture.organisation("org:b", "B")]
        let graph = StakeholderGraph(extraction: Extraction(articles: articles, entities: entities, interactions: interactions))
        graph.checkInvariants()
        return graph
    }

    @Test func sameActOnTheSameDayInTwoOutletsIsOneEvent() throws {
        let graph = corpus([
            Fixture.interaction("org:a", "org:b", .criticism, "2024-01-08", article: "x", sentence: "A attacked B on Monday."),
            Fixture.interaction("org:a", "org:b", .criticism, "2024-01-08", article: "y", sentence: "A hit out at B."),
        ], articles: [Fixture.article("x", outlet: "TES"), Fixture.article("y", outlet: "Schools Week")])
        #expect(graph.events.count == 1)
        let event = try #require(graph.events.first)
        #expect(event.reports.map(\.article) == ["x", "y"])
        #expect(event.reports.map(\.outlet) == ["TES", "Schools Week"])
        #expect(event.date == EventDate(string: "2024-01-08"))
        #expect(graph.relationships.count == 1)
        #expect(graph.relationships[0].counts == [.criticism: 1])
        #expect(graph.relationships[0].articles == ["x", "y"])
    }

    /// Reports of one act merge only on the same day: a criticism on the 8th and another on the
    /// 10th are two acts, however alike (they merged within three days before).
    @Test func actsTwoDaysApartAreTwoEvents() {
        let graph = corpus([
            Fixture.interaction("org:a", "org:b", .criticism, "2024-01-08", article: "x"),
            Fixture.interaction("org:a", "org:b", .criticism, "2024-01-10", article: "y"),
        ], articles: [Fixture.article("x", outlet: "TES"), Fixture.article("y", outlet: "Schools Week")])
        #expect(graph.events.count == 2)
        #expect(graph.relationships.first?.counts == [.criticism: 2])
        #expect(StakeholderGraph.defaultSameActWithinDays == 0)
    }

    /// A date known only to a few days (a week) is one act with a day inside it.
    @Test func aDayInsideAPreciseSpanIsTheSameAct() {
        let graph = corpus([
            Fixture.interaction("org:a", "org:b", .criticism, "2024-01-08/2024-01-12", article: "x"),
            Fixture.interaction("org:a", "org:b", .criticism, "2024-01-10", article: "y"),
        ], articles: [])
        #expect(graph.events.count == 1)
    }

    @Test func sameTypeTenDaysApartIsTwoEvents() {
        let graph = corpus([
            Fixture.interaction("org:a", "org:b", .criticism, "2024-01-08", article: "x"),
            Fixture.interaction("org:a", "org:b", .criticism, "2024-01-18", article: "y"),
        ], articles: [Fixture.article("x", outlet: "TES"), Fixture.article("y", outlet: "Schools Week")])
        #expect(graph.events.count == 2)
        #expect(graph.relationships.first?.counts == [.criticism: 2])
        #expect(graph.relationships.first?.firstDate == EventDate(string: "2024-01-08"))
        #expect(graph.relationships.first?.lastDate == EventDate(string: "2024-01-18"))
    }

    @Test func aWeeklySeriesDoesNotChainIntoOneEvent() {
        let dates = ["2024-01-01", "2024-01-01", "2024-01-02", "2024-01-03", "2024-01-03"]
        let graph = corpus(dates.enumerated().map { Fixture.interaction("org:a", "org:b", .criticism, $1, article: "x\($0)") }, articles: [])
        // Anchored on the first report of each event: 1-1 | 2 | 3-3.
        #expect(graph.events.map { $0.reports.count } == [2, 1, 2])
        // With a two-day window the anchor still keeps a series apart: 1-3 | 3.
        let extraction = Extraction(interactions: dates.enumerated().map { Fixture.interaction("org:a", "org:b", .criticism, $1, article: "x\($0)") })
        #expect(StakeholderGraph(extraction: extraction, sameActWithinDays: 1).events.map { $0.reports.count } == [3, 2])
    }

    @Test func differentTypeOrDirectionIsAnotherEvent() {
        let graph = corpus([
            Fixture.interaction("org:a", "org:b", .criticism, "2024-01-08", article: "x"),
            Fixture.interaction("org:a", "org:b", .support, "2024-01-08", article: "x", start: 50),
            Fixture.interaction("org:b", "org:a", .criticism, "2024-01-08", article: "y"),
        ], articles: [])
        #expect(graph.events.count == 3)
        #expect(graph.relationships.count == 2)
    }

    @Test func meetingsMergeWhicheverSideIsNamedFirst() throws {
        let graph = corpus([
            Fixture.interaction("org:b", "org:a", .meeting, "2024-01-08", article: "x"),
            Fixture.interaction("org:a", "org:b", .meeting, "2024-01-08", article: "y"),
        ], articles: [])
        let event = try #require(graph.events.first)
        #expect(graph.events.count == 1)
        #expect((event.source, event.target) == ("org:a", "org:b"))
    }

    @Test func undatedReportsMergeOnlyWithinAnArticle() {
        let graph = corpus([
            Fixture.interaction("org:a", "org:b", .criticism, nil, article: "x", start: 0),
            Fixture.interaction("org:a", "org:b", .criticism, nil, article: "x", start: 80),
            Fixture.interaction("org:a", "org:b", .criticism, nil, article: "y"),
        ], articles: [])
        #expect(graph.events.map { $0.reports.count } == [2, 1])
    }

    @Test func coarseDatesMergeOnlyWithTheSameDate() {
        let graph = corpus([
            Fixture.interaction("org:a", "org:b", .criticism, "2024", article: "x"),
            Fixture.interaction("org:a", "org:b", .criticism, "2024-03-01", article: "y"),
            Fixture.interaction("org:a", "org:b", .criticism, "2024-09-01", article: "z"),
            Fixture.interaction("org:a", "org:b", .criticism, "2024", article: "w"),
        ], articles: [])
        // The year does not swallow the two dated acts; the two year-dated reports are one.
        #expect(graph.events.count == 3)
        #expect(graph.events.map(\.date) == [EventDate(string: "2024"), EventDate(string: "2024-03-01"), EventDate(string: "2024-09-01")])
        #expect(graph.events[0].reports.map(\.article) == ["x", "w"])
    }

    @Test func mergeWindowIsConfigurable() {
        let interactions = [
            Fixture.interaction("org:a", "org:b", .criticism, "2024-01-08", article: "x"),
            Fixture.interaction("org:a", "org:b", .criticism, "2024-01-13", article: "y"),
        ]
        let extraction = Extraction(entities: [Fixture.organisation("org:a", "A"), Fixture.organisation("org:b", "B")], interactions: interactions)
        #expect(StakeholderGraph(extraction: extraction).events.count == 2)
        #expect(StakeholderGraph(extraction: extraction, sameActWithinDays: 5).events.count == 1)
    }

    @Test func eventsKeepReportOrderAndRelationshipsListThemOldestFirst() {
        let graph = Fixture.graph([("a", "b", .support, nil), ("a", "b", .criticism, "2024-05-01"), ("a", "b", .pledge, "2023-01-01")])
        #expect(graph.events.map(\.type) == [.support, .criticism, .pledge])
        #expect(graph.relationships[0].events == [2, 1, 0])
        #expect(graph.relationships[0].firstDate == EventDate(string: "2023-01-01"))
        #expect(graph.relationships[0].lastDate == EventDate(string: "2024-05-01"))
    }

    @Test func toneIsTheMeanOfDistinctEventsAndConfigurable() {
        let edges: [(String, String, InteractionType, String?)] = [
            ("a", "b", .criticism, "2024-01-01"), ("a", "b", .meeting, "2024-02-01"), ("a", "b", .support, "2024-03-01"),
            ("a", "b", .pledge, "2024-04-01"),
        ]
        let graph = Fixture.graph(edges)
        #expect(abs(graph.relationships[0].tone - (-1 + 0.3 + 1 + 0.5) / 4) < 1e-9)
        let extraction = Extraction(entities: [], interactions: edges.map { Fixture.interaction($0.0, $0.1, $0.2, $0.3, article: "x") })
        let custom = StakeholderGraph(extraction: extraction, tone: ToneWeights(weights: [.criticism: -2, .meeting: 0]))
        #expect(abs(custom.relationships[0].tone - (-2.0 / 4)) < 1e-9)
    }

    @Test func idsWithoutEntitiesGetPlaceholderNodes() {
        let graph = StakeholderGraph(extraction: Extraction(interactions: [
            Fixture.interaction("person:jo-bloggs", "org:ofsted", .criticism, "2024-01-01", article: "x"),
        ]))
        graph.checkInvariants()
        #expect(graph.nodes.map(\.id) == ["org:ofsted", "person:jo-bloggs"])
        #expect(graph.nodes.map(\.kind) == [.organisation, .person])
        #expect(graph.nodes[1].name == "jo-bloggs")
    }

    @Test func graphFromEventsBuildsRelationshipsAndIndex() {
        let events = [
            Event(source: "x", target: "y", type: .support, date: EventDate(string: "2024-02-01"), reports: []),
            Event(source: "x", target: "y", type: .criticism, date: EventDate(string: "2024-01-01"), reports: []),
        ]
        let graph = StakeholderGraph(nodes: [], events: events)
        #expect(graph.nodes.count == 2)
        #expect(graph.relationships.count == 1)
        #expect(graph.relationships[0].events == [1, 0])
        #expect(graph.relationships[0].firstDate == EventDate(string: "2024-01-01"))
        #expect(graph.measures([]).nodes.map(\.degree) == [1, 1])
    }
}
