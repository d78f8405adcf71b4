import Testing
import StakegraphExtraction
@testable import StakegraphGraph

/// Graphs big enough that events and relationships are built on several threads.
@Suite struct LargeGraphTests {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33 | state << 31
        }
    }

    /// 60,000 acts among 2,000 stakeholders, each (pair, type) dated ten days after the
    /// previous one so nothing merges, plus a re-report the same day of every tenth act (reports
    /// of one act merge on the same day only).
    static func corpus() -> (extraction: Extraction, acts: [Interaction]) {
        var random = Generator(state: 7)
        let ids = (0..<2_000).map { "org:\($0)" }
        var next: [String: Int] = [:]
        var acts: [Interaction] = []
        var interactions: [Interaction] = []
        for i in 0..<60_000 {
            let s = Int.random(in: 0..<ids.count, using: &random)
            var t = Int.random(in: 0..<40, using: &random) * 50 % ids.count
            if t == s { t = (t + 1) % ids.count }
            let type = InteractionType.allCases[Int.random(in: 0..<5, using: &random)]
            // Meetings have no direction: they share one date sequence per pair.
            let key = type.isSymmetric ? "\(min(ids[s], ids[t]))-\(max(ids[s], ids[t]))-\(type)" : "\(s)-\(t)-\(type)"
            let k = next[key, default: 0]
            next[key] = k + 1
            let day = Day(year: 2015, month: 1, day: 1).adding(days: 10 * k)
            let act = Fixture.interaction(ids[s], ids[t], type, day.description, article: "a\(i)")
            acts.append(act)
            interactions.append(act)
            if i % 10 == 0 {
                interactions.append(Fixture.interaction(ids[s], ids[t], type, day.description, article: "r\(i)"))
            }
        }
        let entities = ids.map { Fixture.organisation($0, "Organisation \($0)") }
        return (Extraction(entities: entities, interactions: interactions), acts)
    }

    @Test func parallelBuildMatchesANaiveCount() throws {
        let (extraction, acts) = LargeGraphTests.corpus()
        let graph = StakeholderGraph(extraction: extraction)
        graph.checkInvariants()
        #expect(graph.events.count == acts.count)
        #expect(graph.events.filter { $0.reports.count == 2 }.count == 6_000)

        // Naive aggregation of the acts (meetings on the pair in id order).
        var expected: [String: TypeCounts] = [:]
        for act in acts {
            var (s, t) = (act.source, act.target)
            if act.type.isSymmetric, t < s { swap(&s, &t) }
            expected["\(s)>\(t)", default: TypeCounts()][act.type] += 1
        }
        #expect(graph.relationships.count == expected.count)
        for relationship in graph.relationships {
            #expect(relationship.typeCounts == expected["\(relationship.source)>\(relationship.target)"])
        }
        #expect(graph.relationships.count > 40_000) // enough for several workers
    }

    @Test func buildsAreDeterministic() throws {
        let (extraction, _) = LargeGraphTests.corpus()
        let first = StakeholderGraph(extraction: extraction), second = StakeholderGraph(extraction: extraction)
        #expect(first == second)
        let view = try first.view(level: .organisation, filter: GraphFilter(minimumWeight: 2))
        view.checkInvariants()
        view.checkCounts(rolledUpFrom: first, filter: GraphFilter(minimumWeight: 2))
        let all = try first.view(level: .both)
        all.checkInvariants()
        all.checkCounts(rolledUpFrom: first)
        #expect(view == (try second.view(level: .organisation, filter: GraphFilter(minimumWeight: 2))))
        #expect(view.relationships.allSatisfy { $0.weight >= 2 })
        // Degrees from ordered relationships agree with the adjacency.
        #expect(first.measures([]).nodes.map(\.degree) == first.measures([.partners]).nodes.map(\.degree))
    }
}
