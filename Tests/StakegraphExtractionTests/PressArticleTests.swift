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

@Suite struct PressArticleReferenceTests {
    @Test func anActOfABodyAsAPassiveSubjectIsTheBodys() {
        let x = extract("The creation of Harbour Rail has been welcomed by the Marden Rail Users Group.")
        #expect(x.has("Marden Rail Users Group", .support, "Harbour Rail"), "\(x.summary)")
        // An act that ends the body is no support of it.
        let y = extract("The closure of Harbour Rail has been welcomed by the Marden Rail Users Group.")
        #expect(!y.has("Marden Rail Users Group", .support, "Harbour Rail"), "\(y.summary)")
    }

    @Test func aBodyBeforeWhichSaidSpeaks() {
        let x = extract("Lectures stopped for six weeks, according to the Office for Students, which said Eastfield University had failed its students.")
        #expect(x.has("Office for Students", .criticism, "Eastfield University"), "\(x.summary)")
    }

    @Test func theLowerCaseEndOfABodysNameIsThatBody() {
        let x = extract("""
            Gwen Lloyd criticised the Marden Integrated Care Board over the closure.

            The integrated care board said it had acted on safety grounds.
            """)
        #expect(x.has("Marden Integrated Care Board", .response, "Gwen Lloyd"), "\(x.summary)")
        #expect(x.entity("integrated care board") == nil, "\(x.summary)")
    }

    @Test func itWithAVerbOfJudgementJudgesTheThatClause() {
        let x = extract("\"It beggars belief that Northmoor Council thinks this is a good use of public money,\" Sian Probert said.")
        #expect(x.has("Sian Probert", .criticism, "Northmoor Council"), "\(x.summary)")
        #expect(!x.has("Sian Probert", .support, "Northmoor Council"), "\(x.summary)")
        // After a modal, "it" is a subject: "it should be held accountable" judges no clause after it.
        let y = extract("Lena Fox said it should be held to account after Northmoor Council published the report.")
        #expect(!y.has("Lena Fox", .criticism, "Northmoor Council"), "\(y.summary)")
    }
}

@Suite struct PressArticleCueTests {
    @Test func aVerbsFormInIngAfterADeterminerIsANoun() {
        let x = extract("\"We are disappointed,\" said Mira Shah. \"The Department for Education has ignored every warning we gave it.\"")
        #expect(x.has("Mira Shah", .criticism, "Department for Education"), "\(x.summary)")
        #expect(!x.has("Department for Education", .criticism, "Mira Shah"), "\(x.summary)")
        // A cue written as a noun still reads: "after a meeting with X".
        let y = extract("Lena Fox hailed a step forward after a meeting with Ofwat.")
        #expect(y.has("Lena Fox", .meeting, "Ofwat"), "\(y.summary)")
    }

    @Test func beingUrgedToApologiseByABodyIsItsCriticism() {
        let x = extract("Tarnwell Police has been urged to apologise by the Liberal Democrats after officers arrested a protester.")
        #expect(x.has("Liberal Democrats", .criticism, "Tarnwell Police"), "\(x.summary)")
        // With no one named as urging, no one criticises.
        let y = extract("Tarnwell Police has been urged to apologise after officers arrested a protester.")
        #expect(y.interactions.isEmpty, "\(y.summary)")
    }

    @Test func harmingThePeopleInOnesCareIsCriticism() {
        let x = extract("Nicola Ranger said the health secretary Jane Orrell had \"insulted\" nurses with the offer.")
        #expect(x.has("Nicola Ranger", .criticism, "Jane Orrell"), "\(x.summary)")
    }
}

@Suite struct PressArticleLedeTests {
    @Test func anIndefiniteBodyInTheLedeIsTheOneNamedNext() {
        let x = extract("""
            A housing association has hit out at the Department for Levelling Up over delays to its funding.

            The Harbour Housing Association said it had been waiting 18 months for a decision.
            """)
        #expect(x.has("Harbour Housing Association", .criticism, "Department for Levelling Up"), "\(x.summary)")
        // Its modifiers must be in the name: "a housing association" is not the Harbour Rowing Association.
        let y = extract("""
            A housing association has hit out at the Department for Levelling Up over delays to its funding.

            The Harbour Rowing Association said it had been waiting 18 months for a decision.
            """)
        #expect(!y.has("Harbour Rowing Association", .criticism, "Department for Levelling Up"), "\(y.summary)")
    }

