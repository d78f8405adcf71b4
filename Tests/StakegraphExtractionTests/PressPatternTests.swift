import Testing
@testable import StakegraphExtraction

/// Patterns of press reporting met outside the dev articles (issue 13): reciprocal acts, words
/// of a nation, unnamed objects of a response. Our own texts.
@Suite struct PressPatternTests {
    @Test func reciprocalObjectMakesEachActorActOnTheOther() {
        let x = extract("Harold Penrith and Joan Castellan attacked each other's records during the hustings on Monday.")
        #expect(x.has("Harold Penrith", .criticism, "Joan Castellan"), "\(x.summary)")
        #expect(x.has("Joan Castellan", .criticism, "Harold Penrith"), "\(x.summary)")
        let y = extract("The Vale Rail Union and the Coastal Ferries Board praised one another after the strike ended.")
        #expect(y.has("Vale Rail Union", .support, "Coastal Ferries Board"), "\(y.summary)")
        #expect(y.has("Coastal Ferries Board", .support, "Vale Rail Union"), "\(y.summary)")
    }

    @Test func aWordOfANationIsNoShortFormOfABody() {
        let x = extract("The Arab League met on Monday. Arab states condemned the Grand Ridge Authority on Wednesday.")
        #expect(!x.has("Arab League", .criticism, "Grand Ridge Authority"), "\(x.summary)")
        #expect(x.entity("Arab League")?.aliases.contains("Arab") != true)
    }

    @Test func aWordOfANationAloneIsNoStakeholder() {
        let x = extract("Syrian officials said the Harbour Trust had failed. The Syrian delegation left.")
        #expect(!x.entityNames.contains("Syrian"), "\(x.entityNames)")
    }

    @Test func answeringAnUnnamedQuestionAnswersNobody() {
        let text = "Deputy mayor Colin Ashgrove criticised the Lowland Water Board. The clip showed Priya Maddox failing to answer a question about the bypass."
        let x = extract(text)
        #expect(!x.has("Priya Maddox", .response, "Colin Ashgrove"), "\(x.summary)")
    }

    @Test func anOrdinaryWordOpeningASentenceIsNoGivenName() {
        let x = extract("Unpredictable Carver faces the committee today. Carver has been unpredictable before, and Carver said so.")
        #expect(!x.entityNames.contains("Unpredictable Carver"), "\(x.entityNames)")
        #expect(x.entityNames.contains("Carver"), "\(x.entityNames)")
    }

    @Test func theirAfterAPluralNounOfTheSentenceIsNotTheBody() {
        #expect(referent(of: "their", in: "Ravi Sethna said the move by the Lowland Water Board would force the tenants to give up their claims.") == nil)
        #expect(referent(of: "their", in: "The Lowland Water Board said the rise would help. Its chair praised their staff.") != nil)
    }

    @Test func aClauseAfterAnObjectPhraseHoldsNoTarget() {
        let x = extract("The Coastal Ferries Board sharply criticised the fare rise, with transport minister Ivo Brannagh warning of delays.")
        #expect(!x.has("Coastal Ferries Board", .criticism, "Ivo Brannagh"), "\(x.summary)")
        let y = extract("Gwen Tallis criticised the plan, saying the Westbrook Assembly had been ignored.")
        #expect(!y.has("Gwen Tallis", .criticism, "Westbrook Assembly"), "\(y.summary)")
        // A list goes on past its comma.
        let z = extract("Gwen Tallis met local farmers, as well as with the Westbrook Assembly, on Monday.")
        #expect(z.has("Gwen Tallis", .meeting, "Westbrook Assembly"), "\(z.summary)")
    }

    @Test func theSufferingSubjectOfAPassiveIsNotJudged() {
        let x = extract("Gwen Tallis said: \"The Westbrook Assembly was ignored and then betrayed.\"")
        #expect(!x.has("Gwen Tallis", .criticism, "Westbrook Assembly"), "\(x.summary)")
        let y = extract("Gwen Tallis said: \"The Westbrook Assembly has failed the town.\"")
        #expect(y.has("Gwen Tallis", .criticism, "Westbrook Assembly"), "\(y.summary)")
    }

    @Test func oneWrittenToIsNoCoSpeaker() {
        let x = extract("In a letter to Gwen Tallis, Ivo Brannagh warned that the Harbour Trust was failing passengers.")
        #expect(x.has("Ivo Brannagh", .criticism, "Harbour Trust"), "\(x.summary)")
        #expect(!x.has("Gwen Tallis", .criticism, "Harbour Trust"), "\(x.summary)")
    }

    @Test func aPluralResponseWordAfterAVerbIsANoun() {
        let x = extract("Gwen Tallis spoke on Monday. The Vale Rail Union wants answers from the Harbour Trust.")
        #expect(!x.interactions.contains { $0.type == .response }, "\(x.summary)")
    }

    @Test func comingInForCriticismFromIsCriticismByTheOneAfter() {
        let x = extract("The Harbour Trust came in for fierce criticism from the Westbrook Assembly on Monday.")
        #expect(x.has("Westbrook Assembly", .criticism, "Harbour Trust"), "\(x.summary)")
    }

