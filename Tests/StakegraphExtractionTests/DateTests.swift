import Foundation
import Testing
@testable import StakegraphExtraction

/// Dates (guide section 3): the article's own date, and the date of each act relative to it.
@Suite struct DateTests {
    // MARK: - The article's date

    @Test(arguments: [
        ("2024-01-08", "2024-01-08"),
        ("2024-01-08 10:20", "2024-01-08"),
        ("2024-01-08T10:20:00Z", "2024-01-08"),
        ("08/01/2024", "2024-01-08"),
        ("8/1/24", "2024-01-08"),
        ("2024-01", "2024-01"),
        ("2024", "2024"),
    ])
    func articleDateForms(raw: String, expected: String) {
        #expect(ArticleDate.parse(raw) == EventDate(string: expected))
    }

    @Test func slashDatesFollowUSOrderWhenAsked() {
        #expect(ArticleDate.parse("08/01/2024", usDates: true) == EventDate(string: "2024-08-01"))
        #expect(ArticleDate.parse("12/25/2023", usDates: true) == EventDate(string: "2023-12-25"))
        #expect(ArticleDate.parse("12/25/2023") == nil) // no 25th month in UK order
    }

    @Test(arguments: ["31/02/2024", "yesterday", "2024-13-01", "", "2024-1-8", "08.01.2024"])
    func notADate(raw: String) {
        #expect(ArticleDate.parse(raw) == nil)
    }

    @Test func datelineIsFoundInTheFirstLines() {
        let text = "Valley Courier\nValley Courier: 08/01/2024 - 10:20\n\nImogen Tarrant met Desmond Ferrier."
        #expect(ArticleDate.dateline(in: text) == EventDate(string: "2024-01-08"))
        #expect(ArticleDate.dateline(in: text, usDates: true) == EventDate(string: "2024-08-01"))
    }

    @Test func datelineFarDownTheTextIsIgnored() {
        let filler = Array(repeating: "A line of ordinary text.", count: 15).joined(separator: "\n")
        #expect(ArticleDate.dateline(in: filler + "\nValley Courier: 08/01/2024 - 10:20") == nil)
        #expect(ArticleDate.dateline(in: "Imogen Tarrant met Desmond Ferrier.") == nil)
    }

    @Test func datelineDatesTheArticleAndItsActs() throws {
        try withTemporaryFolder { folder in
            let file = try folder.write("dated.txt", "Valley Courier: 08/01/2024 - 10:20\n\nImogen Tarrant has met Desmond Ferrier.\n")
            let articles = try ArticleLoader().load(paths: [file]).articles
            let x = Extractor().extract(articles)
            #expect(x.articles.first?.date == EventDate(string: "2024-01-08"))
            #expect(x.interactions("Imogen Tarrant", .meeting, "Desmond Ferrier").first?.date == EventDate(string: "2024-01-08"), "\(x.summary)")
        }
    }

    // MARK: - Dates of acts

    /// The date of the meeting in "Imogen Tarrant met Desmond Ferrier <phrase>." in an article of `articleDate`.
    private func meetingDate(_ phrase: String, articleDate: String? = friday15March2024, sourceLocation: SourceLocation = #_sourceLocation) -> EventDate? {
        let x = extract("Imogen Tarrant met Desmond Ferrier \(phrase).", date: articleDate)
        let meetings = x.interactions("Imogen Tarrant", .meeting, "Desmond Ferrier")
        #expect(meetings.count == 1, "\(x.summary)", sourceLocation: sourceLocation)
        return meetings.first?.date
    }

    // Friday 15 March 2024 is the article date.
    @Test(arguments: [
        ("on Saturday", "2024-03-09"),
        ("on Friday", "2024-03-08"),
        ("on Wednesday", "2024-03-13"),
        ("last week", "2024-03-04/2024-03-10"),
        ("yesterday", "2024-03-14"),
        ("on 19 January", "2024-01-19"),
        ("on 19 December", "2023-12-19"),
        ("on 19 January 2022", "2022-01-19"),
        ("earlier this month", "2024-03"),
        ("last month", "2024-02"),
        ("last year", "2023"),
        ("in March 2020", "2020-03"),
        ("three days ago", "2024-03-12"),
    ])
    func relativeExpressionsResolveAgainstTheArticleDate(phrase: String, expected: String) {
        #expect(meetingDate(phrase) == EventDate(string: expected))
    }

    @Test func weekdayIsTheMostRecentBeforeTheArticleEvenOnThatDay() {
        // Saturday 16 March 2024: "on Saturday" is the Saturday before.
        #expect(meetingDate("on Saturday", articleDate: "2024-03-16") == EventDate(string: "2024-03-09"))
    }

    @Test func lastWeekCrossesTheYear() {
        // Wednesday 3 January 2024: last week is Monday 25 to Sunday 31 December 2023.
        #expect(meetingDate("last week", articleDate: "2024-01-03") == EventDate(string: "2023-12-25/2023-12-31"))
    }

    @Test func firstWeekIsAnIntervalEndingOnTheArticleDate() throws {
        let date = try #require(meetingDate("in her first week as chair of the Kestrel Learning Trust"))
        guard case .interval(let from, let to) = date else {
            Issue.record("expected an interval, got \(date)")
            return
        }
        let article = Day(year: 2024, month: 3, day: 15)
        #expect(to == article)
        #expect(from < article && from >= article.adding(days: -7))
    }

    @Test func presentPerfectWithoutCueTakesTheArticleDate() {
        let x = extract("Imogen Tarrant has met Desmond Ferrier to discuss the bypass.")
        #expect(x.interactions("Imogen Tarrant", .meeting, "Desmond Ferrier").map(\.date) == [EventDate(string: "2024-03-15")], "\(x.summary)")
    }

    @Test func withoutArticleDateRelativeDatesAreNull() throws {
        #expect(meetingDate("on Saturday", articleDate: nil) == nil)
        #expect(meetingDate("last week", articleDate: nil) == nil)
        // An absolute date needs no article date.
        #expect(meetingDate("in March 2020", articleDate: nil) == EventDate(string: "2020-03"))
    }

    @Test func nullDateIsWrittenAsJSONNull() throws {
        let x = extract("Imogen Tarrant met Desmond Ferrier on Saturday.", date: nil)
        let json = try #require(try JSONSerialization.jsonObject(with: x.jsonData()) as? [String: Any])
        let interactions = try #require(json["interactions"] as? [[String: Any]])
        #expect(interactions.count == 1)
        #expect(interactions.first?.keys.contains("date") == true)
        #expect(interactions.first?["date"] is NSNull)
    }

    @Test func nextWeekdayIsNoDateOfAPastAct() {
        let resolver = DateResolver(articleDate: EventDate(string: friday15March2024), lexicon: .standard)
        let doc = Document(text: "They will meet next Monday.")
        #expect(resolver.expressions(in: doc, range: 0..<doc.tokens.count).isEmpty)
    }

    @Test
    func dateInsideReportedContentDoesNotDateTheAnswer() {
        let text = "Desmond Ferrier said: \"The timetable is a mess.\"\n\nImogen Tarrant hit back at Ferrier, saying the timetable was agreed in January."
        let x = extract(text)
        #expect(x.interactions("Imogen Tarrant", .response, "Desmond Ferrier").first?.date == EventDate(string: "2024-03-15"), "\(x.summary)")
    }
}
