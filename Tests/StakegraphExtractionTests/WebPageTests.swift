import Foundation
import Testing
@testable import StakegraphExtraction

/// Saved web pages read as articles: the body without the page's furniture, and the metadata.
@Suite struct WebPageTests {
    /// A page with every kind of furniture around a three-paragraph story.
    static let page = """
    <!DOCTYPE html>
    <html><head><title>Ferry fares frozen | Lowmoor Gazette</title>
    <script>var secret = "tracking text that is not news";</script>
    <style>p { color: black; }</style></head>
    <body>
    <div id="cookie-consent">This site uses cookies. Accept or manage your choices.</div>
    <nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/weather">Weather</a></nav>
    <article>
      <h1>Ferry fares frozen</h1>
      <div class="share-buttons"><a href="#">Share on social media</a> <a href="#">Email a friend</a></div>
      <p>The Lowmoor Ferry Company has frozen its fares for another year after talks with the Islanders Association.</p>
      <p>"This gives families some certainty," said Rosalind Petrakis, who chairs the association. "We asked, and they listened."</p>
      <script>document.write("script text inside the story");</script>
      <p>The company said fuel costs had fallen since the spring, and that timetables would stay as they are.</p>
    </article>
    <div class="related-articles"><h3>Related</h3><ul>
      <li><a href="/1">Harbour wall repairs begin next month on the east quay</a></li>
      <li><a href="/2">New bus route links the ferry terminal to the station</a></li></ul></div>
    <div id="comments"><p>Great news for all of us who cross every day to work on the mainland.</p></div>
    <footer><p>Copyright Lowmoor Gazette. All rights reserved.</p></footer>
    </body></html>
    """

    static func body(_ html: String) throws -> String {
        ArticleBodyExtractor().body(of: try HTMLDocument(data: Data(html.utf8)))
    }

    static func metadata(_ html: String) throws -> PageMetadata {
        PageMetadata(document: try HTMLDocument(data: Data(html.utf8)))
    }

    @Test func furnitureIsLeftOutOfTheBody() throws {
        let body = try Self.body(Self.page)
        #expect(body.contains("The Lowmoor Ferry Company has frozen its fares"))
        #expect(body.contains("timetables would stay as they are."))
        for furniture in ["cookies", "Home", "Share on social media", "Harbour wall", "Great news", "Copyright", "Related"] {
            #expect(!body.contains(furniture), "\(furniture) should not be in the body")
        }
    }

    @Test func paragraphsAreSeparatedByABlankLineAndQuotesSurvive() throws {
        let paragraphs = try Self.body(Self.page).components(separatedBy: "\n\n")
        #expect(paragraphs.contains("\"This gives families some certainty,\" said Rosalind Petrakis, who chairs the association. \"We asked, and they listened.\""))
        #expect(paragraphs.contains { $0.hasPrefix("The company said fuel costs") })
        #expect(!paragraphs.contains { $0.contains("\n") })
    }

    @Test func scriptAndStyleTextIsNeverInTheBody() throws {
        let body = try Self.body(Self.page)
        #expect(!body.contains("tracking text"))
        #expect(!body.contains("script text inside the story"))
        #expect(!body.contains("color: black"))
    }

    @Test func headingsListsAndQuotesInsideTheArticleAreKept() throws {
        let html = """
        <html><body><div class="post-content">
        <p>The Ashgrove Rowing Club has opened its boathouse to schools, its captain Devi Marchetti announced on Friday.</p>
        <h2>What pupils will learn</h2>
        <ul><li>How to row safely on the lower river, with a coach in every boat.</li>
        <li>How to care for the boats and the oars after every outing on the water.</li></ul>
        <blockquote>Every child in the valley should be able to try the river, whatever their school.</blockquote>
        <p>The club will lend boats free of charge until the end of the summer term, the captain said.</p>
        </div></body></html>
        """
        let paragraphs = try Self.body(html).components(separatedBy: "\n\n")
        #expect(paragraphs.contains("What pupils will learn"))
        #expect(paragraphs.contains("How to row safely on the lower river, with a coach in every boat."))
        #expect(paragraphs.contains("Every child in the valley should be able to try the river, whatever their school."))
    }