    @Test func aMeetingFrontedByAPrepositionWasHeld() {
        let x = extract("At a meeting with Gwen Tallis on Monday, Ivo Brannagh raised pay.")
        #expect(x.has("Ivo Brannagh", .meeting, "Gwen Tallis") || x.has("Gwen Tallis", .meeting, "Ivo Brannagh"), "\(x.summary)")
        let y = extract("In a meeting with Gwen Tallis, Ivo Brannagh said the plan was wrong.")
        #expect(y.has("Ivo Brannagh", .meeting, "Gwen Tallis") || y.has("Gwen Tallis", .meeting, "Ivo Brannagh"), "\(y.summary)")
    }

    @Test func theOneAllegationsAreAgainstIsNotJudged() {
        let x = extract("Kurt Blane said: \"I think the allegations against Vice President Ada Morrow are self-serving and not credible.\"")
        #expect(!x.has("Kurt Blane", .criticism, "Ada Morrow"), "\(x.summary)")
    }

    @Test func oneWhoUndergoesSomethingBadIsNotJudged() {
        let x = extract("Lisa Bohm said Jared Ekwall was at risk because of the humiliation he experienced after his arrest.")
        #expect(!x.has("Lisa Bohm", .criticism, "Jared Ekwall"), "\(x.summary)")
        let y = extract("Lisa Bohm said Jared Ekwall had been reckless.")
        #expect(y.has("Lisa Bohm", .criticism, "Jared Ekwall"), "\(y.summary)")
    }

    @Test func anOpinionInsideASupposedConditionJudgesNoOne() {
        let x = extract("\"If Ada Morrow were careless with the money we would all know,\" Kurt Blane said.")
        #expect(!x.has("Kurt Blane", .criticism, "Ada Morrow"), "\(x.summary)")
    }

    @Test func aDocumentNamedAfterABodySpeaksForIt() {
        let x = extract("The Rivers Audit Office report found the Harbour Trust had failed to meet its targets.")
        #expect(x.has("Rivers Audit Office", .criticism, "Harbour Trust"), "\(x.summary)")
    }

    @Test func callingOnABodyToApologiseIsCriticism() {
        let x = extract("Ivo Brannagh called on the Harbour Trust to apologise. Gwen Tallis urged the Westbrook Assembly to step down.")
        #expect(x.has("Ivo Brannagh", .criticism, "Harbour Trust"), "\(x.summary)")
        #expect(x.has("Gwen Tallis", .criticism, "Westbrook Assembly"), "\(x.summary)")
    }

    @Test func aPassiveAfterAClosedRelativeClauseActsOnItsAntecedent() {
        let x = extract("Gwen Tallis, who chairs the Harbour Trust, was praised by Ivo Brannagh for her leadership.")
        #expect(x.has("Ivo Brannagh", .support, "Gwen Tallis"), "\(x.summary)")
        #expect(!x.has("Ivo Brannagh", .support, "Harbour Trust"), "\(x.summary)")
    }

    @Test func aFrontedSourceOwnsWhatFollowsItsComma() {
        let x = extract("According to the Vale Rail Union, the Harbour Trust has ignored repeated warnings.")
        #expect(x.has("Vale Rail Union", .criticism, "Harbour Trust"), "\(x.summary)")
    }

    @Test func jointSpeakersDoNotJudgeEachOther() {
        let x = extract("Ivo Brannagh and Gwen Tallis said in a joint statement: \"We welcome the Coastal Ferries Board's commitment to talks.\"")
        #expect(x.has("Gwen Tallis", .support, "Coastal Ferries Board"), "\(x.summary)")
        #expect(!x.has("Gwen Tallis", .support, "Ivo Brannagh"), "\(x.summary)")
        #expect(!x.has("Ivo Brannagh", .support, "Gwen Tallis"), "\(x.summary)")
    }

    @Test func anAnswerSpeaksOfTheOneAnswered() {
        let text = "Gwen Tallis said the Westbrook Assembly's plans were unaffordable. The Harbour Trust hit back, saying Ivo Brannagh had misrepresented the figures."
        let x = extract(text)
        #expect(x.has("Harbour Trust", .response, "Ivo Brannagh"), "\(x.summary)")
        #expect(!x.has("Harbour Trust", .response, "Gwen Tallis"), "\(x.summary)")
        // The last speaker, who engaged the actor, stays the one answered.
        let y = extract("Ivo Brannagh accused the Harbour Trust of waste. The Harbour Trust hit back, saying the union was playing politics.")
        #expect(y.has("Harbour Trust", .response, "Ivo Brannagh"), "\(y.summary)")
    }

    @Test func linesWrappedByHandInTheMiddleOfASentenceGoOn() {
        let text = """
        The Westbrook Assembly met on Monday to discuss the ferry timetable and the cost of the new terminal building.

        The Coastal Ferries Board's chair,
        Rosa Ferrand, said the
        Harbour Trust had "badly let down" its
        staff and passengers.

        Ivo Brannagh, general secretary of the Vale Rail Union, thanked the Westbrook Assembly for its help.
        """
        let x = extract(text)
        #expect(x.has("Rosa Ferrand", .criticism, "Harbour Trust"), "\(x.summary)")
        #expect(x.entity("Rosa Ferrand")?.affiliation == "Coastal Ferries Board", "\(x.entityNames)")
    }

