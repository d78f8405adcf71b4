import Foundation
import Testing
import StakegraphExtraction
@testable import StakegraphGraph

@Suite struct TimelineTests {
    let corpus = StakeholderGraph(extraction: Fixture.schools)

    @Test func corpusTimelineIsOldestFirstWithUndatedLast() throws {
        let timeline = try corpus.timeline()
        #expect(timeline.entries.count == corpus.events.count)
        #expect(timeline.entries.last?.date == nil)
        let dated = timeline.entries.compactMap(\.date)
        #expect(dated == dated.sorted())
        #expect(timeline.entries.first?.sourceName == "Mary Bousted")
    }

    @Test func stakeholderAndPairTimelines() throws {
        let oliver = try corpus.timeline(.stakeholder("sir martyn"))
        #expect(oliver.entries.map(\.type) == [.meeting, .meeting, .support, .pledge])
        let pair = try corpus.timeline(.pair("NEU", "Martyn Oliver"), includingMembers: false)
        #expect(pair.entries.map { $0.date?.description } == ["2023-06-01", "2024-01-08"])
        #expect(pair.entries[1].evidence.map(\.outlet) == ["Schools Week", "TES"])
        let ofsted = try corpus.timeline(.stakeholder("Ofsted"), dates: try DateRange(parsing: "2024.."), includingMembers: false)
        #expect(ofsted.entries.map(\.sourceName) == ["Department for Education"])
        #expect(throws: GraphQueryError.unknownStakeholder("Nobody")) { try corpus.timeline(.pair("NEU", "Nobody")) }
    }

    @Test func undatedEventsComeLastInEveryScope() throws {
        let timeline = try corpus.timeline(.stakeholder("org:ofsted"), includingMembers: false)
        #expect(timeline.entries.map { $0.date?.description ?? "-" } == ["2023-03-10", "2024-02-03", "-"])
    }

    /// Naming organisations includes the acts of the people who belonged to them on each
    /// act's date: the NEU (Bousted) and Ofsted (Oliver from 2024) have three acts between
    /// them, not the 2023 meeting, when Oliver was elsewhere.
    @Test func namedOrganisationsIncludeTheirPeopleOnEachActsDate() throws {
        let pair = try corpus.timeline(.pair("Ofsted", "NEU"))
        #expect(pair.entries.map { "\($0.date?.description ?? "-") \($0.sourceName) \($0.type.rawValue)" } == [
            "2023-03-10 Mary Bousted criticism", "2024-01-08 National Education Union meeting", "2024-02-01 Mary Bousted support",
        ])
        #expect(pair.level == .person && pair.includesMembers)
        #expect(try corpus.timeline(.pair("Ofsted", "NEU"), includingMembers: false).entries.isEmpty)
        // At organisation level the same three acts, shown between the organisations.
        let rolled = try corpus.timeline(.pair("Ofsted", "NEU"), level: .organisation)
        #expect(rolled.level == .organisation)
        #expect(rolled.entries.map { "\($0.source)>\($0.target)" } == ["org:neu>org:ofsted", "org:neu>org:ofsted", "org:neu>org:ofsted"])
        #expect(rolled.text().hasPrefix("Organisation level: 3 events\n"))
        #expect(throws: GraphQueryError.rolledUp("Bousted", .organisation)) { try corpus.timeline(.stakeholder("Bousted"), level: .organisation) }
    }

    @Test func textHasOneLinePerEvent() throws {
        let text = try corpus.timeline(.pair("NEU", "Oliver"), includingMembers: false).text()
        let lines = text.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0] == "Person level, names only: 2 events")
        #expect(lines[2] == "2024-01-08  National Education Union <-> Martyn Oliver  meeting  \"Sir Martyn has met the NEU.\"  [a3 (Schools Week); a4 (TES)]")
        let undated = try corpus.timeline(.stakeholder("Kate Green")).text()
        #expect(undated.hasPrefix("Person level: 1 event\nUndated (no date found in their articles): 1 event\nundated     Kate Green -> Ofsted  criticism"))
    }

    /// An act of unknown date is listed apart, under its own heading, not as the latest one.
    @Test func undatedEventsAreListedApart() throws {
        let text = try corpus.timeline(.stakeholder("org:ofsted"), includingMembers: false).text()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.prefix(22)) }
        #expect(lines == ["Person level, names on", "2023-03-10  Mary Boust", "2024-02-03  Department",
                          "", "Undated (no date found", "undated     Kate Green", ""])
    }

    @Test func csvHasOneRowPerReportAndQuotesFields() throws {
        let csv = try corpus.timeline(.stakeholder("Bousted")).csv()
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "event,date,source_id,source,target_id,target,type,sentence,article,outlet,article_date,url,level")
        #expect(lines[1] == "0,2023-03-10,person:mary-bousted,Mary Bousted,org:ofsted,Ofsted,criticism,\"Bousted said Ofsted was \"\"not safe\"\".\",a1,TES,2023-03-10,,person")
        #expect(lines.count == 4) // header, two rows, trailing empty
    }

    @Test func jsonRoundTrips() throws {
        let timeline = try corpus.timeline()
        let data = try timeline.jsonData()
        #expect(try JSONDecoder().decode(Timeline.self, from: data) == timeline)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entries = try #require(object["entries"] as? [[String: Any]])
        let undated = try #require(object["undated"] as? [[String: Any]])
        #expect(entries.count + undated.count == timeline.entries.count)
        #expect(entries.allSatisfy { $0["date"] is String })
        #expect(!undated.isEmpty && undated.allSatisfy { $0["date"] is NSNull })
        #expect(entries.first?["source_name"] as? String == "Mary Bousted")
        #expect(object["level"] as? String == "person")
        #expect(try timeline.jsonData() == data)
    }
}
