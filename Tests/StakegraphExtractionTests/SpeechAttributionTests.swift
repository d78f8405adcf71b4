import Testing
@testable import StakegraphExtraction

/// Speech as the press writes it (issue 13): quotes that continue what a speaker said in
/// reported speech, and joint statements by two speakers. Texts written by us.
@Suite struct SpeechAttributionTests {
    @Test func heAddedIsTheLastSpeakerNotTheLastPersonNamed() {
        let text = """
        Tom Pryce, general secretary of the Ferry Guild of the Northern Isles, said he was not surprised.

        Ed Fox 'had much bolder plans for the harbour'

        "We are sad that Ed Fox is standing down," he added. "He has tried his hardest for passengers."
        """
        let x = extract(text)
        #expect(x.has("Tom Pryce", .support, "Ed Fox"), "\(x.summary)")
    }

    @Test func quoteContinuesReportedSpeechOfThePreviousParagraph() {
        let text = """
        Marta Kowalczyk, general secretary of the Harbour Workers Union, said the Port Authority had ignored the crews.

        "This is driving people away. Peter Renner is naive and delusional to think otherwise."
        """
        let x = extract(text)
        #expect(x.has("Marta Kowalczyk", .criticism, "Peter Renner"), "\(x.summary)")
    }

    @Test func aQuoteTwoParagraphsAfterTheSpeakerIsNotTheirs() {
        let text = """
        Marta Kowalczyk said the crews were tired.

        The vote closes on Friday.

        "Peter Renner has been reckless and dishonest."
        """
        let x = extract(text)
        #expect(!x.has("Marta Kowalczyk", .criticism, "Peter Renner"), "\(x.summary)")
    }

    @Test func jointStatementGivesEachSpeakerTheStance() {
        let text = """
        Dr Lena Hartwig and Dr Tomas Beck, leaders of the Junior Surgeons Committee, said: "Peter Renner has been reckless and dishonest with our members."
        """
        let x = extract(text)
        #expect(x.has("Lena Hartwig", .criticism, "Peter Renner"), "\(x.summary)")
        #expect(x.has("Tomas Beck", .criticism, "Peter Renner"), "\(x.summary)")
    }
}

/// The graded evaluative vocabulary (`evaluative.yaml`): loaded, checked, and used for stance.
@Suite struct EvaluativeVocabularyTests {
    @Test func bundledVocabularyIsBroad() {
        let graded = Lexicon.standard.graded
        let count = graded.negative.values.map(\.count).reduce(0, +) + graded.positive.values.map(\.count).reduce(0, +)
        #expect(count > 3000)
        #expect(graded.negative[3]?.contains("disgraceful") == true)
    }

    @Test func badEntriesAndKeysAreRefused() {
        #expect(throws: LexiconError.self) { try EvaluativeVocabulary(yaml: "negative:\n  severe: [awful]\n") }
        #expect(throws: LexiconError.self) { try EvaluativeVocabulary(yaml: "negative:\n  strong: [Awful]\n") }
        #expect(throws: LexiconError.self) { try EvaluativeVocabulary(yaml: "negative:\n  strong: [far far far too awful]\n") }
        #expect(throws: LexiconError.self) { try EvaluativeVocabulary(yaml: "negatives:\n  strong: [awful]\n") }
    }

    @Test(arguments: [
        InteractionCase("Marta Kowalczyk said Peter Renner had been naive and delusional.", "Marta Kowalczyk", .criticism, "Peter Renner"),
        InteractionCase("Marta Kowalczyk said Peter Renner had done an excellent job.", "Marta Kowalczyk", .support, "Peter Renner"),
        InteractionCase("\"The Harbour Trust has been utterly shambolic,\" said Marta Kowalczyk.", "Marta Kowalczyk", .criticism, "Harbour Trust"),
    ])
    func stanceFromTheVocabulary(_ c: InteractionCase) { check(c) }
}