    @Test func aSourceAfterItsPossessorIsTheOneNamed() {
        let x = extract("Ivo Brannagh retired in May. According to his deputy, Rosa Ferrand, the Harbour Trust had failed the town.")
        #expect(x.has("Rosa Ferrand", .criticism, "Harbour Trust"), "\(x.summary)")
        #expect(!x.has("Ivo Brannagh", .criticism, "Harbour Trust"), "\(x.summary)")
    }

    @Test func anIndefinitePronounInCapitalsIsNoStakeholder() {
        let x = extract("Everyone called him Ivo. Everybody said the Harbour Trust was wrong.")
        #expect(!x.entityNames.contains("Everyone") && !x.entityNames.contains("Everybody"), "\(x.entityNames)")
    }

    @Test func anActInsideADenialDidNotHappen() {
        let x = extract("Ivo Brannagh denied that he had met the Harbour Trust. Gwen Tallis denied criticising the Westbrook Assembly.")
        #expect(!x.has("Ivo Brannagh", .meeting, "Harbour Trust") && !x.has("Harbour Trust", .meeting, "Ivo Brannagh"), "\(x.summary)")
        #expect(!x.has("Gwen Tallis", .criticism, "Westbrook Assembly"), "\(x.summary)")
    }

    @Test func theMakerNamedAfterAnActIsItsOwner() {
        let text = "Gwen Tallis's decision was welcomed by the Coastal Ferries Board. Later Gwen Tallis welcomed the decision by the Harbour Trust to publish its accounts."
        let x = extract(text)
        #expect(x.has("Gwen Tallis", .support, "Harbour Trust"), "\(x.summary)")
        #expect(x.has("Coastal Ferries Board", .support, "Gwen Tallis"), "\(x.summary)")
    }

    @Test func bodiesOfOtherFieldsAreKnownWithTheirKinds() {
        let x = extract("Channel 4 defended its decision after Ofcom criticised the broadcaster. The BMA met the health secretary. The union said talks had failed.")
        #expect(x.has("Ofcom", .criticism, "Channel 4"), "\(x.summary)")
        #expect(x.entity("BMA")?.name == "British Medical Association", "\(x.entityNames)")
    }

    @Test func theGroupFitsAnyBodyOfMembers() {
        let x = extract("The Vale Rail Federation met the minister on Monday. The group said the Harbour Trust had failed its members.")
        #expect(x.has("Vale Rail Federation", .criticism, "Harbour Trust"), "\(x.summary)")
    }

    @Test func aSentenceAdverbIsNoName() {
        let x = extract("\"Frankly, the Harbour Trust should be ashamed,\" said Ivo Brannagh.")
        #expect(!x.entityNames.contains("Frankly"), "\(x.entityNames)")
        #expect(x.has("Ivo Brannagh", .criticism, "Harbour Trust"), "\(x.summary)")
    }

    @Test func praisingStaffAtABodyIsSupportOfIt() {
        let x = extract("Gwen Tallis praised staff at the Harbour Trust on Monday.")
        #expect(x.has("Gwen Tallis", .support, "Harbour Trust"), "\(x.summary)")
        let y = extract("The Harbour Trust cut support staff at the Westbrook Assembly.")
        #expect(!y.has("Harbour Trust", .support, "Westbrook Assembly"), "\(y.summary)")
    }

    @Test func notListeningIsCriticism() {
        let x = extract("\"The Harbour Trust simply does not listen,\" Ivo Brannagh told reporters.")
        #expect(x.has("Ivo Brannagh", .criticism, "Harbour Trust"), "\(x.summary)")
    }

    @Test func respondingToAnActAnswersItsMaker() {
        let text = "The Harbour Trust announced on Monday that it would close two ferry routes. Responding to the announcement, Ivo Brannagh said the plan was wrong."
        let x = extract(text)
        #expect(x.has("Ivo Brannagh", .response, "Harbour Trust"), "\(x.summary)")
    }

    @Test func aReplyAnswersTheOneWhoWrote() {
        let text = "The Westbrook Assembly called an emergency meeting. Gwen Tallis wrote to the Harbour Trust last week asking it to reconsider. The trust replied that it had no choice."
        let x = extract(text)
        #expect(x.has("Harbour Trust", .response, "Gwen Tallis"), "\(x.summary)")
        #expect(!x.has("Harbour Trust", .response, "Westbrook Assembly"), "\(x.summary)")
    }

    @Test func youInTheLetterThatAnswersSomeoneIsThatOne() {
        let text = """
        Gwen Tallis, the transport secretary, told the Vale Rail Union on Monday that its demands were unaffordable.

        But Ivo Brannagh swiftly responded with a letter saying he would only return after a pay offer.

        "You cannot shut us out and then say your door is open," he wrote.
        """
        let x = extract(text)
        #expect(x.has("Ivo Brannagh", .response, "Gwen Tallis"), "\(x.summary)")
        #expect(x.has("Ivo Brannagh", .criticism, "Gwen Tallis"), "\(x.summary)")
    }

    @Test func aConditionClosedByItsCommaLeavesTheJudgement() {
        let x = extract("\"If the table stays empty, the Harbour Trust is plainly not serious about progress,\" said Ivo Brannagh.")
        #expect(x.has("Ivo Brannagh", .criticism, "Harbour Trust"), "\(x.summary)")
    }

