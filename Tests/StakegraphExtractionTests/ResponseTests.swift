import Testing
@testable import StakegraphExtraction

/// Responses as the press reports them (issue 13): triggers with the one answered or their
/// statement, statement-only triggers, fronted phrases and bare "in response". Our own texts.
@Suite struct ResponseTests {
    @Test(arguments: [
        InteractionCase("The Harbour Trust has rejected criticism from the Port Authority that it lacks a plan.", "Harbour Trust", .response, "Port Authority"),
        InteractionCase("Sarah Cole was responding to comments by the former adviser Simon Dale.", "Sarah Cole", .response, "Simon Dale"),
        InteractionCase("Water minister Sarah Cole dismissed Simon Dale's intervention on Tuesday.", "Sarah Cole", .response, "Simon Dale"),
        InteractionCase("Sarah Cole hit back at the Harbour Trust on Monday.", "Sarah Cole", .response, "Harbour Trust"),
        InteractionCase("Responding to comments from the transport secretary, Peter Renner, Dr Lena Hartwig said the figures were wrong.", "Lena Hartwig", .response, "Peter Renner"),
        InteractionCase("The Harbour Trust reacted angrily to Simon Dale's remarks.", "Harbour Trust", .response, "Simon Dale"),
        InteractionCase("Sarah Cole responded robustly to the Harbour Trust on Friday.", "Sarah Cole", .response, "Harbour Trust"),
        InteractionCase("Responding to remarks from the Secretary of State for Rivers Peter Renner, Dr Lena Hartwig said the figures were wrong.", "Lena Hartwig", .response, "Peter Renner"),
    ])
    func triggers(_ c: InteractionCase) { check(c) }

    @Test func jointAnswerAfterAFrontedPhrase() {
        let x = extract("Responding to comments from the transport secretary, Peter Renner, Dr Lena Hartwig and Dr Tomas Beck said the figures were wrong.")
        #expect(x.has("Lena Hartwig", .response, "Peter Renner"), "\(x.summary)")
        #expect(x.has("Tomas Beck", .response, "Peter Renner"), "\(x.summary)")
        #expect(!x.has("Peter Renner", .response, "Lena Hartwig"), "\(x.summary)")
    }

    @Test func dismissingAPersonIsNoResponse() {
        let x = extract("The Harbour Trust dismissed Simon Dale in March.")
        #expect(!x.has("Harbour Trust", .response, "Simon Dale"), "\(x.summary)")
    }

    @Test func welcomingAStatementIsSupportNotResponse() {
        let x = extract("Sarah Cole welcomed Simon Dale's intervention on the bridge.")
        #expect(x.has("Sarah Cole", .support, "Simon Dale"), "\(x.summary)")
        #expect(!x.has("Sarah Cole", .response, "Simon Dale"), "\(x.summary)")
    }

    @Test func bareResponseAnswersTheActAimedAtTheSpeaker() {
        let text = """
        The Port Authority said the Harbour Trust had failed to publish its accounts. In response, the Harbour Trust said it had already started work.
        """
        let x = extract(text)
        #expect(x.has("Harbour Trust", .response, "Port Authority"), "\(x.summary)")
    }

    @Test func responseVocabularyRefusesUnknownKeys() {
        #expect(throws: LexiconError.self) { try Lexicon(yaml: "responses:\n  objet_triggers: [answered]\n") }
    }
}

/// Feelings the narrator reports of named subjects, aimed at a stakeholder (issue 13).
@Suite struct NarrativeStateTests {
    @Test func aFeelingOfSeveralSubjectsAimsAtTheObject() {
        let x = extract("Peter Renner, Sarah Cole and Simon Dale were \"increasingly alarmed\" about the Harbour Trust.")
        for name in ["Peter Renner", "Sarah Cole", "Simon Dale"] {
            #expect(x.has(name, .criticism, "Harbour Trust"), "\(x.summary)")
        }
    }

    @Test func aPassiveActIsTheCuesToRead() {
        let x = extract("The Harbour Trust was criticised by the Port Authority last year.")
        #expect(x.has("Port Authority", .criticism, "Harbour Trust"), "\(x.summary)")
        #expect(!x.has("Harbour Trust", .criticism, "Port Authority"), "\(x.summary)")
    }

