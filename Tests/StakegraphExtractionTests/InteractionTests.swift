import Foundation
import Testing
@testable import StakegraphExtraction

/// One expected interaction in a short article, for parameterised rule tests.
struct InteractionCase: Sendable, CustomTestStringConvertible {
    var text: String
    var source: String
    var type: InteractionType
    var target: String

    init(_ text: String, _ source: String, _ type: InteractionType, _ target: String) {
        self.text = text
        self.source = source
        self.type = type
        self.target = target
    }

    var testDescription: String { "\(type.rawValue): \(text.prefix(70))" }
}

/// Finding interactions (guide section 2): one test per rule.
@Suite struct InteractionTests {
    /// A statement by Gareth Lindahl in quotes, so that a later answer has something to answer.
    static let lindahlSpoke = "Gareth Lindahl, the council leader, said: \"The new timetable is a failure.\"\n\n"

    @Test(arguments: [
        InteractionCase("Rachel Quennell criticised Gareth Lindahl over the delays to the bypass.", "Rachel Quennell", .criticism, "Gareth Lindahl"),
        InteractionCase("Rachel Quennell accused Gareth Lindahl of misleading parents about the closure.", "Rachel Quennell", .criticism, "Gareth Lindahl"),
        InteractionCase("Rachel Quennell hit out at Gareth Lindahl over the delays to the bypass.", "Rachel Quennell", .criticism, "Gareth Lindahl"),
        InteractionCase("Rachel Quennell called for the abolition of the Harrowdale Schools Commission.", "Rachel Quennell", .criticism, "Harrowdale Schools Commission"),
        InteractionCase("Rachel Quennell condemned the Pennine Water Authority after the spill.", "Rachel Quennell", .criticism, "Pennine Water Authority"),
    ])
    func criticismCues(_ c: InteractionCase) { check(c) }

    @Test(arguments: [
        InteractionCase("Rachel Quennell praised Gareth Lindahl for his patience.", "Rachel Quennell", .support, "Gareth Lindahl"),
        InteractionCase("Rachel Quennell welcomed the appointment of Gareth Lindahl.", "Rachel Quennell", .support, "Gareth Lindahl"),
        InteractionCase("Rachel Quennell defended Gareth Lindahl against his critics.", "Rachel Quennell", .support, "Gareth Lindahl"),
        InteractionCase("Rachel Quennell thanked Gareth Lindahl for his work on the bridge.", "Rachel Quennell", .support, "Gareth Lindahl"),
        InteractionCase("Rachel Quennell backed Gareth Lindahl in the leadership contest.", "Rachel Quennell", .support, "Gareth Lindahl"),
        InteractionCase("Gareth Lindahl, the council leader, faced questions on Monday. Rachel Quennell also waded in, defending Lindahl against the claims.", "Rachel Quennell", .support, "Gareth Lindahl"),
    ])
    func supportCues(_ c: InteractionCase) { check(c) }

    @Test(arguments: [
        InteractionCase("Rachel Quennell met Gareth Lindahl in Leeds.", "Rachel Quennell", .meeting, "Gareth Lindahl"),
        InteractionCase("Rachel Quennell met with Gareth Lindahl on Monday.", "Rachel Quennell", .meeting, "Gareth Lindahl"),
        InteractionCase("Rachel Quennell held talks with Gareth Lindahl on Monday.", "Rachel Quennell", .meeting, "Gareth Lindahl"),
        InteractionCase("Rachel Quennell and Gareth Lindahl met on Monday.", "Rachel Quennell", .meeting, "Gareth Lindahl"),
    ])
    func meetingCues(_ c: InteractionCase) { check(c) }

    @Test(arguments: [
        InteractionCase("Rachel Quennell pledged to work with Gareth Lindahl on the new timetable.", "Rachel Quennell", .pledge, "Gareth Lindahl"),
        InteractionCase("Rachel Quennell promised Gareth Lindahl a full review of the budget.", "Rachel Quennell", .pledge, "Gareth Lindahl"),
        InteractionCase("Rachel Quennell vowed to work with Gareth Lindahl on the new timetable.", "Rachel Quennell", .pledge, "Gareth Lindahl"),
        InteractionCase("Rachel Quennell invited Gareth Lindahl to work with the panel on the new timetable.", "Rachel Quennell", .pledge, "Gareth Lindahl"),
    ])
    func pledgeCues(_ c: InteractionCase) { check(c) }