    @Test func aPassiveMayGiveItsReasonBeforeItsAgent() {
        let x = extract("The Westbrook Assembly was slammed for its handling of the crisis by Ivo Brannagh.")
        #expect(x.has("Ivo Brannagh", .criticism, "Westbrook Assembly"), "\(x.summary)")
    }

    @Test func questioningWhyAndTakingToTaskAreCriticism() {
        let x = extract("Gwen Tallis questioned why the Harbour Trust had waited so long. Ivo Brannagh took the Westbrook Assembly to task over the cuts.")
        #expect(x.has("Gwen Tallis", .criticism, "Harbour Trust"), "\(x.summary)")
        #expect(x.has("Ivo Brannagh", .criticism, "Westbrook Assembly"), "\(x.summary)")
    }

    @Test func twoCapitalisedWordsWithNoSignOfAPersonAreNone() {
        let x = extract("Officials at the Westbrook Assembly and Border Protection met on Monday to discuss the routes. It was a long meeting.")
        #expect(!x.entities.contains { $0.name == "Border Protection" && $0.kind == .person }, "\(x.entityNames)")
        // A pronoun soon after, or an act done to them, still says a person.
        let y = extract("The vote went to Ivo Brannagh in the end. He said it was a fair result.")
        #expect(y.entities.contains { $0.name == "Ivo Brannagh" && $0.kind == .person }, "\(y.entityNames)")
    }

    @Test func theOnePerceivedDoesTheActOfTheParticiple() {
        let x = extract("Ivo Brannagh spoke on Monday. \"I was disappointed to hear him criticising the Harbour Trust,\" said Gwen Tallis.")
        #expect(x.has("Ivo Brannagh", .criticism, "Harbour Trust"), "\(x.summary)")
        #expect(!x.has("Gwen Tallis", .criticism, "Harbour Trust"), "\(x.summary)")
        // But one written to does not: "wrote to X urging them to ..." is the writer's act.
        let y = extract("Gwen Tallis wrote to the Harbour Trust urging it to come back to the table.")
        #expect(!y.has("Harbour Trust", .pledge, "Gwen Tallis"), "\(y.summary)")
    }

    @Test(arguments: [
        InteractionCase("The Vale Rail Union came out in support of the Coastal Ferries Board.", "Vale Rail Union", .support, "Coastal Ferries Board"),
        InteractionCase("Ivo Brannagh spoke in favour of the Harbour Trust's plan.", "Ivo Brannagh", .support, "Harbour Trust"),
        InteractionCase("Ivo Brannagh expressed his gratitude to the Coastal Ferries Board.", "Ivo Brannagh", .support, "Coastal Ferries Board"),
        InteractionCase("Gwen Tallis gave her backing to the Harbour Trust.", "Gwen Tallis", .support, "Harbour Trust"),
        InteractionCase("The Harbour Trust has the full support of Gwen Tallis.", "Gwen Tallis", .support, "Harbour Trust"),
    ])
    func supportAsThePressWritesIt(_ c: InteractionCase) { check(c) }

    @Test func aColonAfterAShortObjectOpensItsMembers() {
        let x = extract("The Westbrook Assembly criticised three trusts: the Northam Trust, the Eastvale Trust and the Moor Trust.")
        for trust in ["Northam Trust", "Eastvale Trust", "Moor Trust"] {
            #expect(x.has("Westbrook Assembly", .criticism, trust), "\(x.summary)")
        }
    }

    @Test func oneListedBeforeAGivenNameIsAPersonToo() {
        let x = extract("Ivo Brannagh, Rosa Ferrand and Dafydd Morrow signed a letter condemning the Harbour Trust.")
        #expect(x.has("Ivo Brannagh", .criticism, "Harbour Trust"), "\(x.summary)")
        #expect(x.has("Rosa Ferrand", .criticism, "Harbour Trust"), "\(x.summary)")
    }

    @Test func thePastPerfectLooksBackToTheActorsDatedStatement() {
        let text = """
        Gwen Tallis was answering remarks by Ivo Brannagh on a radio programme broadcast on Tuesday.

        Brannagh, who chairs a rail charity, had suggested that the Harbour Trust was reckless.
        """
        let x = extract(text, date: "2024-03-15")
        let found = x.interactions("Ivo Brannagh", .criticism, "Harbour Trust")
        #expect(found.first?.date?.description == "2024-03-12", "\(x.summary)")
    }

    @Test(arguments: [
        InteractionCase("The Westbrook Assembly passed a no-confidence motion against Rosa Ferrand.", "Westbrook Assembly", .criticism, "Rosa Ferrand"),
        InteractionCase("The Vale Rail Union demanded that the Harbour Trust reverse its decision.", "Vale Rail Union", .criticism, "Harbour Trust"),
        InteractionCase("The Westbrook Assembly called for an independent inquiry into the Harbour Trust.", "Westbrook Assembly", .criticism, "Harbour Trust"),
    ])
    func demandsAndMotionsAreCriticism(_ c: InteractionCase) { check(c) }