    @Test func aWrapperThatHoldsMostOfThePageIsNeverFurniture() throws {
        // A whole page inside one <form>, under a <body> whose class names a sidebar.
        let html = """
        <html><body class="layout-with-sidebar"><form id="page-form"><div class="story">
        <p>The Orchard Lane Residents Group has asked Brackley Council to replace the broken street lights.</p>
        <p>"Our members no longer walk home after dark," said its secretary, Leona Farrow, at a meeting on Tuesday.</p>
        </div><div class="sidebar"><a href="/x">Most read</a></div></form></body></html>
        """
        let body = try Self.body(html)
        #expect(body.hasPrefix("The Orchard Lane Residents Group"))
        #expect(body.contains("said its secretary, Leona Farrow"))
        #expect(!body.contains("Most read"))
    }

    @Test func runsOfTeaserCardsAndStrayScrapsAreLeftOut() throws {
        let card = { (title: String) in
            "<div class=\"card\"><h3><a href=\"/t\">\(title)</a></h3><p>A short summary of another story, with a comma, for the reader.</p></div>"
        }
        let html = """
        <html><body><div class="page">
        <div class="story"><div>Text size</div>
        <p>The Hollins Bay Sailing Club has won its appeal against the harbour authority's new mooring fees.</p>
        <p>The club's commodore, Ottilie Brandt, said the ruling would keep the club open for young sailors.</p>
        <p>The harbour authority said it would study the ruling before deciding whether to appeal it.</p></div>
        <div class="more-stories">\(card("Tide tables revised"))\(card("Pier lights restored"))\(card("Beach huts repainted"))</div>
        </div></body></html>
        """
        let body = try Self.body(html)
        #expect(body.hasPrefix("The Hollins Bay Sailing Club"))
        #expect(body.hasSuffix("whether to appeal it."))
        #expect(!body.contains("Text size"))
        #expect(!body.contains("A short summary"))
    }

    @Test func metadataFromMetaElementsAndLinks() throws {
        let meta = try Self.metadata("""
        <html><head><title>Ignored | Site</title>
        <meta property="og:title" content="Quarry plan withdrawn">
        <meta property="og:site_name" content="Fenbridge Echo">
        <meta property="article:published_time" content="2023-11-04T09:00:00Z">
        <meta name="author" content="Ines Abernathy">
        <link rel="canonical" href="https://fenbridge-echo.example/quarry-plan"></head><body><p>Text.</p></body></html>
        """)
        #expect(meta.title == "Quarry plan withdrawn")
        #expect(meta.outlet == "Fenbridge Echo")
        #expect(meta.date == ArticleDate.parse("2023-11-04"))
        #expect(meta.dateSource == .publishedTime)
        #expect(meta.author == "Ines Abernathy")
        #expect(meta.url == "https://fenbridge-echo.example/quarry-plan")
    }

    @Test func metadataFromJSONLD() throws {
        let meta = try Self.metadata("""
        <html><head><script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "x"},
         {"@type": "NewsArticle", "headline": "Library hours extended", "datePublished": "2022-06-30",
          "author": [{"@type": "Person", "name": "Kofi Lindqvist"}, {"@type": "Person", "name": "Mara Osei"}],
          "publisher": {"@type": "Organization", "name": "Westvale Post"}}]}
        </script></head><body><p>Text.</p></body></html>
        """)
        #expect(meta.title == "Library hours extended")
        #expect(meta.date == ArticleDate.parse("2022-06-30"))
        #expect(meta.dateSource == .jsonLD)
        #expect(meta.author == "Kofi Lindqvist, Mara Osei")
        #expect(meta.outlet == "Westvale Post")
    }

