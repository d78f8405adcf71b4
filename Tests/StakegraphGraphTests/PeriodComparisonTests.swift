import Foundation
import Testing
import StakegraphExtraction
@testable import StakegraphGraph

@Suite struct PeriodComparisonTests {
    // a->b: friendly in 2020, hostile in 2023; a->c only in 2020; c->b only in 2023;
    // b->a unchanged; d->a slightly warmer, below the threshold.
    let graph = Fixture.graph([
        ("a", "b", .support, "2020-03-01"), ("a", "b", .support, "2020-04-01"),
        ("a", "b", .criticism, "2023-03-01"),
        ("a", "c", .meeting, "2020-05-01"),
        ("c", "b", .criticism, "2023-05-01"),
        ("b", "a", .response, "2020-06-01"), ("b", "a", .response, "2023-06-01"),
        ("d", "a", .response, "2020-06-01"),
        ("d", "a", .response, "2023-06-01"), ("d", "a", .response, "2023-07-01"), ("d", "a", .support, "2023-08-01"),
    ])

    @Test func appearedDisappearedAndChanged() throws {
        let result = try graph.compare(try DateRange(parsing: "2020"), with: try DateRange(parsing: "2023"))
        #expect(result.appeared.map { "\($0.source)>\($0.target)" } == ["c>b"])
        #expect(result.disappeared.map { "\($0.source)>\($0.target)" } == ["a>c"])
        #expect(result.changed.map { "\($0.source)>\($0.target)" } == ["a>b"])
        let change = result.changed[0]
        #expect(change.before?.tone == 1)
        #expect(change.after?.tone == -1)
        #expect(change.toneDelta == -2)
        #expect(change.before?.events.count == 2)
        #expect(change.after?.events.first?.evidence.first?.sentence == "a criticism b in a2.")
        #expect(result.appeared[0].after?.events.first?.evidence.first?.article == "a4")
        #expect(result.disappeared[0].before?.counts.meeting == 1)
    }

    @Test func thresholdDecidesSmallChanges() throws {
        let loose = try graph.compare(try DateRange(parsing: "2020"), with: try DateRange(parsing: "2023"), toneThreshold: 0.3)
        #expect(loose.changed.map { "\($0.source)>\($0.target)" } == ["a>b", "d>a"])
    }

    @Test func renderings() throws {
        let result = try graph.compare(try DateRange(parsing: "2020"), with: try DateRange(parsing: "2023"))
        let text = result.text()
        #expect(text.contains("Appeared (1):\n  C -> B  criticism 1; tone -1.00\n    after  2023-05-01  criticism  \"c criticism b in a4.\""))
        #expect(text.contains("Changed tone (1):\n  A -> B  tone +1.00 -> -1.00 (-2.00)"))
        let object = try #require(try JSONSerialization.jsonObject(with: try result.jsonData()) as? [String: Any])
        let changed = try #require(object["changed"] as? [[String: Any]])
        #expect(changed.first?["tone_delta"] as? Double == -2)
        #expect((object["appeared"] as? [[String: Any]])?.first?["before"] is NSNull)
    }

    @Test func csvHasOneRowPerChange() throws {
        let result = try graph.compare(try DateRange(parsing: "2020"), with: try DateRange(parsing: "2023"))
        let lines = result.csv().split(separator: "\n")
        #expect(lines.count == 4) // header, appeared, disappeared, changed
        #expect(lines[0].hasPrefix("change,source_id,source,target_id,target,before_weight,before_tone,"))
        #expect(lines[1].hasPrefix("appeared,c,C,b,B,,,,,,1,-1.0,2023-05-01,2023-05-01,c criticism b in a4.,"))
        #expect(lines[3].hasPrefix("changed,a,A,b,B,"))
        #expect(lines[3].hasSuffix(",-2.0,person"))
    }

    @Test func comparesAtOrganisationLevel() throws {
        let corpus = StakeholderGraph(extraction: Fixture.schools)
        let result = try corpus.compare(try DateRange(parsing: "2023"), with: try DateRange(parsing: "2024"), level: .organisation)
        #expect(result.disappeared.map(\.target) == ["org:outwood"])
        #expect(result.changed.map { "\($0.source)>\($0.target)" } == ["org:neu>org:ofsted"])
        #expect(Set(result.appeared.map(\.target)) == ["org:dfe", "org:ofsted"])
    }
}