    @Test func placesAndNationsShareNoWordWithGivenNames() {
        let lexicon = Lexicon.standard
        let clash = lexicon.places.union(lexicon.nationalities).filter { lexicon.firstNames[$0] != nil }
        #expect(clash.isEmpty, "\(clash.sorted())")
        let x = extract("Officials in Hong Kong met on Monday. Jordan Pike said the Harbour Trust had failed.")
        #expect(!x.entityNames.contains("Hong Kong"), "\(x.entityNames)")
        #expect(x.has("Jordan Pike", .criticism, "Harbour Trust"), "\(x.summary)")
    }

    @Test func afterAContrastItIsWhatTheClauseBeforeNamed() {
        let x = extract("\"I welcome the Harbour Trust's plan, but it is too little, too late,\" said Gwen Tallis.")
        #expect(x.has("Gwen Tallis", .support, "Harbour Trust"), "\(x.summary)")
        #expect(x.has("Gwen Tallis", .criticism, "Harbour Trust"), "\(x.summary)")
    }

    @Test func aFineMessIsNoFine() {
        let x = extract("\"This is a fine mess,\" said Ivo Brannagh of the Harbour Trust. The Westbrook Assembly fined the Harbour Trust in May.")
        #expect(!x.interactions.contains { $0.evidence.cue == "fine" }, "\(x.summary)")
        #expect(x.has("Westbrook Assembly", .criticism, "Harbour Trust"), "\(x.summary)")
    }

    @Test func praiseWhoseClauseThenBlamesIsIrony() {
        let x = extract("\"Thanks a lot, Harbour Trust, for another shambles,\" said Ivo Brannagh.")
        #expect(!x.has("Ivo Brannagh", .support, "Harbour Trust"), "\(x.summary)")
        #expect(x.has("Ivo Brannagh", .criticism, "Harbour Trust"), "\(x.summary)")
    }

    @Test(arguments: ["According to the Harbour Trust,", "Ivo Brannagh said: \"", "Gwen Tallis hit back, saying", "\"You", "Ivo Brannagh had", "In a meeting with"])
    func truncatedEndingsAreRead(_ ending: String) {
        let x = extract("Gwen Tallis criticised the Harbour Trust. Ivo Brannagh responded with a letter. " + ending)
        #expect(x.has("Gwen Tallis", .criticism, "Harbour Trust"), "\(x.summary)")
    }

    @Test func straightSingleMarksQuoteSpeech() {
        let text = """
        Ivo Brannagh, general secretary of the Vale Rail Union, spoke after the talks.

        'The Harbour Trust has let passengers down again,' Mr Brannagh said.

        'The fact that the Westbrook Assembly met with us so quickly is a major step forward.'
        """
        let x = extract(text)
        #expect(x.has("Ivo Brannagh", .criticism, "Harbour Trust"), "\(x.summary)")
        #expect(x.has("Westbrook Assembly", .meeting, "Vale Rail Union") || x.has("Vale Rail Union", .meeting, "Westbrook Assembly"), "\(x.summary)")
        // Apostrophes stay words: "the members' vote", "'90s", "rock 'n' roll".
        #expect(Document(text: "The members' vote in the '90s went ahead, and rock 'n' roll too.").quotes.count <= 1)
        #expect(Document(text: "The members' vote in the '90s went ahead.").quotes.isEmpty)
    }

    @Test func meetingOnesOwnBodyIsNoEngagement() {
        let x = extract("\"Anybody meeting us at all is a step forward,\" said Ivo Brannagh, general secretary of the Vale Rail Union.")
        #expect(!x.interactions.contains { $0.type == .meeting }, "\(x.summary)")
    }

    @Test func aNameAgainIsOneMention() {
        let pairs = resolvedMentions("Commenting on the report, Ivo Brannagh said it was late. Ivo Brannagh and Gwen Tallis said in a joint letter that the Harbour Trust was unaccountable.")
        #expect(pairs.filter { $0.text == "Ivo Brannagh" }.count == 2, "\(pairs)")
        #expect(!pairs.contains { $0.text == "Ivo" }, "\(pairs)")
    }

    @Test func aReplyToABroadcastersQuestionAnswersNoStakeholder() {
        let text = "Gwen Tallis said the Harbour Trust had failed. When asked by ITV News why the trust had waited, Ivo Brannagh responded that it had no choice."
        let x = extract(text)
        #expect(!x.interactions.contains { $0.type == .response }, "\(x.summary)")
    }

    @Test func aStandardJudgesOnlyWhenDenied() {
        let x = extract("The Audit Office said the Harbour Trust was not run properly.")
        #expect(x.has("Audit Office", .criticism, "Harbour Trust"), "\(x.summary)")
        let y = extract("The Audit Office found that the Harbour Trust had not done enough to cut waste.")
        #expect(y.has("Audit Office", .criticism, "Harbour Trust"), "\(y.summary)")
        // Met, a standard says nothing either way.
        let z = extract("The Audit Office said the Harbour Trust was run properly and was funded by the council.")
        #expect(z.interactions.isEmpty, "\(z.summary)")
    }

