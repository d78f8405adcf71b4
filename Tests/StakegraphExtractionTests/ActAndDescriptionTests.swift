import Testing
@testable import StakegraphExtraction

/// Arguments that real reporting leaves implicit (issue 13): an act or document criticised in
/// place of its maker, a body's people described rather than named, and the speaker who judges
/// what they name. Texts written by us.
@Suite struct ActOwnerTests {
    @Test func criticisingAnAnnouncedActIsAimedAtWhoeverAnnouncedIt() {
        let text = """
        Health secretary Tom Pellow announced a cap on harbour fees on Monday. The Riverside Trust has criticised the cap.
        """
        let x = extract(text)
        #expect(x.has("Riverside Trust", .criticism, "Tom Pellow"), "\(x.summary)")
    }

    @Test func aHyphenatedModifierLeavesTheActItsMaker() {
        let text = """
        Harbour fees will stay flat, Tom Pellow confirmed as he set a three-year cap on them. The Riverside Trust has criticised the three-year cap.
        """
        let x = extract(text)
        #expect(x.has("Riverside Trust", .criticism, "Tom Pellow"), "\(x.summary)")
    }

    @Test func aQuoteClosedAfterAPluralIsClosed() {
        // The closing mark after "delays" reads like a plural's apostrophe; nothing else closes the quote.
        let text = """
        Ferries must end ‘needless delays’, says Tom Pellow as he announces a fare cap

        The Riverside Trust criticised the cap.
        """
        let x = extract(text)
        #expect(x.has("Riverside Trust", .criticism, "Tom Pellow"), "\(x.summary)")
        let doc = Document(text: "Ferries must end ‘needless delays’, says Tom Pellow.")
        #expect(doc.quotes.count == 1)
        #expect(doc.quotes.first.map { doc.text($0.range) } == "needless delays")
    }

    @Test func aGenericNounStandsForTheLastActNamed() {
        let text = """
        The Coastal Ferry Board imposed a ban on night crossings. The Island Traders Guild welcomed the move.
        """
        let x = extract(text)
        #expect(x.has("Island Traders Guild", .support, "Coastal Ferry Board"), "\(x.summary)")
    }

    @Test func anActWithNoMakerIsNobodysTarget() {
        let text = """
        The Island Traders Guild criticised the freeze on harbour fees.
        """
        let x = extract(text)
        #expect(x.interactions.isEmpty, "\(x.summary)")
    }

    @Test func aMotionAgainstSomeoneIsNotSupportForThem() {
        let text = """
        The Northgate Teachers Association endorsed a motion of no confidence in Tom Pellow.
        """
        let x = extract(text)
        #expect(x.has("Northgate Teachers Association", .criticism, "Tom Pellow"), "\(x.summary)")
        #expect(!x.has("Northgate Teachers Association", .support, "Tom Pellow"), "\(x.summary)")
    }

    @Test func theActOwnersVocabularyRejectsUnknownKeys() {
        #expect(throws: LexiconError.self) { try Lexicon(yaml: "acts:\n  act_noun: [freeze]\n") }
        #expect(throws: LexiconError.self) { try Lexicon(yaml: "descriptions:\n  leaders: [head]\n") }
        #expect(throws: LexiconError.self) { try Lexicon(yaml: "stance:\n  judging: [found]\n") }
    }
}

@Suite struct BodyDescriptionTests {
    @Test func theHeadOfABodyIsItsNamedLeader() {
        let text = """
        Dame Ivy Strand, chief executive of the Harbour Board, spoke on Monday.

        Jon Marsh, the general secretary of the Kestrel Union, met the head of the Harbour Board on Wednesday.
        """
        let x = extract(text)
        #expect(x.has("Jon Marsh", .meeting, "Ivy Strand") || x.has("Ivy Strand", .meeting, "Jon Marsh"), "\(x.summary)")
    }

    @Test func theBodyChiefIsItsNamedLeader() {
        let text = """
        Dame Ivy Strand, chief executive of the Harbour Board, spoke on Monday. The Harbour Board chief has been criticised by the Kestrel Union.
        """
        let x = extract(text)
        #expect(x.has("Kestrel Union", .criticism, "Ivy Strand"), "\(x.summary)")
        #expect(!x.has("Kestrel Union", .criticism, "Harbour Board"), "\(x.summary)")
    }