    @Test func aNegatedFeelingIsNone() {
        let x = extract("Sarah Cole was not alarmed about the Harbour Trust.")
        #expect(!x.has("Sarah Cole", .criticism, "Harbour Trust"), "\(x.summary)")
    }
}

/// People known only by their office once named (issue 13).
@Suite struct OfficeHolderTests {
    @Test func theOfficeNamesThePersonIntroducedJustBefore() {
        let text = "Sarah Cole has accused the Harbour Trust of delays. The transport secretary has also criticised the Port Authority."
        let x = extract(text)
        #expect(x.has("Sarah Cole", .criticism, "Port Authority"), "\(x.summary)")
    }

    @Test func anOfficeDoesNotNameSomeoneWithAnotherRole() {
        let text = "Sarah Cole, chief executive of the Harbour Trust, spoke on Monday. The transport secretary has criticised the Port Authority."
        let x = extract(text)
        #expect(!x.has("Sarah Cole", .criticism, "Port Authority"), "\(x.summary)")
    }
}

/// Cue words read as the press uses them (issue 13).
@Suite struct CueReadingTests {
    @Test func aCapitalisedCueInsideASentenceIsAName() {
        let x = extract("Sarah Cole accuses Met of double standards, says the Harbour Trust.")
        #expect(!x.interactions.contains { $0.type == .meeting }, "\(x.summary)")
    }

    @Test func anUnrecognisedAccusedIsNotReplacedByALaterName() {
        let x = extract("The Harbour Workers Union accused the cabinet minister of waging a vendetta against the Port Authority.")
        #expect(!x.has("Harbour Workers Union", .criticism, "Port Authority"), "\(x.summary)")
    }

    @Test func anActOfAnUnnamedSubjectIsNotTheSentenceSubjects() {
        let x = extract("Simon Dale has argued with Sarah Cole over how much money the government has promised the Harbour Trust.")
        #expect(!x.has("Simon Dale", .pledge, "Harbour Trust"), "\(x.summary)")
    }

    @Test func answeringSomeonesFiguresAnswersThem() {
        let text = "The Eastgate Tenants Federation published a survey of repairs. Farah Siddiqui responded in a statement, insisting that the federation's figures overstate the problem."
        let x = extract(text)
        #expect(x.has("Farah Siddiqui", .response, "Eastgate Tenants Federation"), "\(x.summary)")
    }
}

@Suite struct DescribedTargetTests {
    @Test func aDescriptionInTheSlotNamesTheOneBodyBefore() {
        let x = extract("The Eastmoor Residents Forum has called for an inquiry into Kestrel Homes, accusing the landlord of leaving families without heating.")
        #expect(x.has("Eastmoor Residents Forum", .criticism, "Kestrel Homes"), "\(x.summary)")
    }
}

@Suite struct ResponsePhraseAndDemandTests {
    @Test func aModifiedResponseNounAnswersTheActBefore() {
        let text = "The Port Authority said the Harbour Trust had broken the rules. However, in a typically robust response, the Harbour Trust insisted it had done nothing wrong."
        let x = extract(text)
        #expect(x.has("Harbour Trust", .response, "Port Authority"), "\(x.summary)")
    }

    @Test func aFuriousReplyToSomeoneAnswersThem() {
        let x = extract("In a furious reply to Simon Dale, Sarah Cole said the figures were invented.")
        #expect(x.has("Sarah Cole", .response, "Simon Dale"), "\(x.summary)")
    }

    @Test func aDemandThatABodyFixItsProblemsIsCriticism() {
        let x = extract("The Harbour Trust must address \"safety and staffing\" problems, Sarah Cole said.")
        #expect(x.has("Sarah Cole", .criticism, "Harbour Trust"), "\(x.summary)")
        #expect(!x.has("Sarah Cole", .support, "Harbour Trust"), "\(x.summary)")
    }
}

@Suite struct NounCueAndCataphoraTests {
    @Test func anAttackNamedAfterAPrepositionIsNotTheSubjects() {
        let x = extract("Sarah Cole said she was furious over recent attacks on the Harbour Trust.")
        #expect(!x.has("Sarah Cole", .criticism, "Harbour Trust"), "\(x.summary)")
    }