    @Test func aPlanOrAnActNamedAfterItsAnnouncementIsTheAnnouncers() {
        let x = extract("Transport minister Ivo Brannagh announced a new cap on fares on Monday. The Vale Rail Union slammed the plan as unrealistic.")
        #expect(x.has("Vale Rail Union", .criticism, "Ivo Brannagh"), "\(x.summary)")
        let y = extract("Ivo Brannagh announced that fares would be frozen next year. The freeze was condemned by the Vale Rail Union.")
        #expect(y.has("Vale Rail Union", .criticism, "Ivo Brannagh"), "\(y.summary)")
        // Too far back, and not the news the article opened with, an act is nobody's.
        let z = extract("""
            Storms closed the port. Ferries ran late. Buses were full. \
            Ivo Brannagh announced that fares would be frozen next year. The ferries ran late on Tuesday. \
            Storms closed the port on Wednesday. The freeze was condemned by the Vale Rail Union.
            """)
        #expect(!z.has("Vale Rail Union", .criticism, "Ivo Brannagh"), "\(z.summary)")
        // The act the article opens with is what "the decision" means far below.
        let w = extract("""
            The Harbour Trust announced on Monday that it would close two wards.

            Ferries ran late. Buses were full. Storms closed the port.

            Mara Quill of the Nurses Guild said the decision was "short-sighted and cruel".
            """)
        #expect(w.has("Mara Quill", .criticism, "Harbour Trust"), "\(w.summary)")
    }

    @Test func aBareItIsTheActJustAnnounced() {
        let x = extract("Ivo Brannagh announced a freeze on fares. The Westbrook Assembly said it was a step in the right direction.")
        #expect(x.has("Westbrook Assembly", .support, "Ivo Brannagh"), "\(x.summary)")
        let y = extract("Ivo Brannagh announced a freeze on fares. The ferries ran late on Tuesday. Storms closed the port. The Westbrook Assembly said it was a step in the right direction.")
        #expect(!y.has("Westbrook Assembly", .support, "Ivo Brannagh"), "\(y.summary)")
    }

    @Test func aPortfolioBeforeMinisterIsNoShortFormOfABody() {
        let x = extract("Environment minister Ivo Brannagh said the Harbour Trust had failed. The Environment Agency agreed.")
        #expect(x.entity("Environment Agency")?.aliases.contains("Environment") != true, "\(x.entityNames)")
        #expect(x.entity("Ivo Brannagh")?.affiliation != "Environment Agency", "\(x.summary)")
    }

    @Test func anActThatSparksABacklashIsItsMakers() {
        let x = extract("Ivan Brannagh announced a levy. The levy sparked a backlash from the Coastal Anglers Association.")
        #expect(x.has("Coastal Anglers Association", .criticism, "Ivan Brannagh"), "\(x.summary)")
        let y = extract("Ivan Brannagh sparked anger among the Coastal Anglers Association.")
        #expect(y.has("Coastal Anglers Association", .criticism, "Ivan Brannagh"), "\(y.summary)")
    }

    @Test func questionsToAnswerAreBlameNotAnAnswer() {
        let x = extract("""
            The Coastal Anglers Association criticised the Harbour Trust. \
            Minister Ivan Brannagh said the trust had "questions to answer".
            """)
        #expect(x.has("Ivan Brannagh", .criticism, "Harbour Trust"), "\(x.summary)")
        #expect(!x.interactions.contains { $0.type == .response }, "\(x.summary)")
    }

    @Test func concernsAboutAndLeapingToADefenceAreStances() {
        let x = extract("Ruth Calder said the Rivers Trust had serious concerns about the Harbour Trust's plans.")
        #expect(x.has("Ruth Calder", .criticism, "Harbour Trust"), "\(x.summary)")
        let y = extract("The Rivers Trust leapt to the defence of the Harbour Trust on Monday.")
        #expect(y.has("Rivers Trust", .support, "Harbour Trust"), "\(y.summary)")
    }

    @Test func aReportedClauseHasASubjectOfItsOwn() {
        let x = extract("Ivo Brannagh said the Harbour Trust had criticised the Vale Rail Union.")
        #expect(x.has("Harbour Trust", .criticism, "Vale Rail Union"), "\(x.summary)")
        #expect(!x.has("Ivo Brannagh", .criticism, "Vale Rail Union"), "\(x.summary)")
        let y = extract("Ivo Brannagh told reporters the Harbour Trust had met the Vale Rail Union twice.")
        #expect(y.has("Harbour Trust", .meeting, "Vale Rail Union") || y.has("Vale Rail Union", .meeting, "Harbour Trust"), "\(y.summary)")
        // The speaker still acts when the clause is theirs: "said he had met".
        let z = extract("Ivo Brannagh said he had met the Vale Rail Union.")
        #expect(z.has("Ivo Brannagh", .meeting, "Vale Rail Union") || z.has("Vale Rail Union", .meeting, "Ivo Brannagh"), "\(z.summary)")
        // A relative clause's speech is not the main clause's.
        let w = extract("Ivo Brannagh, who said the Harbour Trust was late, criticised the Vale Rail Union.")
        #expect(w.has("Ivo Brannagh", .criticism, "Vale Rail Union"), "\(w.summary)")
    }

    @Test func theOfficeIsNotItsShadowAndMayBeNamedLater() {
        let text = """
            The union's general secretary, Mara Quill, said ministers had walked away.

            "The transport secretary has shown total contempt for drivers," she said.

            Transport Secretary Ivo Brannagh said his door remained open.

            Labour's shadow transport secretary, Gwen Tallis, blamed the government.
            """
        let x = extract(text)
        #expect(x.entity("Gwen Tallis")?.role == "shadow transport secretary", "\(x.summary)")
        #expect(x.has("Mara Quill", .criticism, "Ivo Brannagh"), "\(x.summary)")
        #expect(!x.has("Mara Quill", .criticism, "Gwen Tallis"), "\(x.summary)")
    }