    @Test func theHeadOfABodyWithNoNamedLeaderIsTheBody() {
        let text = """
        The Kestrel Union criticised the head of the Harbour Board on Tuesday.
        """
        let x = extract(text)
        #expect(x.has("Kestrel Union", .criticism, "Harbour Board"), "\(x.summary)")
    }

    @Test func membersOfABodyActForIt() {
        let text = """
        Members of the Kestrel Union voted to condemn the Harbour Board.
        """
        let x = extract(text)
        #expect(x.has("Kestrel Union", .criticism, "Harbour Board"), "\(x.summary)")
    }
}

@Suite struct JudgingSpeakerTests {
    @Test func aSpeakerWhoFindsJudgesTheOneNamedAfter() {
        let text = """
        The Marine Safety Authority said: "We judged the Harbour Board's safety checks to be badly inadequate."
        """
        let x = extract(text)
        #expect(x.has("Marine Safety Authority", .criticism, "Harbour Board"), "\(x.summary)")
    }

    @Test func aSpeakerWhoActsOnABodyDoesNotJudgeIt() {
        let text = """
        Olu Banjo said: "We are leading the Harbour Board to a brighter future."
        """
        let x = extract(text)
        #expect(!x.has("Olu Banjo", .support, "Harbour Board"), "\(x.summary)")
    }

    @Test func peopleInAnAppositiveAfterABodySpeak() {
        let text = """
        The joint leaders of the Rail Staff Union, Dr Ada Finch and Dr Owen Pike, said: "Hugh Penrose has been reckless and dishonest."
        """
        let x = extract(text)
        #expect(x.has("Ada Finch", .criticism, "Hugh Penrose"), "\(x.summary)")
        #expect(!x.has("Rail Staff Union", .criticism, "Hugh Penrose"), "\(x.summary)")
    }
}

