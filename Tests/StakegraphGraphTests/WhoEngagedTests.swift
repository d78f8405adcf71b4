import Foundation
import Testing
import StakegraphExtraction
@testable import StakegraphGraph

@Suite struct WhoEngagedTests {
    let corpus = StakeholderGraph(extraction: Fixture.schools)

    @Test func meetingsCountFromEitherEnd() throws {
        let met = try corpus.whoEngaged("Sir Martyn", dates: try DateRange(parsing: "2024-01.."), types: [.meeting])
        #expect(met.stakeholders == ["person:martyn-oliver"])
        #expect(met.entries.map(\.engagerName) == ["National Education Union"])
        #expect(met.entries[0].evidence.map(\.article) == ["a3", "a4"])
    }

    @Test func personLevelListsActsTowardTheStakeholder() throws {
        let result = try corpus.whoEngaged("Ofsted", includingMembers: false)
        #expect(result.entries.map(\.engager) == ["person:mary-bousted", "org:dfe", "person:kate-green"])
        #expect(result.entries.map(\.type) == [.criticism, .support, .criticism])
        #expect(result.entries[0].engagerOrganisation == "National Education Union")
        #expect(result.entries[0].engaged == "org:ofsted")
    }

    @Test func anOrganisationNamedIncludesPeopleAffiliatedAtTheTime() throws {
        let result = try corpus.whoEngaged("Ofsted")
        // Oliver joined Ofsted in 2024: the 2023 meeting with him is not Ofsted's.
        #expect(result.entries.map { "\($0.date?.description ?? "-") \($0.engager) \($0.type.rawValue) \($0.engaged)" } == [
            "2023-03-10 person:mary-bousted criticism org:ofsted",
            "2024-01-08 org:neu meeting person:martyn-oliver",
            "2024-02-01 person:mary-bousted support person:martyn-oliver",
            "2024-02-03 org:dfe support org:ofsted",
            "- person:kate-green criticism org:ofsted",
        ])
    }

    @Test func organisationLevelShowsBothEndsRolledUp() throws {
        let result = try corpus.whoEngaged("Ofsted", level: .organisation)
        #expect(result.level == .organisation)
        #expect(result.entries.map { "\($0.date?.description ?? "-") \($0.engager) \($0.type.rawValue) \($0.engaged)" } == [
            "2023-03-10 org:neu criticism org:ofsted",
            "2024-01-08 org:neu meeting org:ofsted",
            "2024-02-01 org:neu support org:ofsted",
            "2024-02-03 org:dfe support org:ofsted",
            "- person:kate-green criticism org:ofsted",
        ])
        #expect(result.text().hasPrefix("Organisation level: 5 acts\n"))
    }

    @Test func renderings() throws {
        let result = try corpus.whoEngaged("Ofsted", dates: try DateRange(parsing: "2024-02"))
        #expect(result.text() == """
            Person level: 2 acts
            2024-02-01  Mary Bousted (National Education Union)  support -> Martyn Oliver  "Bousted welcomed Oliver's pledge."  [a5 (BBC)]
            2024-02-03  Department for Education  support -> Ofsted  "The DfE backed Ofsted."  [a6 (Guardian)]

            """)
        #expect(result.csv().split(separator: "\n").count == 3)
        let decoded = try JSONDecoder().decode(Engagements.self, from: try result.jsonData())
        #expect(decoded == result)
        #expect(throws: GraphQueryError.unknownStakeholder("Nobody")) { try corpus.whoEngaged("Nobody") }
    }

    /// Acts of unknown date are listed apart, in the text and in the JSON.
    @Test func undatedActsAreListedApart() throws {
        let result = try corpus.whoEngaged("Ofsted", includingMembers: false)
        let lines = result.text().split(separator: "\n").map { String($0.prefix(22)) }
        #expect(lines == ["Person level, names on", "2023-03-10  Mary Boust", "2024-02-03  Department",
                          "Undated (no date found", "undated     Kate Green"])
        let object = try #require(try JSONSerialization.jsonObject(with: try result.jsonData()) as? [String: Any])
        #expect((object["entries"] as? [Any])?.count == 2)
        #expect((object["undated"] as? [[String: Any]])?.map { $0["engager"] as? String } == ["person:kate-green"])
        #expect(try JSONDecoder().decode(Engagements.self, from: try result.jsonData()) == result)
    }
}
