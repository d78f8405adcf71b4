import Foundation
import Testing
@testable import StakegraphExtraction

/// Accuracy on the real dev articles (../shared/corpus/dev), as floors under the last
/// measured figures (Docs/extraction.md), so that a change that loses real-text accuracy
/// fails; skipped where the corpus is absent.
@Suite struct DevCorpusTests {
    static let dev = sharedFolder.appendingPathComponent("corpus/dev")
    static let haveDev = directoryExists(dev.appendingPathComponent("articles")) && directoryExists(dev.appendingPathComponent("gold"))

    @Test(.enabled(if: haveDev, "needs ../shared/corpus/dev"))
    func realArticlesKeepTheirAccuracy() throws {
        let loaded = try ArticleLoader().load(paths: [Self.dev.appendingPathComponent("articles").path])
        let extraction = Extractor().extract(loaded.articles)
        let report = Evaluator().evaluate(extraction, gold: try GoldFile.load(Self.dev.appendingPathComponent("gold").path))
        let table = report.table(verbose: false)
        #expect(report.entities.f1 >= 0.97, "\(table)")
        #expect(report.interactions.f1 >= 0.74, "\(table)")
        #expect(report.interactions.precision >= 0.83, "\(table)")
        #expect(report.pairs.f1 >= 0.78, "\(table)")
    }
}
