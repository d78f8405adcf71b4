import Foundation
import Testing
@testable import StakegraphExtraction

/// Part files (`extract --jsonl`): one line per article in input order, the same bytes on all
/// cores as on one, and parts read in any order link as one run over the whole corpus.
@Suite struct PartFileTests {
    /// Invented articles whose stakeholders recur: the union is spelt out in one article and
    /// named by its acronym in later ones, so linking depends on the corpus as a whole.
    static let corpus = [
        #"{"id": "p1", "date": "2024-01-08", "outlet": "Valley Courier", "text": "The Harbour Workers Union (HWU) criticised Quayside Ferries over night shifts.\nOrla Penhallow, general secretary of the HWU, met Quayside Ferries on Monday."}"#,
        #"{"id": "p2", "date": "2024-01-15", "text": "Quayside Ferries pledged to restore the late crossing.\nThe HWU welcomed the pledge."}"#,
        #"{"id": "p3", "text": "Penhallow hit back at Quayside Ferries, calling its plan a retreat."}"#,
        #"{"id": "p1", "date": "2024-02-02", "text": "Marram County Council backed the HWU in its dispute with Quayside Ferries."}"#,
        #"{"id": "p5", "date": "2024-02-09", "text": "Councillor Idris Fenwright of Marram County Council praised Orla Penhallow for her work."}"#,
        #"{"id": "p6", "date": "2024-02-20", "text": "Quayside Ferries held talks with the union and with Marram County Council."}"#,
    ]

    private func stream(_ paths: [String]) -> ArticleStream {
        var stream = ArticleStream(paths: paths)
        stream.uniqueIDs = false
        return stream
    }

    /// Batches of 100 bytes hold one article each; of a megabyte, the whole corpus, extracted on all cores.
    private func parts(of paths: [String], extractor: Extractor = Extractor(), parallel: Bool = true, batchBytes: Int = 100) throws -> Data {
        var s = stream(paths)
        var out = Data()
        try extractor.writeParts(&s, parallel: parallel, batchBytes: batchBytes) { out.append($0) }
        return out
    }

    /// The extraction's JSON with each article's origin (the file and line it was read from) left out.
    private func json(_ extraction: Extraction) throws -> String {
        var e = extraction
        for i in e.articles.indices { e.articles[i].origin = "" }
        return String(decoding: try e.jsonData(), as: UTF8.self)
    }

    @Test func oneLinePerArticleInInputOrderAndParallelIsSerialByteForByte() throws {
        try withTemporaryFolder { folder in
            let whole = try folder.write("whole.jsonl", Self.corpus.joined(separator: "\n") + "\n")
            let parallel = try parts(of: [whole], parallel: true, batchBytes: 1 << 20)
            let serial = try parts(of: [whole], parallel: false)
            #expect(parallel == serial)
            let lines = String(decoding: parallel, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == Self.corpus.count + 1 && lines.last == "")
            #expect(lines.dropLast().allSatisfy { $0.hasPrefix(#"{"stakegraph-extracted":1,"#) })
            // Ids as written: the repeated "p1" is made unique only where the parts are read together.
            let ids = try lines.dropLast().map { line -> String in
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                return try #require((object["article"] as? [String: Any])?["id"] as? String)
            }
            #expect(ids == ["p1", "p2", "p3", "p1", "p5", "p6"])
        }
    }

    @Test(arguments: [[0, 1, 2], [2, 0, 1], [1, 2, 0]])
    func partsInAnyOrderLinkAsOneRunOverTheWholeCorpus(order: [Int]) throws {
        try withTemporaryFolder { folder in
            let whole = try folder.write("whole.jsonl", Self.corpus.joined(separator: "\n") + "\n")
            var expectedStream = ArticleStream(paths: [whole])
            let expected = try Extractor().extract(&expectedStream)
            // Split as Spark splits a text file: consecutive ranges, numbered in order.
            let ranges = [0..<2, 2..<3, 3..<6]
            var partPaths: [String] = []
            for (n, range) in ranges.enumerated() {
                let input = try folder.write("in-\(n).jsonl", Self.corpus[range].joined(separator: "\n") + "\n")
                partPaths.append(try folder.write("out/part-0000\(n)", String(decoding: try parts(of: [input]), as: UTF8.self)))
            }
            let given = order.map { partPaths[$0] } + [try folder.write("out/part-00003", "")] // an empty partition
            let selected = try #require(try PartFiles.select(given))
            #expect(selected == partPaths) // the empty part holds nothing to read
            var warnings: [InputWarning] = []
            let merged = try Extractor().extract(parts: selected, warnings: &warnings)
            #expect(warnings.isEmpty)
            #expect(merged.articles.map(\.id) == ["p1", "p2", "p3", "p1#2", "p5", "p6"])
            #expect(try json(merged) == json(expected))
            #expect(merged.entities.contains { $0.id.hasPrefix("org:") && $0.aliases.contains("HWU") })
        }
    }

