import Foundation
import Testing
@testable import StakegraphExtraction

/// Every input kept in `Fuzz/regressions/<target>/` (crashes and disagreements the libFuzzer
/// targets found; see Docs/performance.md) goes through the same checks as its fuzz target.
@Suite struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz/regressions")

    static func inputs(_ target: String) -> [String] {
        let folder = root.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    @Test func everyTargetKeepsAtLeastOneRegressionFolder() {
        #expect(FileManager.default.fileExists(atPath: Self.root.path))
        #expect(!Self.inputs("extractor").isEmpty && !Self.inputs("json-lines").isEmpty)
    }

    @Test(arguments: inputs("front-matter"))
    func frontMatter(_ path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var warnings: [InputWarning] = []
        for usDates in [false, true] {
            do {
                _ = try ArticleLoader(usDates: usDates).parse(data: data, path: "fuzz.md", id: "fuzz", jsonLines: false, warnings: &warnings)
            } catch let error as InputError {
                #expect(error.description.hasPrefix("fuzz.md"))
            }
        }
    }

    /// Read whole and streamed from a file, a corpus gives the same articles or fails in both.
    @Test(arguments: inputs("json-lines"))
    func jsonLines(_ path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var warnings: [InputWarning] = []
        let whole = try? ArticleLoader().parse(data: data, path: path, id: "fuzz", jsonLines: true, warnings: &warnings)
        try withTemporaryFolder { folder in
            let file = try folder.write("fuzz.jsonl", bytes: Array(data))
            var stream = ArticleStream(paths: [file])
            var streamed: [Article]? = []
            do { while let batch = try stream.next(bytes: 1 << 10) { streamed! += batch } } catch { streamed = nil }
            #expect((whole ?? []).map(\.text) == (streamed ?? []).map(\.text))
        }
    }

    /// A page read whole, or one error (or warning) naming the file; gzip data or a gzip error.
    @Test(arguments: inputs("web-page"))
    func webPage(_ path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var warnings: [InputWarning] = []
        do {
            let article = try WebArticleReader().article(from: data, path: "fuzz.html", id: "fuzz", warnings: &warnings)
            #expect(article != nil || warnings.contains { $0.path == "fuzz.html" })
        } catch let error as InputError {
            #expect(error.description.hasPrefix("fuzz.html"))
        }
        #expect(throws: Gzip.Failure.self) { try Gzip.decompress(data) }
    }

    @Test(arguments: inputs("dictionary"))
    func dictionary(_ path: String) throws {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        guard let dictionary = try? StakeholderDictionary(yaml: text, path: "fuzz.yaml") else { return }
        var merged = StakeholderDictionary.standard
        merged.merge(dictionary)
        let extraction = Extractor(dictionary: merged).extract([Article(id: "a", text: "The union met the council on Monday.", origin: "fuzz")])
        #expect(extraction.articles.count == 1)
    }

    /// The text as an article (and its second half as another): serial and parallel agree.
    @Test(arguments: inputs("extractor"))
    func extractor(_ path: String) throws {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        let half = text.index(text.startIndex, offsetBy: text.count / 2)
        let articles = [Article(id: "a", date: .day(Day(year: 2024, month: 3, day: 15)), outlet: "Fuzz Post", text: text, origin: "fuzz"),
                        Article(id: "b", text: String(text[half...]), origin: "fuzz")]
        let serial = Extractor().extract(articles, parallel: false)
        #expect(serial == Extractor().extract(articles, parallel: true))
        #expect(try !serial.jsonData().isEmpty)
    }
}