    @Test func aPastVerbAfterAndEndsTheReportedClause() {
        let x = extract("Daisy Cooper said the Royal College of Nursing was right to raise the alarm and blamed the Conservatives for years of neglect.")
        #expect(x.has("Daisy Cooper", .criticism, "Conservative Party"), "\(x.summary)")
        #expect(!x.has("Royal College of Nursing", .criticism, "Conservative Party"), "\(x.summary)")
    }

    @Test func treatedLikeSecondClassCitizensByABodyBlamesIt() {
        let x = extract("Sarah Hill said: \"We have been treated like second-class citizens by Marden Council.\"")
        #expect(x.has("Sarah Hill", .criticism, "Marden Council"), "\(x.summary)")
    }
}

@Suite struct PressArticleCoordinationTests {
    @Test func aSpeechVerbAfterAndIsTheSubjectsAndEndsTheObject() {
        let x = extract("Lena Fox praised Ofwat and said Tarnwell Water had got away with it.")
        #expect(x.has("Lena Fox", .support, "Ofwat"), "\(x.summary)")
        #expect(!x.has("Lena Fox", .support, "Tarnwell Water"), "\(x.summary)")
        #expect(x.has("Lena Fox", .criticism, "Tarnwell Water"), "\(x.summary)")
        let y = extract("Lena Fox hailed the fine and said Tarnwell Water had got away with it.")
        #expect(!y.has("Lena Fox", .support, "Tarnwell Water"), "\(y.summary)")
        // A common noun after "and" still introduces the next member: "X and the artist Y".
        let z = extract("Lena Fox praised Ofwat and the regulator Ofgem.")
        #expect(z.has("Lena Fox", .support, "Ofgem"), "\(z.summary)")
    }

    @Test func praiseRightAfterABlameIsGovernedByIt() {
        let x = extract("Ann Pryce said: \"Sam Adeyemi has shown he cannot be trusted to negotiate in good faith.\"")
        #expect(x.has("Ann Pryce", .criticism, "Sam Adeyemi"), "\(x.summary)")
        #expect(!x.has("Ann Pryce", .support, "Sam Adeyemi"), "\(x.summary)")
    }

    @Test(arguments: [
        "\"We will not take lectures from Tarnwell Water on the environment,\" said Lena Fox.",
        "\"How dare Tarnwell Water pay bonuses while rivers are full of sewage?\" said Lena Fox.",
    ])
    func refusalsAndRhetoricalQuestionsAreCriticism(text: String) {
        let x = extract(text)
        #expect(x.has("Lena Fox", .criticism, "Tarnwell Water"), "\(x.summary)")
    }
}

@Suite struct PressArticleSpeakerVerbTests {
    @Test func theSpeakersOwnJudgingVerbJudgesItsObject() {
        let x = extract("Ann Pryce said she admired Jane Orrell.")
        #expect(x.has("Ann Pryce", .support, "Jane Orrell"), "\(x.summary)")
        // "be" makes the word the speaker's own state: no judgement of the one after "about".
        let y = extract("Ann Pryce said she was wrong about Jane Orrell.")
        #expect(!y.has("Ann Pryce", .criticism, "Jane Orrell"), "\(y.summary)")
        // A phrase that opens with an auxiliary praises the speakers themselves.
        let z = extract("\"We did a great job on Jane Orrell,\" Ann Pryce said.")
        #expect(!z.has("Ann Pryce", .support, "Jane Orrell"), "\(z.summary)")
    }

    @Test func notDoubtingIsNoNegationOfThePraiseAfterIt() {
        let x = extract("Ann Pryce said she did not doubt Jane Orrell's good intentions, but the Treasury had \"tied her hands\".")
        #expect(x.has("Ann Pryce", .support, "Jane Orrell"), "\(x.summary)")
        #expect(!x.has("Ann Pryce", .criticism, "Jane Orrell"), "\(x.summary)")
        #expect(x.has("Ann Pryce", .criticism, "HM Treasury"), "\(x.summary)")
    }

    @Test func anOrderToImproveByARegulatorIsCriticism() {
        let x = extract("Harbour Care Homes has been ordered to improve by the Care Quality Commission after an inspection.")
        #expect(x.has("Care Quality Commission", .criticism, "Harbour Care Homes"), "\(x.summary)")
    }
}
