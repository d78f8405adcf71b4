import Testing
@testable import StakegraphExtraction

/// Mechanisms of the seventh session on issue 13, found by probing the engine with press
/// constructions across policy fields. Our own texts.
@Suite struct PressProbeTests {
    @Test func aVerbBetweenABodyAndARoleIsNoAffiliation() {
        let x = extract("Tarnwell Nurses' Union praised health secretary Jane Orrell for her handling of the talks.")
        #expect(x.has("Tarnwell Nurses' Union", .support, "Jane Orrell"), "\(x.summary)")
        let y = extract("The Harbour Workers Union criticised education secretary Bob Tandy over the plans.")
        #expect(y.has("Harbour Workers Union", .criticism, "Bob Tandy"), "\(y.summary)")
        // A body's own officer still belongs to it: "the Harbour Workers Union general secretary X".
        let z = extract("The Harbour Workers Union general secretary Ann Pryce attacked Bob Tandy.")
        #expect(z.has("Ann Pryce", .criticism, "Bob Tandy"), "\(z.summary)")
        #expect(z.entity("Ann Pryce")?.affiliation == "Harbour Workers Union")
    }

    @Test func anAttackOnABroadcasterNamesAStakeholder() {
        let x = extract("Sir Alan Crewe launched a scathing attack on the BBC over its coverage.")
        #expect(x.has("Alan Crewe", .criticism, "BBC"), "\(x.summary)")
        // Where something was only said or shown, the broadcaster is no stakeholder.
        let y = extract("Sir Alan Crewe said on the BBC that the plan would fail.")
        #expect(!y.entities.contains { $0.name == "BBC" }, "\(y.summary)")
    }

    @Test func aPassiveJudgementJudgesItsAgent() {
        let x = extract("The Tarnwell Councils Association said councils had been \"let down badly\" by the Treasury.")
        #expect(x.has("Tarnwell Councils Association", .criticism, "HM Treasury"), "\(x.summary)")
        // Without an agent, the passive's subject only suffers it.
        let y = extract("The Tarnwell Councils Association said the Harbour Workers Union had been let down.")
        #expect(!y.has("Tarnwell Councils Association", .criticism, "Harbour Workers Union"), "\(y.summary)")
    }

    @Test func pressIdiomsOfFailureAreCriticism() {
        let x = extract("Tom Hadley said Marcus Bell had \"lost control of the borders\".")
        #expect(x.has("Tom Hadley", .criticism, "Marcus Bell"), "\(x.summary)")
    }
}

@Suite struct PressProbeNamesTests {
    @Test func aKindNounBeforeANameIntroducesIt() {
        let x = extract("The Tarnwell Councils Association met ministers. Emma Thornbury, of the campaign group Tarn Watch, said the plan was weak.")
        #expect(!resolvedMentions("The Tarnwell Councils Association met ministers. Emma Thornbury, of the campaign group Tarn Watch, said the plan was weak.")
            .contains { $0.text == "the campaign group" && $0.entity == "Tarnwell Councils Association" })
        #expect(x.entity("Tarn Watch") != nil, "\(x.summary)")
    }

    @Test func anMPsConstituencyIsAPlace() {
        let x = extract("\"Things must change,\" said Mark Dwyer, the MP for Ashdown.")
        #expect(x.entity("Ashdown") == nil, "\(x.summary)")
        #expect(x.entity("Mark Dwyer") != nil)
    }

    @Test func aBrigadeIsABodyAndStrikingOffIsASanction() {
        let x = extract("The Harbour Workers Union said it was appalled. The Tarnwell Fire Brigade said it rejected the union's claims.")
        #expect(x.has("Tarnwell Fire Brigade", .response, "Harbour Workers Union"), "\(x.summary)")
        let y = extract("The General Medical Council struck off Dr Paul Keane after finding he had misled patients.")
        #expect(y.has("General Medical Council", .criticism, "Paul Keane"), "\(y.summary)")
    }
}

@Suite struct PressProbeBodiesTests {
    @Test func aLocalBodyIsNotTheNationalOneItsNameHolds() {
        let x = extract("Tarnwell Police Federation said officers had been \"hung out to dry\" by Tarnwell Police.")
        #expect(x.has("Tarnwell Police Federation", .criticism, "Tarnwell Police"), "\(x.summary)")
        #expect(x.entity("Police Federation of England and Wales") == nil, "\(x.summary)")
    }

