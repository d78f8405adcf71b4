import Foundation
import Testing
@testable import StakegraphExtraction

/// Arbitrary bytes and mangled articles: every reader answers with a value or an error, never a crash.
@Suite struct RobustnessTests {
    /// A small deterministic generator (xorshift), so failures repeat.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    }

    static let pieces = ["---", "\n", "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "(", ")", ":", ",", ".", "Sir", "Dame",
        "Dr.", "the", "The", "of", "and", "NEU", "Ofsted", "said", "met", "accused", "praised", "by", "who", "which", "'s",
        "Union", "Trust", "Council", "Anita", "Holm", "on Saturday", "last week", "19 January", "{", "}", "[", "]", "date:",
        "title: a: b", "\t", "\u{FFFD}", "\u{2028}", "—", "-", "Mr", "I", "we", "you", "Ms Holm", "2024-13-45", "31/02/2020"]

    func mangled(_ g: inout Generator) -> String {
        (0..<g.int(120)).map { _ in Self.pieces[g.int(Self.pieces.count)] }.joined(separator: g.int(3) == 0 ? "" : " ")
    }

    @Test func randomTextNeverCrashesTheExtractor() throws {
        var g = Generator(state: 0x5EED)
        let articles = (0..<300).map { i in
            Article(id: "r\(i)", date: i % 3 == 0 ? nil : .day(Day(year: 2024, month: 1, day: 8)), text: mangled(&g), origin: "r\(i)")
        }
        let extraction = Extractor().extract(articles)
        #expect(extraction.articles.count == 300)
        let ids = Set(extraction.entities.map(\.id))
        #expect(extraction.interactions.allSatisfy { ids.contains($0.source) && ids.contains($0.target) && $0.source != $0.target })
        _ = try extraction.jsonData()
    }

    @Test func randomBytesGetAValueOrAnErrorFromEveryReader() {
        var g = Generator(state: 0xB17E5)
        for i in 0..<300 {
            var bytes = (0..<g.int(200)).map { _ in UInt8(truncatingIfNeeded: g.next()) }
            if i % 2 == 0 { bytes = Array(mangled(&g).utf8) + bytes.filter { $0 != 0 } }
            var warnings: [InputWarning] = []
            let loader = ArticleLoader()
            // Failures must be the readers' own errors, each naming the file.
            for jsonLines in [false, true] {
                do {
                    _ = try loader.parse(data: Data(bytes), path: "x.in", id: "x.in", jsonLines: jsonLines, warnings: &warnings)
                } catch let error as InputError {
                    #expect(error.description.hasPrefix("x.in"))
                } catch {
                    Issue.record("unexpected error \(error)")
                }
            }
            do {
                _ = try StakeholderDictionary(yaml: String(decoding: bytes, as: UTF8.self), path: "d.yaml")
            } catch let error as DictionaryError {
                #expect(error.description.hasPrefix("d.yaml:"))
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    @Test func aLongArticleWithoutFullStopsIsRead() throws {
        var g = Generator(state: 42)
        let words = ["the", "union", "said", "Anita", "Holm", "met", "Kestrel", "Trust", "accused", "of", "and", "Ofsted", "praised"]
        let text = (0..<8_000).map { _ in words[g.int(words.count)] }.joined(separator: " ")
        let extraction = Extractor().extract([Article(id: "long", date: .day(Day(year: 2024, month: 1, day: 8)), text: text, origin: "long")])
        #expect(extraction.articles.count == 1)
        // Sentences are cut to a bounded length, so evidence stays short.
        #expect(extraction.interactions.allSatisfy { $0.evidence.end - $0.evidence.start < 4_000 })
    }
}

/// A sentence longer than the document's limit is cut at a comma; the piece after the cut may
/// open with a participle speech verb ("telling ..."), which has no main clause before it.
@Suite struct CutSentenceTests {
    @Test func aCutSentenceOpeningWithAParticipleIsRead() {
        let filler = Array(repeating: "and the ferries ran late again", count: 24).joined(separator: " ")
        let text = "Rita Vale spoke at length " + filler + ", telling the Kestrel Times that the Harbour Board had been reckless " + filler + "."
        let x = extract(text)
        #expect(x.articles.count == 1)
    }
}
