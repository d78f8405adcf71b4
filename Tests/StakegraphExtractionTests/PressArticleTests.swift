import Testing
@testable import StakegraphExtraction

/// Mechanisms of the eighth session on issue 13, found by probing the engine with whole short
/// reports in the press's shape (lede, quotes over paragraphs, a right of reply). Our own texts.
@Suite struct PressArticleActTests {
    @Test func aDecisionNamedByItsVerbIsItsMakers() {
        let x = extract("""
            Commuters face more delays after the Department for Transport shelved plans to upgrade the line.

            Lena Fox, who chairs the Marden Rail Users' Group, said the decision was "a slap in the face" for passengers.
            """)
        #expect(x.has("Lena Fox", .criticism, "Department for Transport"), "\(x.summary)")
    }

    @Test func talksBetweenPartiesAreAMeetingOfEach() {
        let x = extract("Talks between the health secretary, Jane Orrell, and the Harbour Nurses Guild broke down on Thursday.")
        #expect(x.has("Jane Orrell", .meeting, "Harbour Nurses Guild"), "\(x.summary)")
        let y = extract("Lena Fox said talks between Tarnwell Water, Ofwat and the Environment Agency had stalled.")
        #expect(y.has("Tarnwell Water", .meeting, "Ofwat"), "\(y.summary)")
        #expect(y.has("Ofwat", .meeting, "Environment Agency"), "\(y.summary)")
        #expect(!y.has("Lena Fox", .meeting, "Ofwat"), "\(y.summary)")
    }

    @Test func urgingABodyToThinkAgainIsCriticism() {
        let x = extract("Lena Fox said: \"We urge Tarnwell Water to think again.\"")
        #expect(x.has("Lena Fox", .criticism, "Tarnwell Water"), "\(x.summary)")
    }
}

@Suite struct PressArticleStanceTests {
    @Test func theActAPhraseInToJudgesIsNoJudgementOfItsOwn() {
        let x = extract("Dan Morris said Ofsted had been right to scrap single-word grades.")
        #expect(x.has("Dan Morris", .support, "Ofsted"), "\(x.summary)")
        #expect(!x.has("Dan Morris", .criticism, "Ofsted"), "\(x.summary)")
    }

    @Test func aClauseOpeningWithItsVerbSharesTheSubjectBefore() {
        let x = extract("Dan Morris said Ofsted had been right to scrap single-word grades but had moved too slowly.")
        #expect(x.has("Dan Morris", .support, "Ofsted"), "\(x.summary)")
        #expect(x.has("Dan Morris", .criticism, "Ofsted"), "\(x.summary)")
        // A clause with a subject of its own keeps it.
        let y = extract("Dan Morris said Ofsted had been right to act but the Harbour Trust had moved too slowly.")
        #expect(y.has("Dan Morris", .criticism, "Harbour Trust"), "\(y.summary)")
        #expect(!y.has("Dan Morris", .criticism, "Ofsted"), "\(y.summary)")
    }

    @Test(arguments: [
        "Lena Fox said Tarnwell Water had done nothing.",
        "Lena Fox said Tarnwell Water had \"misunderstood how rivers work\".",
        "Lena Fox said Tarnwell Water had lost touch with its customers.",
        "Ofwat has found that Tarnwell Water broke the rules on reporting leaks.",
        "Lena Fox said Tarnwell Water had underestimated the cost.",
    ])
    func pressJudgementsAreCriticism(text: String) {
        let x = extract(text)
        let critic = text.hasPrefix("Ofwat") ? "Ofwat" : "Lena Fox"
        #expect(x.has(critic, .criticism, "Tarnwell Water"), "\(x.summary)")
    }

    @Test func havingDoneNothingWrongIsNoCriticism() {
        let x = extract("Lena Fox said Tarnwell Water had done nothing wrong.")
        #expect(!x.has("Lena Fox", .criticism, "Tarnwell Water"), "\(x.summary)")
    }
}

@Suite struct PressArticleResponseTests {
    @Test func theCorporationIsTheBroadcasterAndItsDenialAnswers() {
        let x = extract("""
            Writing in a newspaper, Ben Clarke said the BBC had "lost touch" with licence fee payers.

            The corporation said it did not recognise his characterisation.
            """)
        #expect(x.has("Ben Clarke", .criticism, "BBC"), "\(x.summary)")
        #expect(x.has("BBC", .response, "Ben Clarke"), "\(x.summary)")
    }

    @Test func aPossessivePronounOwnsTheClaimsRejected() {
        let x = extract("Ben Clarke said the BBC had lost touch. The BBC rejected his claims.")
        #expect(x.has("BBC", .response, "Ben Clarke"), "\(x.summary)")
        // One of the other gender is no owner.
        let y = extract("Ben Clarke said the BBC had lost touch. The BBC rejected her claims.")
        #expect(!y.has("BBC", .response, "Ben Clarke"), "\(y.summary)")
    }

    @Test func anApologyAnswersTheCritic() {
        let x = extract("""
            Ruth Okafor said Tarnwell Borough Council had ignored her complaints for 18 months.

            The council apologised and said it would review her case.
            """)
        #expect(x.has("Tarnwell Borough Council", .response, "Ruth Okafor"), "\(x.summary)")
        let y = extract("Ruth Okafor said Tarnwell Borough Council had ignored her. The council later apologised to Ms Okafor.")
        #expect(y.has("Tarnwell Borough Council", .response, "Ruth Okafor"), "\(y.summary)")
    }
}