    @Test func aCorporateSuffixStillNamesTheSameBody() {
        let x = extract("Moorland Transit Group runs the buses. Moorland Transit was praised by Derek Yeo.")
        #expect(x.entity("Moorland Transit")?.name == "Moorland Transit Group", "\(x.summary)")
    }

    @Test func aQuestionedSpeakersTheyIsTheTopic() {
        let x = extract("Asked about the Home Office's plans, Jenny Holt said they were \"unworkable and cruel\".")
        #expect(x.has("Jenny Holt", .criticism, "Home Office"), "\(x.summary)")
    }

    @Test func disagreeingWithClaimsAnswersThem() {
        let x = extract("Adam Price said the firm was profiteering. Tarnwell Energy said it strongly disagreed with Mr Price's claims.")
        #expect(x.has("Tarnwell Energy", .response, "Adam Price"), "\(x.summary)")
    }
}

@Suite struct PressProbeLexiconTests {
    @Test func harmingThePeopleInOnesCareIsCriticism() {
        let text = """
            The health secretary, Priya Shah, announced the closures on Monday.

            Lena Fox said: "The health secretary has abandoned patients in rural areas."
            """
        let x = extract(text)
        #expect(x.has("Lena Fox", .criticism, "Priya Shah"), "\(x.summary)")
        // Abandoning a plan judges no one.
        let y = extract("Lena Fox said Priya Shah had abandoned the plan.")
        #expect(!y.has("Lena Fox", .criticism, "Priya Shah"), "\(y.summary)")
    }

    @Test func anUntenablePositionIsItsHoldersFault() {
        let x = extract("Kate Bell said Sunita Rao's position was \"untenable\".")
        #expect(x.has("Kate Bell", .criticism, "Sunita Rao"), "\(x.summary)")
    }

    @Test func offeringToSitDownIsAPledge() {
        let x = extract("Sunita Rao said she would \"sit down with the Harbour Workers Union at the earliest opportunity\".")
        #expect(x.has("Sunita Rao", .pledge, "Harbour Workers Union"), "\(x.summary)")
    }
}

@Suite struct PressProbeStanceTests {
    @Test func praiseByComparisonStandsAndItsBlameFallsOnTheOneCompared() {
        let x = extract("Bea Holt said Sam Adeyemi's plan was \"an improvement on his predecessor's state of denial\".")
        #expect(x.has("Bea Holt", .support, "Sam Adeyemi"), "\(x.summary)")
        #expect(!x.has("Bea Holt", .criticism, "Sam Adeyemi"), "\(x.summary)")
    }

    @Test func losingFaithInABodyIsCriticismOfIt() {
        let x = extract("Tom Vance said: \"I have lost all faith in Tarnwell Police.\"")
        #expect(x.has("Tom Vance", .criticism, "Tarnwell Police"), "\(x.summary)")
        #expect(!x.has("Tom Vance", .support, "Tarnwell Police"), "\(x.summary)")
        let y = extract("Ruth Kemp said: \"Our members are sick of seeing Tarnwell Water pump sewage into the river.\"")
        #expect(y.has("Ruth Kemp", .criticism, "Tarnwell Water"), "\(y.summary)")
    }

    @Test func aPhraseQuotedInPartIsStillOnePhrase() {
        let x = extract("Lena Fox said Tarnwell Water was \"beneath\" contempt.")
        #expect(x.has("Lena Fox", .criticism, "Tarnwell Water"), "\(x.summary)")
        let y = extract("Lena Fox said Tarnwell Water was a \"snake-oil\" salesman.")
        #expect(y.has("Lena Fox", .criticism, "Tarnwell Water"), "\(y.summary)")
    }

    @Test func rightToSayIsSupportAndQuestioningCompetenceIsCriticism() {
        let x = extract("Anil Desai said Jo Reeves was \"right to say\" the system needed reform.")
        #expect(x.has("Anil Desai", .support, "Jo Reeves"), "\(x.summary)")
        let y = extract("Maya Bright questioned Sam Adeyemi's competence.")
        #expect(y.has("Maya Bright", .criticism, "Sam Adeyemi"), "\(y.summary)")
        let z = extract("Maya Bright has written to Sam Adeyemi to complain about the delays.")
        #expect(z.has("Maya Bright", .criticism, "Sam Adeyemi"), "\(z.summary)")
    }
}

@Suite struct DelegatesPassTests {
    let text = """
        Members of the Harbour Workers Union gathered in Brighton for the union's annual conference.

        Delegates backed a motion of no confidence in Sam Adeyemi.
        """