    @Test func aQuotedPhraseInsideAPatternStillMatches() {
        let x = extract("Sarah Cole wrote to the Harbour Workers Union urging them to \"come back to the table\" for talks.")
        #expect(x.has("Sarah Cole", .pledge, "Harbour Workers Union"), "\(x.summary)")
    }

    @Test func anOfficeNamedBeforeItsOnlyHolderIsThem() {
        let text = "The Harbour Workers Union has criticised the transport secretary. Transport Secretary Sarah Cole said the union should return to talks."
        let x = extract(text)
        #expect(x.has("Harbour Workers Union", .criticism, "Sarah Cole"), "\(x.summary)")
    }
}

@Suite struct HeldMeetingsAndBackersTests {
    @Test func aMeetingAfterWhichSomeoneSpokeWasHeld() {
        let x = extract("Marta Kowalczyk hailed a step forward after a meeting with the Department for Transport yesterday.")
        #expect(x.has("Marta Kowalczyk", .meeting, "Department for Transport"), "\(x.summary)")
    }

    @Test func aMeetingSpokenOfWasNotHeld() {
        let x = extract("Marta Kowalczyk said a proper meeting with the Department for Transport was overdue.")
        #expect(!x.interactions.contains { $0.type == .meeting }, "\(x.summary)")
    }

    @Test func backersListedAreSupporters() {
        let x = extract("The Harbour Trust attracted celebrity backers including the former minister Peter Renner and the artist Simon Dale.")
        #expect(x.has("Peter Renner", .support, "Harbour Trust"), "\(x.summary)")
        #expect(x.has("Simon Dale", .support, "Harbour Trust"), "\(x.summary)")
    }

    @Test func aFineIsCriticism() {
        let x = extract("The Port Authority fined the Harbour Trust last year.")
        #expect(x.has("Port Authority", .criticism, "Harbour Trust"), "\(x.summary)")
    }

    @Test func usInTheQuoteOfABodysLeaderIsTheBody() {
        let text = "Marta Kowalczyk, general secretary of the Harbour Workers Union, said: \"The Port Authority met with us within a week.\""
        let x = extract(text)
        #expect(x.has("Port Authority", .meeting, "Harbour Workers Union"), "\(x.summary)")
    }
}

@Suite struct ListEndAndWantedMeetingTests {
    @Test func aNameAfterACommaThatStartsAClauseIsNoListMember() {
        let x = extract("Marta Kowalczyk said she held talks with Peter Renner, Sarah Cole is yet to meet them.")
        #expect(x.has("Marta Kowalczyk", .meeting, "Peter Renner"), "\(x.summary)")
        #expect(!x.has("Marta Kowalczyk", .meeting, "Sarah Cole"), "\(x.summary)")
    }

    @Test func aListOfNamesStillCounts() {
        let x = extract("Marta Kowalczyk met Peter Renner, Sarah Cole and Simon Dale on Monday.")
        for name in ["Peter Renner", "Sarah Cole", "Simon Dale"] {
            #expect(x.has("Marta Kowalczyk", .meeting, name), "\(x.summary)")
        }
    }

    @Test func aMeetingWantedIsNotHeld() {
        let x = extract("Marta Kowalczyk said: \"If she is so confident, Sarah Cole should have the respect to sit down with us.\"")
        #expect(!x.interactions.contains { $0.type == .meeting }, "\(x.summary)")
    }
}

@Suite struct PassiveAndDemandTests {
    @Test(arguments: [
        InteractionCase("The Harbour Trust was branded \"a disgrace\" by Peter Renner.", "Peter Renner", .criticism, "Harbour Trust"),
        InteractionCase("The Harbour Trust has been accused by Sarah Cole of hiding the figures.", "Sarah Cole", .criticism, "Harbour Trust"),
        InteractionCase("Simon Dale urged the Port Authority to reverse the cuts.", "Simon Dale", .criticism, "Port Authority"),
        InteractionCase("The Harbour Trust faced a backlash from the Harbour Workers Union.", "Harbour Workers Union", .criticism, "Harbour Trust"),
        InteractionCase("The Harbour Workers Union expressed concern about the Port Authority's plans.", "Harbour Workers Union", .criticism, "Port Authority"),
    ])
    func readings(_ c: InteractionCase) { check(c) }
}