    @Test(arguments: [
        InteractionCase(lindahlSpoke + "Rachel Quennell responded that the timetable had been agreed by every school.", "Rachel Quennell", .response, "Gareth Lindahl"),
        InteractionCase(lindahlSpoke + "Rachel Quennell retorted that he had never attended a planning meeting.", "Rachel Quennell", .response, "Gareth Lindahl"),
        InteractionCase(lindahlSpoke + "Rachel Quennell hit back, saying the timetable had wide support.", "Rachel Quennell", .response, "Gareth Lindahl"),
        InteractionCase(lindahlSpoke + "Rachel Quennell responded to Lindahl on Thursday.", "Rachel Quennell", .response, "Gareth Lindahl"),
        InteractionCase("In response to Gareth Lindahl's remarks, Rachel Quennell said the timetable had wide support.", "Rachel Quennell", .response, "Gareth Lindahl"),
        InteractionCase(lindahlSpoke + "Rachel Quennell told Lindahl the figures were out of date.", "Rachel Quennell", .response, "Gareth Lindahl"),
    ])
    func responseCues(_ c: InteractionCase) { check(c) }

    @Test(arguments: [
        "Gareth Lindahl said the new timetable was a failure.\n\nRachel Quennell replied that every school had agreed it.",
        "Gareth Lindahl said the new timetable was a failure.\n\nRachel Quennell told Lindahl the figures were out of date.",
    ])
    func responseToReportedSpeech(text: String) {
        let x = extract(text)
        #expect(x.has("Rachel Quennell", .response, "Gareth Lindahl"), "\(x.summary)")
    }

    // MARK: - Plural targets

    @Test func meetingSeveralPeopleGivesOneRecordEach() {
        let x = extract("Rachel Quennell met Gareth Lindahl, Simon Achterberg and Imogen Tarrant at the town hall.")
        #expect(x.interactions.filter { $0.type == .meeting }.count == 3, "\(x.summary)")
        for other in ["Gareth Lindahl", "Simon Achterberg", "Imogen Tarrant"] {
            #expect(x.has("Rachel Quennell", .meeting, other), "\(x.summary)")
        }
        #expect(!x.has("Gareth Lindahl", .meeting, "Simon Achterberg"))
    }

    @Test func invitingTwoToWorkWithGivesTwoPledges() {
        let x = extract("Rachel Quennell invited Gareth Lindahl and Imogen Tarrant to work with the panel on the new timetable.")
        #expect(x.has("Rachel Quennell", .pledge, "Gareth Lindahl"), "\(x.summary)")
        #expect(x.has("Rachel Quennell", .pledge, "Imogen Tarrant"), "\(x.summary)")
        #expect(x.interactions.count == 2, "\(x.summary)")
    }

    // MARK: - Acts that did not happen

    @Test(arguments: [
        "Rachel Quennell did not criticise Gareth Lindahl.",
        "Rachel Quennell refused to meet Gareth Lindahl.",
        "Rachel Quennell declined to back Gareth Lindahl.",
        "Rachel Quennell stopped short of condemning Gareth Lindahl.",
        "Rachel Quennell has never praised Gareth Lindahl.",
    ])
    func negatedActsAreNotInteractions(text: String) {
        let x = extract(text)
        #expect(x.entities.count == 2)
        #expect(x.interactions.isEmpty, "\(x.summary)")
    }

    @Test(arguments: [
        "Rachel Quennell may criticise Gareth Lindahl at the hearing.",
        "Rachel Quennell could meet Gareth Lindahl next month.",
        "Rachel Quennell is reportedly planning to criticise Gareth Lindahl.",
    ])
    func hedgedActsAreNotInteractions(text: String) {
        let x = extract(text)
        #expect(x.entities.count == 2)
        #expect(x.interactions.isEmpty, "\(x.summary)")
    }

    // MARK: - Who acts

    @Test func passiveAgentIsTheSource() {
        let x = extract("Gareth Lindahl was criticised by Rachel Quennell at the hearing.")
        #expect(x.has("Rachel Quennell", .criticism, "Gareth Lindahl"), "\(x.summary)")
        #expect(!x.has("Gareth Lindahl", .criticism, "Rachel Quennell"), "\(x.summary)")
    }

