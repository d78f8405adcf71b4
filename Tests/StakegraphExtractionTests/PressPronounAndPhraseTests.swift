import Testing
@testable import StakegraphExtraction

/// Mechanisms of the sixth session on issue 13: pronouns bound by their clause, the one spoken
/// of after the speaker, contractions in the evaluative lexicon, bodies judged where failings
/// happen, documents with an appositive before their verb, group nouns inside names. Our own texts.
@Suite struct PressPronounAndPhraseTests {
    @Test func anObjectPronounIsNotItsOwnClausesSubject() {
        let text = "Ms Hallam wrote an article on Monday. In response to Ms Hallam's article, Joanna Pike described her as \"out of control\"."
        #expect(referent(of: "her", in: text) == "Hallam")
        let x = extract(text)
        #expect(x.has("Joanna Pike", .criticism, "Hallam"), "\(x.summary)")
        #expect(referent(of: "her", in: "Ruth Dawkins criticised the plan. Joanna Pike described her as reckless.") == "Ruth Dawkins")
        // A clause of its own between them frees the pronoun: "said Y had attacked him".
        #expect(referent(of: "him", in: "Martin Ebbs said Joanna Pike had attacked him unfairly.") == "Martin Ebbs")
        // A possessive may be the subject's own.
        #expect(referent(of: "her", in: "Joanna Pike defended her record on Monday.") == "Joanna Pike")
    }

    @Test func anObjectRightAfterASpeechVerbIsNotTheSpeaker() {
        let x = extract("Ms Hallam wrote an article on Monday.\n\nJoanna Pike described her as reckless.")
        #expect(x.has("Joanna Pike", .criticism, "Hallam"), "\(x.summary)")
        // A subject right after the verb still is: "said she would".
        #expect(referent(of: "she", in: "Ruth Dawkins met Joanna Pike. Joanna Pike said she would resign.") == "Joanna Pike")
    }

    @Test func theOneSpokenOfAfterTheSpeakerIsWhomTheQuoteMeans() {
        let text = """
            The novelist Grace Ilbury opened the fair. Harriet Lomax announced the cuts on Monday.

            "She can't possibly claim that the cuts are our fault," said Peter Quayle of Harriet Lomax.
            """
        let x = extract(text)
        #expect(x.has("Peter Quayle", .criticism, "Harriet Lomax"), "\(x.summary)")
        #expect(!x.has("Peter Quayle", .criticism, "Grace Ilbury"), "\(x.summary)")
    }

    @Test func contractionsInTheEvaluativeLexiconMatchTheirTokens() {
        let x = extract("Joanna Pike said Martin Ebbs can't be trusted.")
        #expect(x.has("Joanna Pike", .criticism, "Martin Ebbs"), "\(x.summary)")
        let y = extract("Joanna Pike said the Harbour Trust doesn't care about passengers.")
        #expect(y.has("Joanna Pike", .criticism, "Harbour Trust"), "\(y.summary)")
    }

    @Test func aBodyWhereJudgedFailingsHappenIsJudged() {
        let x = extract("Harriet Lomax said: \"Woeful financial management at Dunmore city council has let residents down.\"")
        #expect(x.has("Harriet Lomax", .criticism, "Dunmore city council"), "\(x.summary)")
        // One that suffers an act is not judged: "a vendetta against X".
        let y = extract("Harriet Lomax said: \"This is a vendetta against the Dunmore Water Company.\"")
        #expect(!y.has("Harriet Lomax", .criticism, "Dunmore Water Company"), "\(y.summary)")
    }

    @Test func aDocumentSpeaksPastAnAppositiveBeforeItsVerb() {
        let x = extract("The Public Accounts Committee report, published in May, found that the Marine Licensing Agency had failed to monitor permits properly.")
        #expect(x.has("Public Accounts Committee", .criticism, "Marine Licensing Agency"), "\(x.summary)")
    }

    @Test func aCommonGroupNounInThePluralPossessiveStaysInsideAName() {
        let x = extract("The Rural Teachers' Union passed a motion of no confidence in Alan Birtwhistle.")
        #expect(x.entityNames.contains("Rural Teachers' Union"), "\(x.entityNames)")
        #expect(x.has("Rural Teachers' Union", .criticism, "Alan Birtwhistle"), "\(x.summary)")
    }
}