/// Stance in reported speech and quotes as the press writes it (issue 13).
@Suite struct ReportedStanceTests {
    @Test(arguments: [
        InteractionCase("Peter Renner said Sarah Cole should have acted sooner.", "Peter Renner", .criticism, "Sarah Cole"),
        InteractionCase("Simon Dale's article in the Courier is inaccurate and inflammatory, Peter Renner said.", "Peter Renner", .criticism, "Simon Dale"),
        InteractionCase("A report from the Port Authority says that the Harbour Trust lacks a coherent plan.", "Port Authority", .criticism, "Harbour Trust"),
        InteractionCase("Sarah Cole said: \"I would like to thank Simon Dale for his hard work over the past two years.\"", "Sarah Cole", .support, "Simon Dale"),
        InteractionCase("The Harbour Workers Union said: \"We are happy to talk to Ms Sarah Cole at any time.\"", "Harbour Workers Union", .pledge, "Sarah Cole"),
        InteractionCase("Sarah Cole demanded that Mr Simon Dale step down.", "Sarah Cole", .criticism, "Simon Dale"),
    ])
    func stance(_ c: InteractionCase) { check(c) }

    @Test func wouldWelcomeAChanceIsNoSupport() {
        let x = extract("Sarah Cole said: \"I would welcome the chance to go through the numbers with Simon Dale.\"")
        #expect(!x.has("Sarah Cole", .support, "Simon Dale"), "\(x.summary)")
    }

    @Test func youInALetterIsTheOneWrittenTo() {
        let text = """
        Dr Lena Hartwig wrote to Sarah Cole on Monday.

        "You have been reckless and dishonest with our members," she wrote.
        """
        let x = extract(text)
        #expect(x.has("Lena Hartwig", .criticism, "Sarah Cole"), "\(x.summary)")
    }

    @Test func youIsNotSomeoneAnotherWroteTo() {
        let text = """
        Dr Lena Hartwig said she would be writing to Sarah Cole.

        Peter Renner then tweeted: "You have been reckless and dishonest with our members."
        """
        let x = extract(text)
        #expect(!x.has("Peter Renner", .criticism, "Sarah Cole"), "\(x.summary)")
    }
}

@Suite struct QuotedPronounTests {
    @Test func heInAQuoteIsThePersonNamedBeforeNotTheSpeaker() {
        let text = """
        Sir Peter Renner resigned as recovery commissioner on Monday.

        Marta Kowalczyk, general secretary of the Harbour Workers Union, said: "He has been an amazing campaigner."
        """
        let x = extract(text)
        #expect(x.has("Marta Kowalczyk", .support, "Peter Renner"), "\(x.summary)")
    }
}

@Suite struct IntroducedSpeechTests {
    @Test func commentingOnIntroducesTheNextParagraphsQuote() {
        let text = """
        The Port Authority published its plan on Monday. Commenting on the plan, Marta Kowalczyk of the Harbour Workers Union said:

        "The Port Authority has been reckless with our members."
        """
        let x = extract(text)
        #expect(x.has("Marta Kowalczyk", .criticism, "Port Authority"), "\(x.summary)")
    }

    @Test func aStatementByABodyIsTheBodys() {
        let x = extract("The Harbour Workers Union criticised Peter Renner. In a statement, the union said the Port Authority had been dishonest.")
        #expect(x.has("Harbour Workers Union", .criticism, "Port Authority"), "\(x.summary)")
    }

    @Test func aWelcomedDecisionIsSupportForItsMaker() {
        let x = extract("The Port Authority's decision was welcomed by Simon Dale.")
        #expect(x.has("Simon Dale", .support, "Port Authority"), "\(x.summary)")
        #expect(!x.has("Port Authority", .support, "Simon Dale"), "\(x.summary)")
    }
}

@Suite struct ReportedSubjectTests {
    @Test func sheAfterTheSpeechVerbIsTheSpeakerNotTheLastNamed() {
        let text = "Sarah Cole, who had a meeting with Marta Kowalczyk last year, said she would meet the Harbour Workers Union again."
        let x = extract(text)
        #expect(x.has("Sarah Cole", .pledge, "Harbour Workers Union"), "\(x.summary)")
        #expect(!x.has("Marta Kowalczyk", .pledge, "Harbour Workers Union"), "\(x.summary)")
    }

    @Test func themBothIsTheLastTwoPeople() {
        let text = "Sarah Cole met Marta Kowalczyk and Peter Renner last year. She said she would meet them both again."
        let x = extract(text)
        #expect(x.has("Sarah Cole", .pledge, "Marta Kowalczyk"), "\(x.summary)")
        #expect(x.has("Sarah Cole", .pledge, "Peter Renner"), "\(x.summary)")
    }
}
