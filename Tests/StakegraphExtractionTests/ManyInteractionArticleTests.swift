import Foundation
import Testing
@testable import StakegraphExtraction

/// One article holding hundreds of interactions (the shape `make bench` times at 1, 3 and
/// 10 MB): extraction must stay linear in its sentences, mentions and interactions, and that
/// speed must not change what it finds. These tests check what it finds; the time is the
/// benchmark's.
@Suite struct ManyInteractionArticleTests {
    static let people = ["Ysolde Marrack", "Corwen Ashdown", "Tamsin Elstow", "Bram Harrowby", "Odile Farrand", "Pellam Quist",
                         "Reska Dunmere", "Havard Loddon", "Ilsa Northey", "Jory Penhallow", "Kestrel Oldacre", "Lorne Vessey"]
    static let bodies = ["Vale Rail Union", "Northmoor Housing Trust", "Coastal Teachers Guild"]
    static let days = ["Monday", "Tuesday", "Thursday", "Friday"]
    /// Wednesday 1 May 2024: "on Monday" is 29 April.
    static let articleDate = Day(year: 2024, month: 5, day: 1)

    /// Sentence `i`: one person criticises another, on one of four weekdays.
    static func sentence(_ i: Int) -> (source: Int, target: Int, day: Int, text: String) {
        let source = i % people.count
        var target = (i * 5 + 1) % people.count
        if target == source { target = (target + 1) % people.count }
        let day = (i / people.count) % days.count
        return (source, target, day, "\(people[source]), chair of the \(bodies[i % bodies.count]), criticised \(people[target]) on \(days[day]).")
    }

    @Test func everySentenceOfALongArticleGivesItsInteraction() throws {
        let count = 480
        let sentences = (0..<count).map(Self.sentence)
        let article = Article(id: "many", date: .day(Self.articleDate), text: sentences.map(\.text).joined(separator: " "), origin: "test")
        let extraction = Extractor().extract([article], parallel: false)

        // One interaction per (source, target, day), with every sentence reporting it.
        var expected: [String: Int] = [:]
        for s in sentences {
            let key = "\(Entity.id(forName: Self.people[s.source], kind: .person))|\(Entity.id(forName: Self.people[s.target], kind: .person))|\(s.day)"
            expected[key, default: 0] += 1
        }
        let weekday = ["Monday": 0, "Tuesday": 1, "Thursday": 2, "Friday": 3]
        var found: [String: Int] = [:]
        for x in extraction.interactions {
            #expect(x.type == .criticism)
            let day = x.evidence.sentence.split(separator: " ").last.map { String($0.dropLast()) }.flatMap { weekday[$0] }
            let key = "\(x.source)|\(x.target)|\(day ?? -1)"
            found[key] = x.evidenceSpans.count
            // Reported in text order, the first report as the evidence, no sentence twice.
            #expect(x.evidenceSpans.map(\.start) == x.evidenceSpans.map(\.start).sorted())
            #expect(Set(x.evidenceSpans.map(\.start)).count == x.evidenceSpans.count)
            #expect(x.evidence == x.evidenceSpans[0])
            #expect(x.evidenceSpans.allSatisfy { $0.sentence.hasSuffix("on \(Self.days[day ?? 0]).") })
        }
        #expect(found == expected)
        #expect(extraction.interactions.map(\.evidenceSpans.count).reduce(0, +) == count)

        // The acts are dated by their weekday, the one before the article's date.
        let dates = Set(extraction.interactions.compactMap(\.date))
        #expect(dates == Set([26, 29, 30, 25].map { EventDate.day(Day(year: 2024, month: 4, day: $0)) }))
        // Every person is one stakeholder, with the role the article gives them.
        for name in Self.people {
            let entity = extraction.entities.first { $0.id == Entity.id(forName: name, kind: .person) }
            #expect(entity?.role == "chair", "\(name)")
        }
    }

    @Test func oneActReportedByHundredsOfSentencesIsOneInteraction() {
        let sentence = "Ysolde Marrack, chair of the Vale Rail Union, criticised Corwen Ashdown on Monday. "
        let text = String(repeating: sentence, count: 400)
        let article = Article(id: "repeated", date: .day(Self.articleDate), text: text, origin: "test")
        let extraction = Extractor().extract([article], parallel: false)
        #expect(extraction.interactions.count == 1)
        let x = extraction.interactions.first
        #expect(x?.evidenceSpans.count == 400)
        let length = sentence.unicodeScalars.count
        #expect(x?.evidenceSpans.map(\.start) == (0..<400).map { $0 * length })
        #expect(x?.evidence.start == 0)
        #expect(x?.date == .day(Day(year: 2024, month: 4, day: 29)))
    }

    /// An act with no time of its own takes the last time named before it in its paragraph,
    /// however many sentences back, and never one from an earlier paragraph.
    @Test func aNarrativeKeepsItsTimeAcrossALongParagraph() {
        var text = "Ysolde Marrack met Corwen Ashdown on Monday."
        for _ in 0..<200 { text += " Colin Elstow praised Gavin Harrowby." }
        text += "\n\nOwen Farrand criticised Keith Quist over the delays to the new bypass."
        let article = Article(id: "narrative", date: .day(Self.articleDate), text: text, origin: "test")
        let extraction = Extractor().extract([article], parallel: false)
        let monday = EventDate.day(Day(year: 2024, month: 4, day: 29))
        let praise = extraction.interactions.first { $0.type == .support && $0.source == Entity.id(forName: "Colin Elstow", kind: .person) }
        #expect(praise?.date == monday)
        #expect(praise?.evidenceSpans.count == 200)
        let thanks = extraction.interactions.first { $0.source == Entity.id(forName: "Owen Farrand", kind: .person) }
        #expect(thanks?.date == .day(Self.articleDate))
    }

    /// Two capitalised words opening a sentence name a person when the second stands alone
    /// elsewhere in the article (counted once per article, not searched for at every name).
    @Test func aSurnameUsedAloneElsewhereMakesANameAPerson() {
        let text = "Zephram Tolliver criticised the Vale Rail Union. The union did not reply.\n\nLater, Tolliver spoke again."
        let article = Article(id: "alone", date: .day(Self.articleDate), text: text, origin: "test")
        let extraction = Extractor().extract([article], parallel: false)
        let person = extraction.entities.first { $0.name == "Zephram Tolliver" }
        #expect(person?.kind == .person)
        #expect(extraction.interactions.contains { $0.source == person?.id && $0.target == "org:vale-rail-union" && $0.type == .criticism })
    }
}
