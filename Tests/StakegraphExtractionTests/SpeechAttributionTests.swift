import Testing
@testable import StakegraphExtraction

/// Speech as the press writes it (issue 13): quotes that continue what a speaker said in
/// reported speech, and joint statements by two speakers. Texts written by us.
@Suite struct SpeechAttributionTests {
    @Test func quoteContinuesReportedSpeechOfThePreviousParagraph() {
        let text = """
        Marta Kowalczyk, general secretary of the Harbour Workers Union, said the Port Authority had ignored the crews.

        "This is driving people away. Peter Renner has been reckless and dishonest."
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
        Dr Lena Hartwig and Dr Tomas Beck, co-chairs of the Junior Surgeons Committee, said: "Peter Renner has been reckless and dishonest with our members."
        """
        let x = extract(text)
        #expect(x.has("Lena Hartwig", .criticism, "Peter Renner"), "\(x.summary)")
        #expect(x.has("Tomas Beck", .criticism, "Peter Renner"), "\(x.summary)")
    }
}