    @Test func dateFromATimeElementThenTheURLPath() throws {
        let timed = try Self.metadata("<html><body><time datetime=\"2021-02-15T10:00\">15 Feb</time><p>Text.</p></body></html>")
        #expect(timed.date == ArticleDate.parse("2021-02-15"))
        #expect(timed.dateSource == .timeElement)
        let dated = try Self.metadata("<html><head><link rel=\"canonical\" href=\"https://news.example/local/2020/09/07/fair\"></head><body><p>Text.</p></body></html>")
        #expect(dated.date == ArticleDate.parse("2020-09-07"))
        #expect(dated.dateSource == .urlPath)
        let undated = try Self.metadata("<html><head><link rel=\"canonical\" href=\"https://news.example/local/fair\"></head><body><p>Text.</p></body></html>")
        #expect(undated.date == nil && undated.dateSource == nil)
    }

    @Test func aDatelineDatesAPageWithoutMetadata() throws {
        try withTemporaryFolder { folder in
            let file = try folder.write("fair.html", """
            <html><body><article><p>Kelsham, 12/04/2024 - The Kelsham Fair Committee has thanked volunteers for a record year of stalls and visitors.</p>
            <p>The committee said the fair raised more for local charities than in any year before, and thanked the stallholders.</p></article></body></html>
            """)
            let article = try #require(try ArticleLoader().load(paths: [file]).articles.first)
            #expect(article.date == ArticleDate.parse("2024-04-12"))
            #expect(article.dateSource == .dateline)
            #expect(article.id == "fair.html")
        }
    }

    @Test func aFolderOfPagesIsReadWithTheirMetadata() throws {
        try withTemporaryFolder { folder in
            try folder.write("pages/ferry.html", Self.page)
            let result = try ArticleLoader().load(paths: [folder.path("pages")])
            let article = try #require(result.articles.first)
            #expect(article.title == "Ferry fares frozen")
            #expect(article.text.hasPrefix("The Lowmoor Ferry Company"))
            #expect(result.warnings.isEmpty)
        }
    }

    @Test func filesAFolderDoesNotReadAreCountedInOneWarning() throws {
        try withTemporaryFolder { folder in
            try folder.write("in/story.html", Self.page)
            try folder.write("in/note.txt", "The Pelham Choir thanked Norbury Council for the hall.\n")
            try folder.write("in/scan.pdf", "%PDF")
            try folder.write("in/sub/other.pdf", "%PDF")
            try folder.write("in/table.csv", "a,b\n")
            let result = try ArticleLoader().load(paths: [folder.path("in")])
            #expect(result.articles.count == 2)
            #expect(result.warnings.count == 1)
            #expect(result.warnings.first?.description == "\(folder.path("in")): warning: skipped 2 .pdf, 1 .csv (not article files)")
        }
    }

    @Test func bytesWithoutElementsAreOneErrorNamingTheFile() throws {
        try withTemporaryFolder { folder in
            let empty = try folder.write("empty.html", "")
            #expect(throws: InputError.notAWebPage(path: empty, reason: HTMLError.noElements.description)) {
                try ArticleLoader().load(paths: [empty])
            }
            let binary = try folder.write("binary.html", bytes: [0x3C, 0x70, 0x3E, 0x00, 0x01])
            #expect(throws: InputError.binaryFile(path: binary, offset: 3)) {
                try ArticleLoader().load(paths: [binary])
            }
            #expect(InputError.notAWebPage(path: empty, reason: HTMLError.noElements.description).description
                == "\(empty): not a readable web page: holds no HTML elements")
        }
    }

    @Test func aPageWithoutArticleTextIsSkippedWithAWarning() throws {
        try withTemporaryFolder { folder in
            let menu = try folder.write("menu.html", "<html><body><nav><a href=\"/\">Home</a></nav></body></html>")
            let text = try folder.write("note.txt", "The Pelham Choir thanked Norbury Council for the hall.\n")
            let result = try ArticleLoader().load(paths: [menu, text])
            #expect(result.articles.map(\.id) == ["note.txt"])
            #expect(result.warnings.map(\.description) == ["\(menu): warning: the page holds no article text; skipped"])
        }
    }
}