    @Test func partsAreOrderedByTheirNumbersNotTheirSpelling() {
        let paths = ["out/part-10", "out/part-9", "out/part-00002", "a/part-100"]
        #expect(paths.sorted(by: PartFiles.naturalOrder) == ["a/part-100", "out/part-00002", "out/part-9", "out/part-10"])
    }

    @Test func aSparkOutputFolderStandsForItsParts() throws {
        try withTemporaryFolder { folder in
            let article = try folder.write("a.jsonl", Self.corpus[0] + "\n" + Self.corpus[1] + "\n")
            let lines = String(decoding: try parts(of: [article]), as: UTF8.self).split(separator: "\n")
            let second = try folder.write("out/part-00010", lines[1] + "\n")
            let first = try folder.write("out/part-00002", lines[0] + "\n")
            try folder.write("out/part-00011", "")
            try folder.write("out/_SUCCESS", "")
            try folder.write("out/.part-00002.crc", "crc")
            #expect(try PartFiles.select([folder.path("out")]) == [first, second])
            try folder.write("out/notes.md", "Hester Quill met Anton Varga.")
            #expect(throws: InputError.self) { try PartFiles.select([folder.path("out")]) }
        }
    }

    @Test func partsMixedWithArticlesAreRefused() throws {
        try withTemporaryFolder { folder in
            let article = try folder.write("a.jsonl", Self.corpus[0] + "\n")
            let part = try folder.write("part-00000", String(decoding: try parts(of: [article]), as: UTF8.self))
            #expect(try PartFiles.select([article]) == nil)
            #expect(throws: InputError.partsMixedWithArticles(part: part, other: article)) { try PartFiles.select([part, article]) }
        }
    }

    @Test func aBadLineIsNamedByFileAndLine() throws {
        try withTemporaryFolder { folder in
            let article = try folder.write("a.jsonl", Self.corpus[0] + "\n" + Self.corpus[1] + "\n")
            let good = String(decoding: try parts(of: [article]), as: UTF8.self)
            let truncated = good.split(separator: "\n")[0] + "\n" + good.split(separator: "\n")[1].prefix(80) + "\n"
            let part = try folder.write("part-00000", String(truncated))
            var warnings: [InputWarning] = []
            #expect(throws: InputError.malformedPart(path: part, line: 2, reason: "not valid JSON")) {
                try Extractor().extract(parts: [part], warnings: &warnings)
            }
        }
    }

    @Test func partsOfAnotherDictionaryAreRefused() throws {
        try withTemporaryFolder { folder in
            let article = try folder.write("a.jsonl", Self.corpus[0] + "\n")
            let part = try folder.write("part-00000", String(decoding: try parts(of: [article]), as: UTF8.self))
            var dictionary = StakeholderDictionary.standard
            dictionary.add(organisation: .init(name: "Quayside Ferries", kind: "company"))
            var warnings: [InputWarning] = []
            do {
                _ = try Extractor(dictionary: dictionary).extract(parts: [part], warnings: &warnings)
                Issue.record("a part of another dictionary was linked")
            } catch let error as InputError {
                #expect(error.description.hasPrefix("\(part):1: not an extracted article"))
                #expect(error.description.contains("another stakeholder dictionary"))
            }
            // Read for their articles only (`ingest` extracts them again), any dictionary will do.
            let articles = try PartFiles.articles([part], warnings: &warnings)
            #expect(articles.map(\.id) == ["p1"] && articles[0].text.hasPrefix("The Harbour Workers Union"))
        }
    }
}
