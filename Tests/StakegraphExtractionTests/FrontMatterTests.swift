import Foundation
import Testing
@testable import StakegraphExtraction

/// The optional `---` block at the top of a text article, and its errors with their lines.
@Suite struct FrontMatterTests {
    /// Loads one file written with `text` and returns its article, or throws the loader's error.
    private func load(_ text: String, name: String = "story.md", usDates: Bool = false) throws -> (Article, String) {
        try withTemporaryFolder { folder in
            let file = try folder.write(name, text)
            let result = try ArticleLoader(usDates: usDates).load(paths: [file])
            return (try #require(result.articles.first), file)
        }
    }

    /// The error loading `text` throws, with the path it was written at.
    private func error(loading text: String) throws -> (InputError?, String) {
        try withTemporaryFolder { folder in
            let file = try folder.write("story.md", text)
            do {
                _ = try ArticleLoader().load(paths: [file])
                return (nil, file)
            } catch let error as InputError {
                return (error, file)
            }
        }
    }

    @Test func fieldsAreReadAndTheBodyFollowsTheBlock() throws {
        let text = """
        ---
        title: Library saved after late vote
        date: 2024-02-20
        outlet: Valley Courier
        source: https://example.org/library
        ---
        Imogen Tarrant welcomed the vote.
        """
        let (article, _) = try load(text)
        #expect(article.title == "Library saved after late vote")
        #expect(article.date == EventDate(string: "2024-02-20"))
        #expect(article.outlet == "Valley Courier")
        #expect(article.source == "https://example.org/library")
        #expect(article.text == "Imogen Tarrant welcomed the vote.")
        #expect(article.id == "story.md")
    }

    /// A `*` word is no YAML alias here: the plain `key: value` reading keeps the title.
    @Test func anAsteriskTitleIsATitle() throws {
        let (article, _) = try load("---\ntitle: *Breaking* council news\ndate: 2024-03-01\n---\nThe council met.\n")
        #expect(article.title == "*Breaking* council news")
        #expect(article.date == EventDate(string: "2024-03-01"))
    }

    @Test func idFieldOverridesTheFileName() throws {
        let (article, _) = try load("---\nid: library-vote\n---\nBody text.\n")
        #expect(article.id == "library-vote")
    }

    @Test func withoutFrontMatterTheTitleIsTheFirstLine() throws {
        let (article, _) = try load("Library saved after late vote\n\nImogen Tarrant welcomed the vote.\n", name: "plain.txt")
        #expect(article.title == "Library saved after late vote")
        #expect(article.date == nil)
    }

    @Test(arguments: [
        ("2024-02-20", "2024-02-20"),
        ("2024-02-20T09:30:00Z", "2024-02-20"),
        ("20/02/2024", "2024-02-20"),
        ("2024-02", "2024-02"),
        ("2024", "2024"),
    ])
    func frontMatterDateForms(raw: String, expected: String) throws {
        let (article, _) = try load("---\ndate: \(raw)\n---\nBody.\n")
        #expect(article.date == EventDate(string: expected))
    }

    @Test func frontMatterDateWinsOverADateline() throws {
        let (article, _) = try load("---\ndate: 2024-02-20\n---\nValley Courier: 08/01/2024 - 10:20\nBody.\n")
        #expect(article.date == EventDate(string: "2024-02-20"))
    }

    @Test func windowsLineEndingsAreAccepted() throws {
        let (article, _) = try load("---\r\ntitle: Crlf\r\ndate: 2024-02-20\r\n---\r\nBody line.\r\n")
        #expect(article.title == "Crlf")
        #expect(article.date == EventDate(string: "2024-02-20"))
        #expect(!article.text.contains("\r"))
    }

    @Test func unclosedBlockIsMalformedAtLineOne() throws {
        let (error, file) = try error(loading: "---\ntitle: Never closed\ndate: 2024-02-20\nBody.\n")
        guard case .malformedFrontMatter(let path, let line, _)? = error else {
            Issue.record("expected .malformedFrontMatter, got \(String(describing: error))")
            return
        }
        #expect(path == file)
        #expect(line == 1)
    }

    @Test func listInsteadOfMappingIsMalformed() throws {
        let (error, file) = try error(loading: "---\n- first\n- second\n---\nBody.\n")
        guard case .malformedFrontMatter(let path, let line, let reason)? = error else {
            Issue.record("expected .malformedFrontMatter, got \(String(describing: error))")
            return
        }
        #expect(path == file)
        #expect(line == 2)
        #expect(reason.contains("key: value"))
    }

    @Test func badYAMLLineIsMalformedAtThatLine() throws {
        // Line 4 of the file is a stray list item, neither YAML here nor a `key: value` line.
        // (A second colon in a value, as in "title: Delays: why", is accepted as plain `key: value`.)
        let (error, file) = try error(loading: "---\ntitle: Fine\noutlet: Valley Courier\n- stray\n---\nBody.\n")
        guard case .malformedFrontMatter(let path, let line, _)? = error else {
            Issue.record("expected .malformedFrontMatter, got \(String(describing: error))")
            return
        }
        #expect(path == file)
        #expect(line == 4)
        let description = try #require(error).description
        #expect(description.hasPrefix("\(file):4: malformed front matter"))
        #expect(!description.contains("\n"))
    }

    @Test func nestedValueIsMalformedAtItsKey() throws {
        let (error, _) = try error(loading: "---\ntitle: Fine\ntags:\n  - roads\n  - rail\n---\nBody.\n")
        guard case .malformedFrontMatter(_, let line, let reason)? = error else {
            Issue.record("expected .malformedFrontMatter, got \(String(describing: error))")
            return
        }
        #expect(line == 3)
        #expect(reason.contains("tags"))
    }

    @Test(arguments: [
        ("---\ndate: 31/02/2024\n---\nBody.\n", 2, "31/02/2024"),
        ("---\ntitle: A title\noutlet: Valley Courier\ndate: next Tuesday\n---\nBody.\n", 4, "next Tuesday"),
        ("---\ntitle: A title\ndate: 2024-13-01\nsource: https://example.org\n---\nBody.\n", 3, "2024-13-01"),
    ])
    func badDateIsReportedWithItsLine(text: String, line: Int, value: String) throws {
        let (error, file) = try error(loading: text)
        #expect(error == .badDate(path: file, line: line, value: value))
    }

    @Test func emptyBlockIsAllowed() throws {
        let (article, _) = try load("---\n---\nJust the body.\n")
        #expect(article.text == "Just the body.\n")
        #expect(article.date == nil)
    }
}
