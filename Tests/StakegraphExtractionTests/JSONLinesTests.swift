import Foundation
import Testing
@testable import StakegraphExtraction

/// JSON Lines corpora: one article per line, errors naming the line.
@Suite struct JSONLinesTests {
    private func parse(_ corpus: String, path: String = "/corpus/news.jsonl") throws -> [Article] {
        var warnings: [InputWarning] = []
        let articles = try ArticleLoader().parse(data: Data(corpus.utf8), path: path, id: "news.jsonl", jsonLines: true, warnings: &warnings)
        #expect(warnings.isEmpty)
        return articles
    }

    private func error(parsing corpus: String) -> InputError? {
        do {
            _ = try parse(corpus)
            return nil
        } catch {
            return error as? InputError
        }
    }

    @Test func recordsBecomeArticlesWithTheirFields() throws {
        let corpus = """
        {"id": "a1", "title": "Library vote", "date": "2024-02-20", "url": "https://example.org/a1", "outlet": "Valley Courier", "text": "Imogen Tarrant welcomed the vote."}
        {"id": "a2", "text": "Desmond Ferrier spoke."}
        """
        let articles = try parse(corpus)
        #expect(articles.map(\.id) == ["a1", "a2"])
        let first = try #require(articles.first)
        #expect(first.title == "Library vote")
        #expect(first.date == EventDate(string: "2024-02-20"))
        #expect(first.source == "https://example.org/a1")
        #expect(first.outlet == "Valley Courier")
        #expect(first.text == "Imogen Tarrant welcomed the vote.")
        #expect(first.origin == "/corpus/news.jsonl:1")
        #expect(articles[1].origin == "/corpus/news.jsonl:2")
    }

    /// Found by the fuzzer: "\r\n" is one Swift Character, so splitting on the Character "\n"
    /// read a Windows-written corpus as one line.
    @Test func windowsLineEndingsSeparateRecords() throws {
        let corpus = "{\"id\": \"a1\", \"text\": \"Imogen Tarrant spoke.\"}\r\n{\"id\": \"a2\", \"text\": \"Desmond Ferrier spoke.\"}\r\n"
        let articles = try parse(corpus)
        #expect(articles.map(\.id) == ["a1", "a2"])
        #expect(articles[1].origin == "/corpus/news.jsonl:2")
    }

    /// Streamed from a file in small batches, a corpus gives the articles a whole read gives.
    @Test func streamingGivesTheSameArticlesAsAWholeRead() throws {
        let corpus = (1...50).map { "{\"id\": \"a\($0)\", \"date\": \"2024-02-\(String(format: "%02d", $0 % 28 + 1))\", \"text\": \"Story \($0) \\u2014 r\u{E9}sum\u{E9}.\"}" }
            .joined(separator: "\n\n")
        let whole = try parse(corpus)
        try withTemporaryFolder { folder in
            let path = try folder.write("news.jsonl", corpus)
            var stream = ArticleStream(paths: [path])
            var streamed: [Article] = []
            var batches = 0
            while let batch = try stream.next(bytes: 100) { streamed += batch; batches += 1 }
            #expect(batches > 1)
            #expect(streamed.map(\.id) == whole.map(\.id))
            #expect(streamed.map(\.text) == whole.map(\.text))
            #expect(streamed.map(\.date) == whole.map(\.date))
        }
    }

    @Test func blankLinesAreSkippedButStillCounted() throws {
        let corpus = "\n" + #"{"text": "First."}"# + "\n   \n\n" + #"{"text": "Second."}"# + "\n\n"
        let articles = try parse(corpus)
        #expect(articles.map(\.text) == ["First.", "Second."])
        // Without an id, a record is named after its file and line.
        #expect(articles.map(\.id) == ["news.jsonl:2", "news.jsonl:5"])
    }