    @Test func aSpeakerIsNeverTheHeOrSheOfTheirOwnQuote() {
        // Nobody else named: "he" is someone unnamed, not the speaker.
        let x = extract("Mara Quill said: \"He has had every chance to settle this and he has wasted millions.\"")
        #expect(x.interactions.isEmpty, "\(x.summary)")
        // A name said earlier in the quotes is who "he" is.
        let y = extract("""
            "The transport secretary has shown contempt for drivers," Mara Quill said. Transport Secretary Ivo Brannagh was not available.

            "He has wasted millions," she added.
            """)
        #expect(y.has("Mara Quill", .criticism, "Ivo Brannagh"), "\(y.summary)")
    }

    @Test func aBodyThatSpeaksIsTheItAfterItsSpeechVerb() {
        let x = extract("The Vale Rail Union, which is also in dispute, said it supported the Harbour Drivers Guild's action.")
        #expect(x.has("Vale Rail Union", .support, "Harbour Drivers Guild"), "\(x.summary)")
        let y = extract("The Dockers union said it backed the Harbour Drivers Guild.")
        #expect(y.has("Dockers", .support, "Harbour Drivers Guild") || y.interactions.contains { $0.type == .support }, "\(y.summary)")
    }

    @Test func aSpokespersonNamedByNoBodyIsTheBodyJustNamed() {
        let x = extract("""
            The Harbour Operators Group said the walkouts were damaging.

            A spokesperson said: "The Vale Rail Union continues to put politics before passengers."
            """)
        #expect(x.has("Harbour Operators Group", .criticism, "Vale Rail Union"), "\(x.summary)")
        // Too far from any body, a spokesperson is nobody known.
        let y = extract("""
            The Harbour Operators Group said the walkouts were damaging. Trains were cancelled. Buses ran late.

            A spokesperson said: "The Vale Rail Union continues to put politics before passengers."
            """)
        #expect(!y.has("Harbour Operators Group", .criticism, "Vale Rail Union"), "\(y.summary)")
    }

    @Test func aCommonWordOpeningASentenceIsNoShortFormOfALongerName() {
        let x = extract("The Rail Delivery Board met on Monday. Rail operators have accused the Vale Rail Union of holding passengers to ransom.")
        #expect(!x.has("Rail Delivery Board", .criticism, "Vale Rail Union"), "\(x.summary)")
        // Used alone elsewhere, the word is the body's name.
        let y = extract("The Copperfield Housing Association was fined. Copperfield was criticised by the Social Housing Office. Tenants said Copperfield had failed them.")
        #expect(y.has("Social Housing Office", .criticism, "Copperfield Housing Association"), "\(y.summary)")
    }

    @Test func whatShouldBeReversedIsItsOwnersFault() {
        let x = extract("The Lecturers Union argued that Ruth Calder's stance on uniforms should be robustly challenged.")
        #expect(x.has("Lecturers Union", .criticism, "Ruth Calder"), "\(x.summary)")
        let y = extract("The Lecturers Union said Ruth Calder's decision should be reversed.")
        #expect(y.has("Lecturers Union", .criticism, "Ruth Calder"), "\(y.summary)")
        let z = extract("Dan Pryce demanded Colin Marsh offer an apology to residents.")
        #expect(z.has("Dan Pryce", .criticism, "Colin Marsh"), "\(z.summary)")
    }

    @Test func aCommitteeWhoseNameHoldsCommasIsOneBody() {
        let x = extract("Gwen Tallis was criticised by the Culture, Media and Sport Committee on Tuesday.")
        #expect(x.has("Culture, Media and Sport Committee", .criticism, "Gwen Tallis"), "\(x.summary)")
        #expect(!x.entityNames.contains("Media and Sport Committee"), "\(x.entityNames)")
    }

    @Test func theyInAQuoteIsTheOneBodyNamedJustBefore() {
        let x = extract("Minister Ivo Brannagh said: \"I have met the Nurses Guild several times. But their demands are unaffordable.\"")
        #expect(x.has("Ivo Brannagh", .criticism, "Nurses Guild"), "\(x.summary)")
        let y = extract("Mara Quill said the Harbour Trust had ignored staff. \"They have treated our members with contempt,\" she said.")
        #expect(y.interactions.filter { $0.type == .criticism }.count >= 1, "\(y.summary)")
        // A plural noun of its own sentence is what "they" means.
        let z = extract("Karen Lodge of the Nurses Guild visited the Harbour Trust. She said: \"Nurses are exhausted by a problem they cannot solve.\"")
        #expect(!z.has("Karen Lodge", .criticism, "Harbour Trust"), "\(z.summary)")
        // Two bodies it could be: none.
        let w = extract("Ivo Brannagh said: \"I have met the Nurses Guild and the Harbour Trust. But their demands are unaffordable.\"")
        #expect(!w.interactions.contains { $0.type == .criticism }, "\(w.summary)")
    }