    @Test func relativeClauseDoesNotStealTheSubject() {
        let x = extract("Rachel Quennell, who met Gareth Lindahl last week, praised Imogen Tarrant.")
        #expect(x.has("Rachel Quennell", .support, "Imogen Tarrant"), "\(x.summary)")
        #expect(x.has("Rachel Quennell", .meeting, "Gareth Lindahl"), "\(x.summary)")
        #expect(!x.has("Gareth Lindahl", .support, "Imogen Tarrant"), "\(x.summary)")
    }

    @Test(arguments: [
        "Imogen Tarrant, chair of the Kestrel Learning Trust, opened the new library on Monday.\n\nShe criticised Desmond Ferrier for delaying the project.",
        "Desmond Ferrier met Imogen Tarrant on Monday.\n\nLater she criticised Ferrier for delaying the project.",
    ])
    func femininePronounSubjectActs(text: String) {
        let x = extract(text)
        #expect(x.has("Imogen Tarrant", .criticism, "Desmond Ferrier"), "\(x.summary)")
    }

    @Test func masculinePronounSubjectActs() {
        let x = extract("Desmond Ferrier met Imogen Tarrant on Monday. Afterwards he praised the Kestrel Learning Trust for its patience.")
        #expect(x.has("Desmond Ferrier", .support, "Kestrel Learning Trust"), "\(x.summary)")
        #expect(!x.has("Imogen Tarrant", .support, "Kestrel Learning Trust"), "\(x.summary)")
    }

    // MARK: - Quotes

    @Test(arguments: [
        "Rachel Quennell, the council leader, said: \"Gareth Lindahl has done excellent work on the bridge.\"",
        "\"Gareth Lindahl has done excellent work on the bridge,\" Rachel Quennell said.",
        "\"Gareth Lindahl has done excellent work on the bridge,\" said Rachel Quennell.",
        "Rachel Quennell opened the bridge on Friday.\n\nQuennell added: \"Gareth Lindahl has done excellent work.\"",
        "Rachel Quennell opened the bridge on Friday.\n\n\u{201C}Gareth Lindahl has done excellent work,\u{201D} she said.",
    ])
    func quotedPraiseComesFromTheSpeaker(text: String) {
        let x = extract(text)
        #expect(x.has("Rachel Quennell", .support, "Gareth Lindahl"), "\(x.summary)")
        #expect(!x.has("Gareth Lindahl", .support, "Rachel Quennell"), "\(x.summary)")
    }

    @Test func continuationParagraphKeepsItsSpeaker() {
        let text = """
        Rachel Quennell spoke at the opening on Friday.

        "We are grateful to the engineers," she said. "The project was late, but Imogen Tarrant showed great patience.

        "I also thank Gareth Lindahl, who kept the contractors on site."
        """
        let x = extract(text)
        #expect(x.has("Rachel Quennell", .support, "Gareth Lindahl"), "\(x.summary)")
        #expect(x.has("Rachel Quennell", .support, "Imogen Tarrant"), "\(x.summary)")
    }

    @Test func quoteAddressingSomeoneByFirstNameAnswersThem() {
        let text = "Gareth Lindahl accused Rachel Quennell of hiding the costs.\n\nRachel Quennell said: \"Gareth, that is simply untrue and you know it.\""
        let x = extract(text)
        #expect(x.has("Gareth Lindahl", .criticism, "Rachel Quennell"), "\(x.summary)")
        #expect(x.has("Rachel Quennell", .criticism, "Gareth Lindahl"), "\(x.summary)")
        #expect(x.has("Rachel Quennell", .response, "Gareth Lindahl"), "\(x.summary)")
    }

    // MARK: - Records and evidence

    @Test func actReportedTwiceIsOneInteractionWithTwoSpans() throws {
        let text = "Imogen Tarrant has criticised Desmond Ferrier over the closure of the bypass.\n\nIn a letter to councillors, Tarrant criticised Ferrier for ignoring residents."
        let x = extract(text)
        let found = x.interactions("Imogen Tarrant", .criticism, "Desmond Ferrier")
        #expect(found.count == 1, "\(x.summary)")
        let interaction = try #require(found.first)
        #expect(interaction.evidenceSpans.count == 2)
        #expect(interaction.evidenceSpans.map(\.start) == interaction.evidenceSpans.map(\.start).sorted())
        #expect(interaction.evidence == interaction.evidenceSpans.first)
        #expect(interaction.evidenceSpans.last?.sentence.hasPrefix("In a letter to councillors") == true)
    }

