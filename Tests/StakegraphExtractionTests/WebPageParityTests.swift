import Foundation
import Testing
@testable import StakegraphExtraction

/// A saved web page gives the same stakeholders and interactions as the same article as text
/// (issue 14): each of our Samples is wrapped in a page with navigation, sharing buttons,
/// related links, comments and a footer around its paragraphs, and both are extracted.
@Suite struct WebPageParityTests {
    /// The Samples folder of this package, found from this file's path.
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples/articles")

    /// The article as a page of our own: its title and date in the head, its paragraphs inside
    /// `<article>`, furniture all around.
    static func page(for article: Article) -> String {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        let paragraphs = article.text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        let body = paragraphs.map { "<p>\(escape($0).replacingOccurrences(of: "\n", with: " "))</p>" }.joined(separator: "\n")
        let title = escape(article.title ?? "Untitled")
        let date = article.date.map { "<meta property=\"article:published_time\" content=\"\($0)T09:00:00Z\">" } ?? ""
        return """
        <!DOCTYPE html>
        <html><head><title>\(title) | Harbour Courier</title>\(date)
        <script>window.analytics = "page view";</script></head>
        <body>
        <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
        <nav class="main-menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav>
        <article>
        <h1>\(title)</h1>
        <div class="share"><a href="#">Share on Facebook</a> <a href="#">Share by email</a></div>
        \(body)
        </article>
        <aside class="related"><h3>Related stories</h3><ul>
        <li><a href="/a">Harbour wall repairs begin on the east quay next month</a></li>
        <li><a href="/b">Bus route links the ferry terminal to the station</a></li>
        <li><a href="/c">Council opens consultation on new cycle lanes</a></li></ul></aside>
        <section id="comments"><h3>Comments</h3><p>Great news for everyone who crosses every day.</p></section>
        <footer><p>Copyright Harbour Courier. All rights reserved. Terms and privacy.</p></footer>
        </body></html>
        """
    }

    /// What is compared: entity names and kinds, and each interaction by its ends, type and date.
    static func summary(_ x: Extraction) -> (entities: Set<String>, interactions: Set<String>) {
        let names = Dictionary(uniqueKeysWithValues: x.entities.map { ($0.id, $0.name) })
        let entities = Set(x.entities.map { "\($0.kind.rawValue) \($0.name)" })
        let interactions = Set(x.interactions.map { "\(names[$0.source] ?? "?") \($0.type.rawValue) \(names[$0.target] ?? "?") \($0.date.map { "\($0)" } ?? "undated")" })
        return (entities, interactions)
    }

    @Test func eachSampleAsAPageGivesWhatItsTextGives() throws {
        let texts = try ArticleLoader().load(paths: [Self.samples.path]).articles
        #expect(texts.count >= 10)
        try withTemporaryFolder { folder in
            for article in texts {
                try folder.write("pages/" + (article.id as NSString).deletingPathExtension + ".html", Self.page(for: article))
            }
            let pages = try ArticleLoader().load(paths: [folder.path("pages")]).articles
            #expect(pages.count == texts.count)
            for text in texts {
                let name = (text.id as NSString).deletingPathExtension
                let page = try #require(pages.first { ($0.id as NSString).deletingPathExtension.hasSuffix(name) }, "no page for \(name)")
                #expect(page.date == text.date, "\(name)")
                let fromText = Self.summary(Extractor().extract([Article(id: name, date: text.date, text: text.text, origin: name)]))
                let fromPage = Self.summary(Extractor().extract([Article(id: name, date: page.date, text: page.text, origin: name)]))
                #expect(fromPage.entities == fromText.entities, "\(name): \(fromPage.entities.symmetricDifference(fromText.entities))")
                #expect(fromPage.interactions == fromText.interactions, "\(name): \(fromPage.interactions.symmetricDifference(fromText.interactions))")
            }
        }
    }
}