    @Test func numericIDsAreAccepted() throws {
        let articles = try parse(#"{"id": 42, "text": "Numbered."}"# + "\n" + #"{"id": "43", "text": "Texted."}"#)
        #expect(articles.map(\.id) == ["42", "43"])
    }

    @Test func datelineInTheTextDatesARecordWithoutDate() throws {
        let articles = try parse(#"{"text": "Valley Courier: 08/01/2024 - 10:20\nImogen Tarrant spoke."}"#)
        #expect(articles.first?.date == EventDate(string: "2024-01-08"))
    }

    @Test func malformedLineIsReportedWithItsNumber() {
        let corpus = #"{"text": "Fine."}"# + "\n\n" + #"{"text": "Broken", "#  + "\n" + #"{"text": "Never read."}"#
        let error = error(parsing: corpus)
        guard case .malformedJSONLines(let path, let line, let reason)? = error else {
            Issue.record("expected .malformedJSONLines, got \(String(describing: error))")
            return
        }
        #expect(path == "/corpus/news.jsonl")
        #expect(line == 3)
        #expect(reason.contains("not valid JSON"))
        #expect(error?.description.hasPrefix("/corpus/news.jsonl:3: ") == true)
        #expect(error?.description.contains("\n") == false)
    }

    @Test func lineThatIsNoObjectIsMalformed() {
        let error = error(parsing: #"{"text": "Fine."}"# + "\n" + #"["a", "list"]"#)
        guard case .malformedJSONLines(_, let line, _)? = error else {
            Issue.record("expected .malformedJSONLines, got \(String(describing: error))")
            return
        }
        #expect(line == 2)
    }

    @Test(arguments: [
        #"{"id": "x", "title": "No text"}"#,
        #"{"id": "x", "text": ""}"#,
        #"{"id": "x", "text": "   \n "}"#,
    ])
    func missingOrEmptyTextIsMalformed(record: String) {
        let error = error(parsing: #"{"text": "Fine."}"# + "\n" + record)
        #expect(error == .malformedJSONLines(path: "/corpus/news.jsonl", line: 2, reason: "missing or empty 'text'"))
    }

    @Test(arguments: [
        (#"{"text": "Body.", "title": 12}"#, "title"),
        (#"{"text": 7}"#, "text"),
        (#"{"text": "Body.", "date": ["2024-01-01"]}"#, "date"),
        (#"{"text": "Body.", "id": true}"#, "id"),
    ])
    func fieldOfTheWrongTypeIsMalformedNamingTheField(record: String, field: String) {
        let error = error(parsing: record)
        guard case .malformedJSONLines(_, let line, let reason)? = error else {
            Issue.record("expected .malformedJSONLines, got \(String(describing: error))")
            return
        }
        #expect(line == 1)
        #expect(reason.contains(field))
    }

    @Test func badDateIsReportedWithItsLine() {
        let corpus = #"{"text": "Fine.", "date": "2024-02-20"}"# + "\n" + #"{"text": "Body.", "date": "the 30th of February"}"#
        #expect(error(parsing: corpus) == .badDate(path: "/corpus/news.jsonl", line: 2, value: "the 30th of February"))
    }

    @Test func repeatedIDsInACorpusAreMadeUnique() throws {
        try withTemporaryFolder { folder in
            let file = try folder.write("dup.jsonl", #"{"id": "x", "text": "One."}"# + "\n" + #"{"id": "x", "text": "Two."}"#)
            let result = try ArticleLoader().load(paths: [file])
            #expect(result.articles.map(\.id) == ["x", "x#2"])
        }
    }

    @Test func jsonlFileErrorNamesTheFileOnDisk() throws {
        try withTemporaryFolder { folder in
            let file = try folder.write("bad.jsonl", #"{"text": "Fine."}"# + "\n" + "not json at all")
            let error = #expect(throws: InputError.self) { try ArticleLoader().load(paths: [file]) }
            guard case .malformedJSONLines(let path, let line, _)? = error else {
                Issue.record("expected .malformedJSONLines, got \(String(describing: error))")
                return
            }
            #expect(path == file)
            #expect(line == 2)
        }
    }
}