    @Test func evidenceIsTheArticleTextAtItsUnicodeScalarOffsets() throws {
        // A combining accent (two scalars, one character) and an emoji (one scalar, two UTF-16
        // units) come first, so that offsets in characters or UTF-16 would land elsewhere.
        let text = "The Cafe\u{301} owners on Harbour Road \u{1F68C} complained.\n\nRachel Quennell criticised Gareth Lindahl over the bus cuts. Imogen Tarrant, who chairs the Harbour Users Association, praised Lindahl on Monday."
        let x = extract(text)
        let scalars = Array(text.unicodeScalars)
        #expect(x.interactions.count >= 2, "\(x.summary)")
        for interaction in x.interactions {
            for span in interaction.evidenceSpans {
                #expect(0 <= span.start && span.start < span.end && span.end <= scalars.count)
                var piece = ""
                piece.unicodeScalars.append(contentsOf: scalars[span.start..<span.end])
                #expect(piece == span.sentence)
            }
        }
        let criticism = try #require(x.interactions("Rachel Quennell", .criticism, "Gareth Lindahl").first)
        #expect(criticism.evidence.sentence == "Rachel Quennell criticised Gareth Lindahl over the bus cuts.")
        #expect(criticism.evidence.cue == "criticised")
        #expect(criticism.article == "test.txt")
    }

    @Test func noSelfInteractions() {
        let x = extract("Imogen Tarrant defended herself against the claims. Desmond Ferrier blamed himself for the delay.")
        #expect(x.interactions.allSatisfy { $0.source != $0.target }, "\(x.summary)")
        #expect(x.interactions.isEmpty, "\(x.summary)")
    }

    @Test func meetingIsOneRecordPerPairWhicheverWayItIsTold() throws {
        let text = "Imogen Tarrant met Desmond Ferrier on Monday to discuss the closure.\n\nFerrier, who met Tarrant on Monday, said the talks were useful."
        let x = extract(text)
        let meetings = x.interactions.filter { $0.type == .meeting }
        #expect(meetings.count == 1, "\(x.summary)")
        let meeting = try #require(meetings.first)
        #expect(meeting.evidenceSpans.count == 2)
        #expect(Set([meeting.source, meeting.target]) == Set([x.entity("Imogen Tarrant")?.id, x.entity("Desmond Ferrier")?.id].compactMap { $0 }))
    }

    @Test func explainShowsResolvedMentionsAndInteractions() {
        let article = makeArticle("Imogen Tarrant met Desmond Ferrier on Monday.\n\nLater she criticised Ferrier for delaying the project.")
        let trace = Extractor().explain(article)
        #expect(trace.hasPrefix("# test.txt  date: 2024-03-15"))
        #expect(trace.contains("[she=Imogen Tarrant]"))
        #expect(trace.contains("[Ferrier=Desmond Ferrier]"))
        #expect(trace.contains("=> Imogen Tarrant criticism Desmond Ferrier"))
        #expect(trace.contains("=> Imogen Tarrant meeting Desmond Ferrier"))
        // Every interaction names the rule that made it.
        #expect(trace.contains("Desmond Ferrier  (rule: cue.criticism.active, cue: criticised"))
        #expect(trace.contains("(rule: cue.meeting.active, cue: met"))
        // Every mention names the pass that found it.
        #expect(trace.contains("mentions: Imogen Tarrant <- entities.runs; Desmond Ferrier <- entities.runs"), "\(trace)")
        #expect(trace.contains("she <- entities.references"), "\(trace)")
        #expect(trace.contains("Ferrier <- entities.short-forms"), "\(trace)")
    }

    @Test func unnamedTargetGivesNoInteraction() {
        let x = extract("Rachel Quennell criticised a tweet by a parent and responded to a letter from a resident.")
        #expect(x.interactions.isEmpty, "\(x.summary)")
    }
}