    @Test func delegatesActAsTheBodyWhoseConferenceItIs() {
        let x = extract(text)
        #expect(x.has("Harbour Workers Union", .criticism, "Sam Adeyemi"), "\(x.summary)")
        let doc = Document(text: text, abbreviations: Lexicon.standard.abbreviations)
        var state = RecognitionState(doc: doc, lexicon: .standard, dictionary: .standard, date: EventDate(string: "2024-03-15"))
        for pass in ExtractionPipeline.entityPasses(surfaceForms: SurfaceForms(dictionary: .standard)) {
            let before = state.result.mentions.count
            pass.run(&state)
            if pass.id == DelegatesPass().id {
                #expect(state.result.mentions.count == before + 1)
                break
            }
        }
    }

    @Test func twoConferencesLeaveDelegatesUnresolved() {
        let x = extract("""
            The Harbour Workers Union conference and the Tarnwell Nurses Union conference met on Monday.

            Delegates backed a motion of no confidence in Sam Adeyemi.
            """)
        #expect(!x.interactions.contains { $0.type == .criticism }, "\(x.summary)")
    }
}

@Suite struct PressProbeQuoteTests {
    @Test func aQuotedRejectionOfNamedClaimsAnswersTheirOwner() {
        let x = extract("Lena Fox said Tarnwell Borough Council had failed residents. A council spokesperson said: \"We reject Ms Fox's claims entirely.\"")
        #expect(x.has("Tarnwell Borough Council", .response, "Lena Fox"), "\(x.summary)")
        #expect(!x.has("Tarnwell Borough Council", .criticism, "Lena Fox"), "\(x.summary)")
        #expect(x.has("Lena Fox", .criticism, "Tarnwell Borough Council"), "\(x.summary)")
    }

    @Test func commonGivenNamesCarryTheirGender() {
        #expect(referent(of: "his", in: "In a joint letter, Lena Fox and Tom Vance told Sam Adeyemi his plans were \"reckless\".") == "Sam Adeyemi")
    }
}

@Suite struct PressProbeListTests {
    @Test func aPluralPronounAfterAListIsEveryMember() {
        let x = extract("The Tarnwell Nurses Union has written to three trusts - Tarnwell Hospitals NHS Trust, Eastmoor Health NHS Trust and Brackley Community NHS Trust - accusing them of breaking the pay agreement.")
        for trust in ["Tarnwell Hospitals NHS Trust", "Eastmoor Health NHS Trust", "Brackley Community NHS Trust"] {
            #expect(x.has("Tarnwell Nurses Union", .criticism, trust), "\(x.summary)")
        }
    }

    @Test func summoningToAMeetingIsAMeetingAndWastingMoneyIsCriticism() {
        let x = extract("Sam Adeyemi summoned the bosses of Tarnwell Water and Eastmoor Water to a meeting on Tuesday.")
        #expect(x.has("Sam Adeyemi", .meeting, "Tarnwell Water"), "\(x.summary)")
        #expect(x.has("Sam Adeyemi", .meeting, "Eastmoor Water"), "\(x.summary)")
        let y = extract("The Public Accounts Committee found that the Home Office had wasted £1bn on the scheme.")
        #expect(y.has("Public Accounts Committee", .criticism, "Home Office"), "\(y.summary)")
    }
}

@Suite struct PlaceNamingBodyTests {
    @Test func aKnownPlaceActedOnIsTheBodyNamedAfterIt() {
        let x = extract("The University of Sussex was fined. The Office for Students fined Sussex £585,000.")
        #expect(x.has("Office for Students", .criticism, "University of Sussex"), "\(x.summary)")
        // Used as a place in the article, it stays a place.
        let y = extract("The University of Sussex was fined. Residents in Sussex were surprised. The Office for Students fined Sussex.")
        #expect(!resolvedMentions("The University of Sussex was fined. Residents in Sussex were surprised. The Office for Students fined Sussex.")
            .contains { $0.text == "Sussex" && $0.entity == "University of Sussex" }, "\(y.summary)")
    }
}

@Suite struct PressProbeBroadcastingTests {
    @Test func aRulingOfBreachIsCriticismAndATopicNounIsNoPraise() {
        let x = extract("Ofcom ruled that GB News had breached impartiality rules.")
        #expect(x.has("Ofcom", .criticism, "GB News"), "\(x.summary)")
        #expect(!x.has("Ofcom", .support, "GB News"), "\(x.summary)")
    }

