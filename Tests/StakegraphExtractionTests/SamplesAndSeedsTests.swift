import Foundation
import Testing
@testable import StakegraphExtraction

/// Accuracy on the hand-annotated seeds (../shared) and Samples, and the shape of the JSON.
@Suite struct SamplesAndSeedsTests {
    static let seeds = sharedFolder.appendingPathComponent("seeds")
    static let seedGold = sharedFolder.appendingPathComponent("gold")
    static let sampleArticles = packageRoot.appendingPathComponent("Samples/articles")
    static let sampleGold = packageRoot.appendingPathComponent("Samples/gold")
    static let haveSeeds = directoryExists(seeds) && directoryExists(seedGold)
    static let haveSamples = directoryExists(sampleArticles) && directoryExists(sampleGold)

    private func evaluate(articles: URL, gold: URL) throws -> (Evaluator.Report, Extraction) {
        let loaded = try ArticleLoader().load(paths: [articles.path])
        let extraction = Extractor().extract(loaded.articles)
        let report = Evaluator().evaluate(extraction, gold: try GoldFile.load(gold.path))
        return (report, extraction)
    }

    @Test(.enabled(if: haveSeeds, "needs ../shared/seeds and ../shared/gold"))
    func seedsAreExtractedAccurately() throws {
        let (report, _) = try evaluate(articles: Self.seeds, gold: Self.seedGold)
        let table = report.table(verbose: true)
        #expect(report.unmatchedGold.isEmpty, "\(table)")
        #expect(report.entities.f1 >= 0.95, "\(table)")
        #expect(report.interactions.f1 >= 0.85, "\(table)")
        #expect(report.dateAccuracy >= 0.9, "\(table)")
    }

    @Test(.enabled(if: haveSamples, "needs Samples/articles and Samples/gold"))
    func samplesAreExtractedAccurately() throws {
        let (report, _) = try evaluate(articles: Self.sampleArticles, gold: Self.sampleGold)
        let table = report.table(verbose: true)
        #expect(report.unmatchedGold.isEmpty, "\(table)")
        #expect(report.entities.f1 >= 0.90, "\(table)")
        #expect(report.interactions.f1 >= 0.80, "\(table)")
    }

    @Test(.enabled(if: haveSamples, "needs Samples/articles and Samples/gold"))
    func everySampleHasAGoldFileAndParses() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.sampleArticles.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(!names.isEmpty)
        let golds = Dictionary(try GoldFile.load(Self.sampleGold.path).map { ($0.article, $0) }, uniquingKeysWith: { a, _ in a })
        for name in names {
            let path = Self.sampleArticles.appendingPathComponent(name).path
            let result = try ArticleLoader().load(paths: [path])
            #expect(result.articles.count == 1, "\(name)")
            #expect(result.warnings.isEmpty, "\(name): \(result.warnings)")
            #expect(result.articles.first?.date != nil, "\(name) has no date")
            let gold = try #require(golds[name], "no gold file for \(name)")
            #expect(!gold.entities.isEmpty, "\(name)")
            let goldFile = Self.sampleGold.appendingPathComponent((name as NSString).deletingPathExtension + ".json")
            #expect(FileManager.default.fileExists(atPath: goldFile.path), "\(name): gold file is not named after it")
        }
        #expect(golds.count == names.count)
    }

    @Test(.enabled(if: haveSeeds, "needs ../shared/seeds"))
    func extractionJSONCarriesEveryFieldOfTheGuide() throws {
        let articles = try ArticleLoader().load(paths: [Self.seeds.path]).articles
        let data = try Extractor().extract(articles).jsonData()
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entities = try #require(root["entities"] as? [[String: Any]])
        let interactions = try #require(root["interactions"] as? [[String: Any]])
        let summaries = try #require(root["articles"] as? [[String: Any]])
        #expect(!entities.isEmpty && !interactions.isEmpty)
        #expect(Set(summaries.compactMap { $0["id"] as? String }) == Set(articles.map(\.id)))

        var ids = Set<String>()
        for entity in entities {
            let id = try #require(entity["id"] as? String, "\(entity)")
            ids.insert(id)
            #expect(entity["name"] is String, "\(entity)")
            #expect(["person", "organisation"].contains(entity["kind"] as? String), "\(entity)")
            #expect(entity["aliases"] is [String], "\(entity)")
        }
        #expect(ids.count == entities.count, "entity ids are unique")

        let articleIDs = Set(articles.map(\.id))
        let texts = Dictionary(articles.map { ($0.id, Array($0.text.unicodeScalars)) }, uniquingKeysWith: { a, _ in a })
        for interaction in interactions {
            let source = try #require(interaction["source"] as? String)
            let target = try #require(interaction["target"] as? String)
            #expect(ids.contains(source) && ids.contains(target), "\(interaction)")
            #expect(source != target)
            #expect(InteractionType.allCases.map(\.rawValue).contains(interaction["type"] as? String ?? ""), "\(interaction)")
            // The date is always present: a string in one of the guide's forms, or null.
            #expect(interaction.keys.contains("date"), "\(interaction)")
            if let date = interaction["date"], !(date is NSNull) {
                #expect((date as? String).flatMap { EventDate(string: $0) } != nil, "\(interaction)")
            }
            let article = try #require(interaction["article"] as? String)
            #expect(articleIDs.contains(article))
            let evidence = try #require(interaction["evidence"] as? [String: Any], "\(interaction)")
            let sentence = try #require(evidence["sentence"] as? String)
            let start = try #require(evidence["start"] as? Int)
            let end = try #require(evidence["end"] as? Int)
            let scalars = try #require(texts[article])
            #expect(0 <= start && start < end && end <= scalars.count)
            if 0 <= start && start < end && end <= scalars.count {
                var piece = ""
                piece.unicodeScalars.append(contentsOf: scalars[start..<end])
                #expect(piece == sentence)
            }
        }
    }

    @Test(.enabled(if: haveSeeds, "needs ../shared/seeds"))
    func extractionRoundTripsThroughItsJSON() throws {
        let articles = try ArticleLoader().load(paths: [Self.seeds.path]).articles
        let extraction = Extractor().extract(articles)
        let data = try extraction.jsonData()
        #expect(try Extraction.decode(from: data) == extraction)
        // Stable output: the same input gives the same bytes.
        #expect(try Extractor().extract(articles).jsonData() == data)
    }
}
