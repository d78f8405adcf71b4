import StakegraphExtraction
import Testing
@testable import StakegraphGraph

/// `eventLevels` splits a both-level view into its person and organisation views, and
/// `eventParties` names whom each event counts for.
@Suite struct EventLevelsTests {
    /// The schools, plus one sentence that gives two acts: Bousted's and, in the same words, the NEU's.
    private var extraction: Extraction {
        var extraction = Fixture.schools
        let sentence = "Bousted and the NEU condemned the DfE."
        extraction.interactions += [
            Fixture.interaction("person:mary-bousted", "org:dfe", .criticism, "2024-03-01", article: "a6", sentence: sentence, start: 40),
            Fixture.interaction("org:neu", "org:dfe", .criticism, "2024-03-01", article: "a6", sentence: sentence, start: 40),
        ]
        return extraction
    }

    private struct Act: Hashable {
        var source: String, target: String, type: InteractionType, date: EventDate?, reports: [Event.Report]
        init(_ event: Event) { (source, target, type, date, reports) = (event.source, event.target, event.type, event.date, event.reports) }
    }

    private func acts(_ events: [Event]) -> [Act: Int] {
        events.reduce(into: [:]) { $0[Act($1), default: 0] += 1 }
    }

    @Test func eachLevelOfABothViewIsThatLevelsView() throws {
        let corpus = StakeholderGraph(extraction: extraction)
        let both = try corpus.view(level: .both)
        let levels = both.eventLevels()
        #expect(levels.count == both.events.count)
        for level in [GraphLevel.person, .organisation] {
            let kept = both.events.indices.filter { levels[$0].contains(level) }.map { both.events[$0] }
            let view = try corpus.view(level: level)
            #expect(acts(kept) == acts(view.events), "\(level)")
        }
        // The NEU's own act is at both levels; the copy rolled up from Bousted's at organisation level only.
        let neu = both.events.indices.filter { both.events[$0].source == "org:neu" && both.events[$0].target == "org:dfe" }
        #expect(neu.map { levels[$0] }.sorted { $0.count < $1.count } == [[.organisation], [.person, .organisation]])
    }

    @Test func aOneLevelViewIsAllOfThatLevel() throws {
        let corpus = StakeholderGraph(extraction: extraction)
        #expect(corpus.eventLevels().allSatisfy { $0 == [.person] })
        #expect(try corpus.view(level: .organisation).eventLevels().allSatisfy { $0 == [.organisation] })
    }

    @Test func partiesAreTheEndsAndTheirOrganisationsOnTheDate() throws {
        let corpus = StakeholderGraph(extraction: Fixture.schools)
        let parties = corpus.eventParties()
        // Meetings have their ends in id order: the NEU first.
        let meetings = corpus.events.indices.filter { corpus.events[$0].type == .meeting }
        let byDate = Dictionary(meetings.map { (corpus.events[$0].date!.description, parties[$0]) }, uniquingKeysWith: { a, _ in a })
        #expect(byDate["2023-06-01"] == ["org:neu", "person:martyn-oliver", "org:outwood"])
        #expect(byDate["2024-01-08"] == ["org:neu", "person:martyn-oliver", "org:ofsted"])
        let green = try #require(corpus.events.firstIndex { $0.source == "person:kate-green" })
        #expect(parties[green] == ["person:kate-green", "org:ofsted"])
    }
}
