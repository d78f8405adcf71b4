import Foundation
import Testing
import StakegraphExtraction
@testable import StakegraphGraph

/// The graph core's acceptance on the two seed articles: relations between the inspectorate
/// and the unions, and the shift between the seeds' two periods.
@Suite struct SeedAcceptanceTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seeds")
    static var haveSeeds: Bool { FileManager.default.fileExists(atPath: seeds.path) }

    /// The seeds, the undated one placed in 2018 (its officials' roles date it there).
    func graph() throws -> StakeholderGraph {
        let loaded = try ArticleLoader(assumedDate: .year(2018)).load(paths: [Self.seeds.path])
        return StakeholderGraph(extraction: Extractor().extract(loaded.articles))
    }

    @Test(.enabled(if: SeedAcceptanceTests.haveSeeds)) func organisationViewShowsTheToneOfEachPair() throws {
        let view = try graph().view(level: .organisation)
        func tone(_ a: String, _ b: String) -> Double? {
            let events = view.relationships.filter { Set([$0.source, $0.target]) == Set([a, b]) }.flatMap(\.events)
            guard !events.isEmpty else { return nil }
            return events.map { ToneWeights.standard[view.events[$0].type] }.reduce(0, +) / Double(events.count)
        }
        let neu = try #require(tone("org:ofsted", "org:national-education-union"))
        #expect(neu < 0)
        for union in ["org:association-of-school-and-college-leaders", "org:national-association-of-head-teachers", "org:confederation-of-school-trusts"] {
            let t = try #require(tone("org:ofsted", union), "no relationship between Ofsted and \(union)")
            #expect(t > 0, "\(union)")
        }
    }

    @Test(.enabled(if: SeedAcceptanceTests.haveSeeds)) func comparisonReportsTheShiftWithEvidence() throws {
        let comparison = try graph().compare(try DateRange(parsing: "..2023"), with: try DateRange(parsing: "2024.."), level: .organisation)
        let gone = comparison.disappeared.filter { Set([$0.source, $0.target]) == ["org:ofsted", "org:national-education-union"] }
        #expect(!gone.isEmpty)
        #expect(gone.allSatisfy { ($0.before?.tone ?? 0) <= 0 && !($0.before?.events.first?.evidence.isEmpty ?? true) })
        let new = Set(comparison.appeared.flatMap { [$0.source, $0.target] })
        #expect(new.isSuperset(of: ["org:association-of-school-and-college-leaders", "org:national-association-of-head-teachers", "org:confederation-of-school-trusts"]))
        #expect(comparison.appeared.allSatisfy { ($0.after?.tone ?? 0) > 0 })
        #expect(comparison.text().contains("Sir Martyn has met with"))
    }

    /// The 2018 row holds four criticisms each way between the two organisations' people;
    /// the organisation view shows all four, not one.
    @Test(.enabled(if: SeedAcceptanceTests.haveSeeds)) func organisationViewCountsEveryCriticismOfTheRow() throws {
        let corpus = try graph()
        let view = try corpus.view(level: .organisation)
        view.checkInvariants()
        view.checkCounts(rolledUpFrom: corpus)
        let ofsted = "org:ofsted", neu = "org:national-education-union"
        #expect(view.relationships.first { $0.source == ofsted && $0.target == neu }?.counts[.criticism] == 4)
        #expect(view.relationships.first { $0.source == neu && $0.target == ofsted }?.counts[.criticism] == 4)
    }

    /// Naming the two organisations finds the row between their people, at either level.
    @Test(.enabled(if: SeedAcceptanceTests.haveSeeds)) func pairTimelineOfTheOrganisationsHoldsTheirPeoplesActs() throws {
        let corpus = try graph()
        let person = try corpus.timeline(.pair("Ofsted", "NEU"))
        let organisation = try corpus.timeline(.pair("Ofsted", "NEU"), level: .organisation)
        #expect(person.entries.filter { $0.type == .criticism }.count == 8)
        #expect(organisation.entries.count == person.entries.count)
        let engaged = try corpus.whoEngaged("Ofsted")
        #expect(engaged.entries.contains { $0.engagedName == "Sean Harford" })
    }
}