@Suite struct PressIdiomTests {
    @Test func praiseInsideANegativeJudgementsClauseIsNoPraise() {
        let x = extract(#"Tom Pryce said he believes "it is a problem that Jane Holloway speaks out on this so often"."#)
        #expect(x.has("Tom Pryce", .criticism, "Jane Holloway"), "\(x.summary)")
        #expect(!x.has("Tom Pryce", .support, "Jane Holloway"), "\(x.summary)")
    }

    @Test func praiseAfterAModalIsAVerbNotAJudgement() {
        let x = extract("Jane Holloway said she did not have faith that the Harbour Board can correct its failings.")
        #expect(!x.has("Jane Holloway", .support, "Harbour Board"), "\(x.summary)")
    }

    @Test func praiseOfWhatAMeetingBroughtIsForTheOneMet() {
        let x = extract("Tom Pryce hailed a 'real breakthrough' after a meeting with the Harbour Board on Monday.")
        #expect(x.has("Tom Pryce", .support, "Harbour Board"), "\(x.summary)")
        #expect(x.has("Tom Pryce", .meeting, "Harbour Board"), "\(x.summary)")
    }

    @Test func throwingOnesWeightBehindIsSupport() {
        let x = extract("Jane Holloway threw her weight behind the Ferry Guild on Monday.")
        #expect(x.has("Jane Holloway", .support, "Ferry Guild"), "\(x.summary)")
    }

    @Test func sayingABodyNeedsToAcceptSomethingIsCriticism() {
        let x = extract(#"Tom Pryce claimed that the Harbour Board "needs to accept that it is unfair"."#)
        #expect(x.has("Tom Pryce", .criticism, "Harbour Board"), "\(x.summary)")
    }
    @Test func springingToSomeonesDefenceIsSupport() {
        let x = extract("The Kestrel Union leapt to Tom Pellow's defence on Monday.")
        #expect(x.has("Kestrel Union", .support, "Tom Pellow"), "\(x.summary)")
    }

    @Test func takingIssueWithSomeoneAcrossAdverbsIsCriticism() {
        let x = extract("Dame Ivy Strand took issue openly with the Harbour Board about the budget.")
        #expect(x.has("Ivy Strand", .criticism, "Harbour Board"), "\(x.summary)")
    }

    @Test func everySpeakerOfAJointStatementMakesItsPledge() {
        let text = """
        Dr Lena Hartwig and Dr Tomas Beck, leaders of the Junior Surgeons Committee, said: "We would be happy to talk to Peter Renner next week."
        """
        let x = extract(text)
        #expect(x.has("Lena Hartwig", .pledge, "Peter Renner"), "\(x.summary)")
        #expect(x.has("Tomas Beck", .pledge, "Peter Renner"), "\(x.summary)")
    }

    @Test func aRelativeClauseJudgesItsAntecedent() {
        let text = """
        Olu Banjo said: "On Friday I spoke with Professor Ada Finch, who has been remarkably brave."
        """
        let x = extract(text)
        #expect(x.has("Olu Banjo", .support, "Ada Finch"), "\(x.summary)")
    }

    @Test func walkingAwayFromTalksIsCriticism() {
        let x = extract("Hugh Penrose said the Rail Staff Union had walked away from the negotiating table.")
        #expect(x.has("Hugh Penrose", .criticism, "Rail Staff Union"), "\(x.summary)")
    }
}

@Suite struct PressResponseTests {
    @Test func aSpokespersonForABodySpeaksForItAndRejectsTheClaimsMadeBefore() {
        let text = """
        The Ferry Workers Union said the Coastal Ferry Board had "betrayed" its crews.

        A spokesperson for the Coastal Ferry Board said: "We reject these claims entirely."
        """
        let x = extract(text)
        #expect(x.has("Coastal Ferry Board", .response, "Ferry Workers Union"), "\(x.summary)")
    }

    @Test func claimsRejectedWithNoActBeforeAnswerNobody() {
        let x = extract("The Coastal Ferry Board rejected the claims on Monday.")
        #expect(x.interactions.isEmpty, "\(x.summary)")
    }

    @Test func askedAboutSomeonesCommentsIsAResponse() {
        let text = """
        Asked about the Ferry Workers Union's comments, Dale Ivers said the routes would reopen.
        """
        let x = extract(text)
        #expect(x.has("Dale Ivers", .response, "Ferry Workers Union"), "\(x.summary)")
    }

    @Test func itsStandsForTheBodyNamedLastInTheSentence() {
        let text = """
        Health Secretary Tom Pellow hit back at the British Nursing Council on Tuesday, saying its figures were misleading.
        """
        let x = extract(text)
        #expect(x.has("Tom Pellow", .criticism, "British Nursing Council"), "\(x.summary)")
    }

    @Test func callingForSomeoneToBeSackedIsCriticismOfThem() {
        let x = extract("Sam Keane called on the prime minister to sack Hugh Penrose.")
        #expect(x.has("Sam Keane", .criticism, "Hugh Penrose"), "\(x.summary)")
    }

    @Test func theBoardIsTheBoardNamedBefore() {
        let text = """
        The Coastal Ferry Board closed two routes. Home Secretary Rita Vale defended the board on Friday.
        """
        let x = extract(text)
        #expect(x.has("Rita Vale", .support, "Coastal Ferry Board"), "\(x.summary)")
    }

    @Test func aChairOfADescribedBodyDoesNotAnswerTheBody() {
        let text = """
        The Kestrel Assembly said the Harbour Board had lost control of its budget. Olu Banjo, chair of the board, admitted the board had been slow.

        The board rejected the claims on Monday.
        """
        let x = extract(text)
        #expect(!x.has("Harbour Board", .response, "Olu Banjo"), "\(x.summary)")
    }
}

@Suite struct PressStanceTests {
    @Test func aQuotedFeelingReachesTheOneAfterThat() {
        let text = """
        The Department for Harbours said it was "disappointed" that the Royal College of Pilots had chosen to strike.
        """
        let x = extract(text)
        #expect(x.has("Department for Harbours", .criticism, "Royal College of Pilots"), "\(x.summary)")
    }

    @Test func aPlanAnnouncedBySomeoneIsTheirs() {
        let text = """
        The Kestrel Patients Forum has welcomed the plan announced by the Harbour Health Board to cut waiting lists.
        """
        let x = extract(text)
        #expect(x.has("Kestrel Patients Forum", .support, "Harbour Health Board"), "\(x.summary)")
    }

    @Test func aPronounRightAfterAnUnnamedOfficeHolderIsNotTheLastPersonNamed() {
        let text = """
        Former police commissioner Sir Ian Crowe said the Home Office had treated officers with contempt.

        The mayor, Sadia Rahman, has written to the Transport Secretary urging him to reverse the cuts.
        """
        let x = extract(text)
        #expect(!x.has("Sadia Rahman", .criticism, "Ian Crowe"), "\(x.summary)")
    }

    @Test func campaignersFromAGroupActForIt() {
        let text = """
        Kestrel Water was condemned by campaigners from the Clean Rivers Alliance after a sewage spill.
        """
        let x = extract(text)
        #expect(x.has("Clean Rivers Alliance", .criticism, "Kestrel Water"), "\(x.summary)")
    }
}

/// A body's name, plain words and a role before a person: the body qualifies the person, who is
/// the member of the list.
@Suite struct QualifiedListMemberTests {
    @Test func aBodyBeforeARoleQualifiesTheNextMember() {
        let text = """
        Tom Pryce, council leader Ann Lake and Ferry Guild board member Ed Fox were increasingly alarmed about the Island Council.
        """
        let x = extract(text)
        #expect(x.has("Ed Fox", .criticism, "Island Council"), "\(x.summary)")
        #expect(x.has("Tom Pryce", .criticism, "Island Council"), "\(x.summary)")
        #expect(!x.has("Ferry Guild", .criticism, "Island Council"), "\(x.summary)")
        #expect(x.entity("Ed Fox")?.affiliation == "Ferry Guild", "\(x.summary)")
    }
}

/// Grades the narrative reports: the grader's stance toward the one graded.
@Suite struct RatingTests {
    @Test func aBodyRatedInadequateIsCriticised() {
        let x = extract("Dr Ann Lake resigned after the Harbour Inspectorate rated the Ferry Guild inadequate.")
        #expect(x.has("Harbour Inspectorate", .criticism, "Ferry Guild"), "\(x.summary)")
    }

    @Test func aPassiveGradeNamesItsGraderAfterBy() {
        let x = extract("The Ferry Guild was judged outstanding by the Harbour Inspectorate in May.")
        #expect(x.has("Harbour Inspectorate", .support, "Ferry Guild"), "\(x.summary)")
    }

    @Test func aGradeNotGivenIsNoStance() {
        let x = extract("The Harbour Inspectorate has not rated the Ferry Guild inadequate.")
        #expect(x.interactions.isEmpty, "\(x.summary)")
    }
}

/// What a letter judges without naming anyone is judged of the one written to.
@Suite struct LetterAddresseeTests {
    @Test func aJudgementInALetterIsOfItsAddressee() {
        let x = extract(#"In a letter to the Harbour Board, the Ferry Guild said the new timetable was "unworkable"."#)
        #expect(x.has("Ferry Guild", .criticism, "Harbour Board"), "\(x.summary)")
    }

    @Test func aThirdStakeholderNamedIsTheOneJudged() {
        let x = extract(#"Jane Holloway wrote to the Harbour Board accusing the Island Council of "sleeping on the job"."#)
        #expect(x.has("Jane Holloway", .criticism, "Island Council"), "\(x.summary)")
        #expect(!x.has("Jane Holloway", .criticism, "Harbour Board"), "\(x.summary)")
    }
}

/// The object of a cue ends where another verb's phrase begins.
@Suite struct CueObjectTests {
    @Test func aStakeholderAfterAnotherVerbIsNotTheObject() {
        let x = extract("Jane Holloway met several harbour officials and visited the Ferry Guild's depot.")
        #expect(!x.has("Jane Holloway", .meeting, "Ferry Guild"), "\(x.summary)")
    }

    @Test func aCueWordAfterADeterminerIsANoun() {
        let x = extract("Jane Holloway scored twice to give the hosts a win over the Island Council.")
        #expect(!x.interactions.contains { $0.type == .meeting }, "\(x.summary)")
        let y = extract("The Island Council hosted the Ferry Guild on Monday.")
        #expect(y.has("Island Council", .meeting, "Ferry Guild"), "\(y.summary)")
    }

    @Test func aListOfObjectsStillCounts() {
        let x = extract("Jane Holloway met harbour officials and the Ferry Guild on Monday.")
        #expect(x.has("Jane Holloway", .meeting, "Ferry Guild"), "\(x.summary)")
    }
}

/// Phrases in which a cue's or an evaluative word is no act and no opinion (`non_act_phrases`).
@Suite struct NonActPhraseTests {
    @Test func aHeartAttackIsNoAttack() {
        let x = extract(#"Jane Holloway said: "The Ferry Guild's founder suffered a heart attack in May.""#)
        #expect(x.interactions.isEmpty, "\(x.summary)")
    }

    @Test func comingBackIsNoBacking() {
        let x = extract("Jane Holloway came back to the Ferry Guild after a year away.")
        #expect(!x.has("Jane Holloway", .support, "Ferry Guild"), "\(x.summary)")
    }

    @Test func thanksToIsACauseNotThanks() {
        let x = extract("Fares fell thanks to the Harbour Board cutting its levy, the Ferry Guild noted.")
        #expect(!x.has("Ferry Guild", .support, "Harbour Board"), "\(x.summary)")
    }

    @Test func nothingShortOfPraiseIsPraise() {
        let x = extract(#"Jane Holloway said the Ferry Guild's work had been "nothing short of remarkable"."#)
        #expect(x.has("Jane Holloway", .support, "Ferry Guild"), "\(x.summary)")
        #expect(!x.has("Jane Holloway", .criticism, "Ferry Guild"), "\(x.summary)")
    }

    @Test func anUnclearOutcomeJudgesNobody() {
        let x = extract(#"Jane Holloway said it was unclear whether the Ferry Guild would sail on Monday."#)
        #expect(x.interactions.isEmpty, "\(x.summary)")
    }

    @Test func theListIsReadFromTheLexicon() {
        let vocabulary = Lexicon.standard.interactionWords
        let words = ["a", "heart", "attack"]
        #expect(vocabulary.nonActPhrases.longestMatch(at: 1, limit: 3, { words[$0] }) == 2)
        #expect(vocabulary.nonActPhrases.longestMatch(at: 0, limit: 3, { words[$0] }) == nil)
    }
}

@Suite struct ReportedSpeechScopeTests {
    @Test func theListenerOfReportedSpeechIsNotItsTarget() {
        let text = """
        The ferry operator had ignored every warning, Tom Pellow told the Kestrel Times.
        """
        let x = extract(text)
        #expect(!x.has("Tom Pellow", .criticism, "Kestrel Times"), "\(x.summary)")
    }

    @Test func questioningWhetherABodyIsFitIsCriticism() {
        let x = extract("The Tidewater Chamber questioned whether the Port Authority was fit to run the harbour.")
        #expect(x.has("Tidewater Chamber", .criticism, "Port Authority"), "\(x.summary)")
    }

    @Test func beingUnderPressureFromABodyIsItsCriticism() {
        let x = extract("The Port Authority is under pressure from the Maritime Safety Council to publish its review.")
        #expect(x.has("Maritime Safety Council", .criticism, "Port Authority"), "\(x.summary)")
    }
}

@Suite struct PossessiveBodyTests {
    @Test func itsOfficerNamedAfterActsNotTheBody() {
        let text = """
        The Kestrel Teachers Union held its conference on Monday. Its general secretary, Jo Halden, criticised Tom Pellow on Tuesday.
        """
        let x = extract(text)
        #expect(x.has("Jo Halden", .criticism, "Tom Pellow"), "\(x.summary)")
        #expect(!x.has("Kestrel Teachers Union", .criticism, "Tom Pellow"), "\(x.summary)")
    }

    @Test func itsOfficerBelongsToTheBody() {
        let text = """
        The Kestrel Teachers Union criticised the Department for Schools on Monday. Its general secretary, Jo Halden, said the union would keep pressing.

        In response, Jo Halden praised the Department for Schools.
        """
        let x = extract(text)
        #expect(!x.has("Jo Halden", .response, "Kestrel Teachers Union"), "\(x.summary)")
    }
}

@Suite struct ClauseSubjectTests {
    @Test func aParticipleSpeechVerbIsTheMainSubjects() {
        let text = """
        Rita Vale brushed aside a plan by Dale Ivers, telling reporters: "The Port Authority has been a disgrace."
        """
        let x = extract(text)
        #expect(x.has("Rita Vale", .criticism, "Port Authority"), "\(x.summary)")
        #expect(!x.has("Dale Ivers", .criticism, "Port Authority"), "\(x.summary)")
    }

    @Test func aLetterThatCriticisesIsItsWritersAct() {
        let text = """
        A two-page letter from Rita Vale that attacked Dale Ivers was leaked on Monday.
        """
        let x = extract(text)
        #expect(x.has("Rita Vale", .criticism, "Dale Ivers"), "\(x.summary)")
    }
}

@Suite struct QualifiedKindTests {
    @Test func theCountrysBiggestUnionIsTheUnionNamedBefore() {
        let text = """
        The National Union of Dockers met on Monday.

        The region's largest dockers' union has criticised the Harbour Board.
        """
        let x = extract(text)
        #expect(x.has("National Union of Dockers", .criticism, "Harbour Board"), "\(x.summary)")
    }

    @Test func aQualifiedKindWithNoSuchBodyIsNobody() {
        let x = extract("The region's largest dockers' union has criticised the Harbour Board.")
        #expect(x.interactions.isEmpty, "\(x.summary)")
    }
}

@Suite struct TopicAndConfidenceTests {
    @Test func thisInAQuoteIsTheTopicTheSentenceOpenedWith() {
        let text = """
        Commenting on the Harbour Board's plans, Jo Halden said: "This is a reckless gamble with people's jobs."
        """
        let x = extract(text)
        #expect(x.has("Jo Halden", .criticism, "Harbour Board"), "\(x.summary)")
    }

    @Test func confidenceInABodyIsSupportAndNoConfidenceIsCriticism() {
        let text = """
        Rita Vale said: "I have every confidence in the Harbour Board."

        Dale Ivers said: "I have no confidence in the Port Authority."
        """
        let x = extract(text)
        #expect(x.has("Rita Vale", .support, "Harbour Board"), "\(x.summary)")
        #expect(x.has("Dale Ivers", .criticism, "Port Authority"), "\(x.summary)")
        #expect(!x.has("Dale Ivers", .support, "Port Authority"), "\(x.summary)")
    }
}

@Suite struct DocumentFindingTests {
    @Test func aReportWhichFoundSpeaksForItsMaker() {
        let text = """
        A Coastal Audit Office review, which concluded that the Harbour Board had failed its staff, came out in May.
        """
        let x = extract(text)
        #expect(x.has("Coastal Audit Office", .criticism, "Harbour Board"), "\(x.summary)")
    }
}

@Suite struct QuoteAttributionTests {
    @Test func saidASpokesmanForABodyIsTheBodySpeaking() {
        let text = """
        Jo Halden said the talks had ended.

        "The Harbour Board has behaved disgracefully," said a spokesman for the Port Users Group.
        """
        let x = extract(text)
        #expect(x.has("Port Users Group", .criticism, "Harbour Board"), "\(x.summary)")
        #expect(!x.has("Jo Halden", .criticism, "Harbour Board"), "\(x.summary)")
    }

    @Test func aConnectiveBetweenCommasKeepsTheClauseWhole() {
        let text = """
        Dale Ivers said: "The Harbour Board, however, has been reckless."
        """
        let x = extract(text)
        #expect(x.has("Dale Ivers", .criticism, "Harbour Board"), "\(x.summary)")
    }

    @Test func beingAskedAboutABodyIsNoResponseToIt() {
        let x = extract("Rita Vale was asked about the Harbour Board on Monday.")
        #expect(x.interactions.isEmpty, "\(x.summary)")
    }
}

@Suite struct NestedSpeechTests {
    @Test func whatOneSaidEndsWhereAnothersClaimBegins() {
        let text = """
        Rita Vale said Dale Ivers had claimed that the Harbour Board was a disgrace.
        """
        let x = extract(text)
        #expect(x.has("Dale Ivers", .criticism, "Harbour Board"), "\(x.summary)")
        #expect(!x.has("Rita Vale", .criticism, "Harbour Board"), "\(x.summary)")
    }
}

@Suite struct JoinedActTests {
    @Test func joiningAnotherInAnActMakesBothActors() {
        let x = extract("The Port Users Group joined the Ferry Workers Union in condemning the Coastal Ferry Board.")
        #expect(x.has("Port Users Group", .criticism, "Coastal Ferry Board"), "\(x.summary)")
        #expect(x.has("Ferry Workers Union", .criticism, "Coastal Ferry Board"), "\(x.summary)")
    }

    @Test func beingAtLoggerheadsIsCriticism() {
        let x = extract("The Coastguard Agency has been at loggerheads with the Port Authority for months.")
        #expect(x.has("Coastguard Agency", .criticism, "Port Authority"), "\(x.summary)")
    }
}

@Suite struct NamedObjectTests {
    @Test func aNameWhoseFirstWordIsACommonNounIsTheObject() {
        let text = """
        The row went on.

        The Port Authority criticised Network Transit on Monday.
        """
        let x = extract(text)
        #expect(x.has("Port Authority", .criticism, "Network Transit"), "\(x.summary)")
    }

    @Test func aCueBeforeACommonNounIsNoAct() {
        let x = extract("The Harbour Board will support staff at the Port Authority.")
        #expect(!x.has("Harbour Board", .support, "Port Authority"), "\(x.summary)")
    }
}