    @Test func aQuotedDisagreementAnswersTheOneDisagreedWith() {
        let x = extract("Culture secretary Frances Dale said the licence fee was outdated. The BBC said it \"fundamentally disagrees\" with the culture secretary.")
        #expect(x.entity("Frances Dale")?.role == "culture secretary", "\(x.summary)")
        #expect(x.has("BBC", .response, "Frances Dale"), "\(x.summary)")
    }

    @Test func firingBackAnswersAndContinuingTalksIsAPledge() {
        let x = extract("Keir Starmer attacked the government's record. Rishi Sunak fired back that the Labour Party had \"no plan\".")
        #expect(x.has("Rishi Sunak", .response, "Keir Starmer"), "\(x.summary)")
        let y = extract("Network Rail said it would continue talks with the RMT.")
        #expect(y.has("Network Rail", .pledge, "National Union of Rail, Maritime and Transport Workers"), "\(y.summary)")
    }

    @Test func theMetIsTheMetropolitanPolice() {
        let x = extract("The Met Office said it would rain. The Met said it was investigating. Officers met the family.")
        #expect(x.entity("The Met")?.name == "Metropolitan Police", "\(x.summary)")
        #expect(x.entity("Met Office") != nil, "\(x.summary)")
    }
}

@Suite struct AnsweringStatementTests {
    @Test func aBodysStatementAnswersACriticismAFewSentencesBefore() {
        let x = extract("""
            The Harbour Workers Union has accused Tarnwell Water of putting bonuses before safety.

            Its general secretary, Ann Pryce, said staff were exhausted.

            The union will ballot members next month.

            A Tarnwell Water spokesperson said: "Safety is our first priority and we have invested £40m this year."
            """)
        #expect(x.has("Tarnwell Water", .response, "Harbour Workers Union"), "\(x.summary)")
        let y = extract("Lena Fox, a resident, said Tarnwell Borough Council had ignored complaints about the damp.\n\nIn a statement, the council said it took all complaints seriously.")
        #expect(y.has("Tarnwell Borough Council", .response, "Lena Fox"), "\(y.summary)")
    }

    @Test func aReportedPlanIsNoAnswer() {
        let x = extract("Lena Fox said Tarnwell Water had ignored complaints.\n\nTarnwell Water said it would publish monthly data from October.")
        #expect(!x.has("Tarnwell Water", .response, "Lena Fox"), "\(x.summary)")
    }
}

@Suite struct NarrativeSanctionTests {
    @Test(arguments: [
        "Lena Fox has reported Tarnwell Water to the regulator.",
        "Lena Fox has cut ties with Tarnwell Water.",
        "Lena Fox challenged Tarnwell Water to explain the delays.",
        "Lena Fox said Tarnwell Water owed residents an apology.",
    ])
    func actsAgainstABodyAreCriticism(text: String) {
        let x = extract(text)
        #expect(x.has("Lena Fox", .criticism, "Tarnwell Water"), "\(x.summary)")
    }
}

@Suite struct TitledNameTests {
    @Test func stackedTitlesAndPeersPlacesAreNoPartOfTheName() {
        let x = extract("Professor Sir Chris Whitty praised NHS England. Lord Smith of Finsbury attacked Ofwat. Mr Justice Fordham ruled on the case.")
        #expect(x.entity("Chris Whitty") != nil, "\(x.summary)")
        #expect(x.entity("Finsbury") == nil, "\(x.summary)")
        #expect(x.has("Smith", .criticism, "Ofwat"), "\(x.summary)")
        #expect(x.entity("Justice Fordham") != nil, "\(x.summary)")
    }

    @Test func aPostNominalBeforeTheSpeechVerbStillNamesTheSpeaker() {
        let x = extract("Dr Sarah Wollaston MP said the Care Quality Commission had been too slow.")
        #expect(x.has("Sarah Wollaston", .criticism, "Care Quality Commission"), "\(x.summary)")
    }
}

@Suite struct ExtraposedQuoteTests {
    @Test func aQuotedJudgementOfAnExtraposedClauseJudgesItsSubject() {
        let x = extract("Lena Fox said it was \"unacceptable\" that Tarnwell Water had paid bonuses.")
        #expect(x.has("Lena Fox", .criticism, "Tarnwell Water"), "\(x.summary)")
    }
}