    @Test func membersNamedAfterIncludingAreTheObject() {
        let x = extract("Minister Ivo Brannagh held talks with union leaders on Tuesday, including Mara Quill of the Teachers Guild and Paul Dent of the Heads Association.")
        #expect(x.has("Ivo Brannagh", .meeting, "Mara Quill") || x.has("Mara Quill", .meeting, "Ivo Brannagh"), "\(x.summary)")
        #expect(x.has("Ivo Brannagh", .meeting, "Paul Dent") || x.has("Paul Dent", .meeting, "Ivo Brannagh"), "\(x.summary)")
        // "The two sides" after talks with two: the two, not the last two people named.
        let y = extract("Minister Ivo Brannagh held talks with Mara Quill of the Teachers Guild on Tuesday. The two sides met again on Thursday.")
        #expect(!y.interactions.contains { $0.type == .meeting && $0.source != "person:ivo-brannagh" && $0.target != "person:ivo-brannagh" }, "\(y.summary)")
        let z = extract("Minister Ivo Brannagh held talks with Mara Quill and Paul Dent on Tuesday. The two sides met again on Thursday.")
        #expect(!(z.has("Mara Quill", .meeting, "Paul Dent") || z.has("Paul Dent", .meeting, "Mara Quill")), "\(z.summary)")
    }

    @Test func aFieldBeforeAKindNounMustBeInTheBodysName() {
        let pairs = resolvedMentions("The Office for Students warned Northgate University. The chief constable apologised after a damning report by the police watchdog.")
        #expect(!pairs.contains { $0.text == "the police watchdog" && $0.entity == "Office for Students" }, "\(pairs)")
        let x = extract("Ruth Hale, the police and crime commissioner for Northshire, said she had lost confidence in Dave Price, the chief constable.")
        #expect(x.entity("Ruth Hale")?.role == "police and crime commissioner", "\(x.summary)")
        #expect(x.has("Ruth Hale", .criticism, "Dave Price"), "\(x.summary)")
    }

    @Test func aQuotedStatementByOneJustCriticisedAnswersTheCritic() {
        let x = extract("""
            The Harbour Trust was criticised by the Nurses Guild on Monday over staffing levels.

            A spokesman for the trust said: "We are proud of our staff and the care they give."
            """)
        #expect(x.has("Harbour Trust", .response, "Nurses Guild"), "\(x.summary)")
        // A plan reported, not their own words: no answer read into it.
        let y = extract("""
            The Harbour Trust was criticised by the Nurses Guild on Monday over staffing levels.

            The trust said it would publish its staffing figures every month.
            """)
        #expect(!y.has("Harbour Trust", .response, "Nurses Guild"), "\(y.summary)")
        // A body's statement a line or two on still answers (the right of reply); a person's
        // only in the sentence just after: further on, it is as often about other things.
        let w = extract("""
            The Harbour Trust was criticised by the Nurses Guild on Monday. Wards were busy.

            A spokesman for the trust said: "We are proud of our staff."
            """)
        #expect(w.has("Harbour Trust", .response, "Nurses Guild"), "\(w.summary)")
        let t = extract("""
            Sam Adeyemi was criticised by the Nurses Guild on Monday. Wards were busy.

            Mr Adeyemi said: "We are proud of our staff."
            """)
        #expect(!t.has("Sam Adeyemi", .response, "Nurses Guild"), "\(t.summary)")
        // An unquoted statement by the body answers when it is said or insisted, not announced.
        let v = extract("""
            The Harbour Trust was criticised by the Nurses Guild on Monday over staffing levels.

            The trust insisted its wards were safe.
            """)
        #expect(v.has("Harbour Trust", .response, "Nurses Guild"), "\(v.summary)")
        let u = extract("""
            The Harbour Trust was criticised by the Nurses Guild on Monday over staffing levels.

            The trust announced a new car park for visitors.
            """)
        #expect(!u.has("Harbour Trust", .response, "Nurses Guild"), "\(u.summary)")
        let z = extract("""
            The Harbour Trust was criticised by the Nurses Guild on Monday. Wards were busy. Beds were short.

            The winter was long. The car park was full.

            A spokesman for the trust said: "We are proud of our staff."
            """)
        #expect(!z.has("Harbour Trust", .response, "Nurses Guild"), "\(z.summary)")
    }

    @Test func somethingUnveiledByABodyIsItsAct() {
        let x = extract("""
            The new fare cards, unveiled by the Harbour Trust on Monday, have been condemned by passengers.

            Mara Quill of the Nurses Guild said the changes were "a missed opportunity".
            """)
        #expect(x.has("Mara Quill", .criticism, "Harbour Trust"), "\(x.summary)")
        let y = extract("The Vale Union gave the Harbour Trust's plan a cautious welcome.")
        #expect(y.has("Vale Union", .support, "Harbour Trust"), "\(y.summary)")
    }

    @Test func theOneToldIsNotWhatWasSaid() {
        let x = extract("Paul Dent told Sky News the Harbour Trust was \"in denial\".")
        #expect(x.has("Paul Dent", .criticism, "Harbour Trust"), "\(x.summary)")
        #expect(!x.has("Paul Dent", .criticism, "Sky News"), "\(x.summary)")
        let y = extract("Writing in a newspaper, Mara Quill said the Harbour Trust had \"lost its way\".")
        #expect(y.has("Mara Quill", .criticism, "Harbour Trust"), "\(y.summary)")
    }
}
