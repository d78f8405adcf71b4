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

    @Test func aBodysKindIsItsHeadBeforeOf() {
        let text = "The chief constable of Westmarch Police spoke on Monday. A report by the Inspectorate of Constabulary found that the force had failed victims."
        #expect(referent(of: "the force", in: text) == "Westmarch Police")
    }

    @Test func aDocumentsMakerNamedInAnAppositiveSpeaksForIt() {
        let x = extract("The report, by His Majesty's Inspectorate of Prisons, found that the Harbour Trust had \"lost the confidence\" of its staff.")
        #expect(x.has("Inspectorate of Prisons", .criticism, "Harbour Trust"), "\(x.summary)")
    }

    @Test func acceptingADocumentsFindingsAnswersItsMaker() {
        let x = extract("""
            The report, by the Care Standards Panel, found that the Harbour Trust had failed patients. Mark Hebden of the Nurses Guild said the trust was failing.

            In a statement, the trust said it accepted the findings in full.
            """)
        #expect(x.has("Harbour Trust", .response, "Care Standards Panel"), "\(x.summary)")
        #expect(!x.has("Harbour Trust", .response, "Mark Hebden"), "\(x.summary)")
    }

    @Test func aRoleOpeningWithAKindNounIsNoDescriptionOfTheBody() {
        let text = "Westmarch Police made an arrest. The police and crime commissioner, Ellen Marsh, thanked officers for their work."
        #expect(referent(of: "The police", in: text) == nil)
        #expect(extract(text).entity("Ellen Marsh")?.role == "police and crime commissioner")
    }

    @Test func aPronounWhoseSubjectDoesNotFitIsOneNamedEarlierInItsSentence() {
        #expect(referent(of: "she", in: "Ellen Marsh opened the fair. Simon Creake piled pressure on Dana Orrell, saying she had run out of road.") == "Dana Orrell")
    }

    @Test func confidenceInSomeoneIsSupport() {
        let x = extract("The Home Office said Priya Lammas had \"full confidence\" in Dana Orrell.")
        #expect(x.has("Priya Lammas", .support, "Dana Orrell"), "\(x.summary)")
    }

    @Test func aNameWordBeforeABodyOfTheDictionaryMakesALocalBody() {
        let x = extract("The Westmarch Police Federation criticised Dana Orrell on Monday.")
        #expect(x.entityNames.contains("Westmarch Police Federation"), "\(x.entityNames)")
        #expect(x.has("Westmarch Police Federation", .criticism, "Dana Orrell"), "\(x.summary)")
        // A word of the body's own names stays part of it.
        let y = extract("The Commons Education Select Committee criticised Dana Orrell on Monday.")
        #expect(!y.entityNames.contains("Commons Education Select Committee"), "\(y.entityNames)")
    }

    @Test func aKindOfBodyBeforeItsBossesOrSpokespersonIsTheBodyNamedBefore() {
        let x = extract("Staff at the University of Northvale voted to strike. The union's leader, Jo Merriman, accused university bosses of \"balancing the books on the backs of staff\".")
        #expect(x.has("Jo Merriman", .criticism, "University of Northvale"), "\(x.summary)")
        #expect(referent(of: "trust spokesperson", in: "The Harbour Trust was fined. A trust spokesperson said it would appeal.") == "Harbour Trust")
        // Nothing of that kind named: no one.
        #expect(referent(of: "council officials", in: "The Harbour Trust was fined. Council officials said it would appeal.") == nil)
    }

    @Test func beingToldToThinkAgainIsCriticism() {
        let x = extract("Jo Merriman said the vice-chancellor, Professor Alan Kettering, should \"think again\".")
        #expect(x.has("Jo Merriman", .criticism, "Alan Kettering"), "\(x.summary)")
    }

    @Test func thePlaceABodyOfOneWordIsNamedAfterStandsForIt() {
        let text = "The Office for Students fined the University of Northvale on Monday. The regulator said Northvale had failed to protect free speech."
        #expect(referent(of: "Northvale", in: text) == "University of Northvale")
        // Used as a place, it is the place; with two bodies it could name, neither.
        #expect(referent(of: "Northvale", in: "The University of Northvale was fined. Residents in Northvale were surprised.") == nil)
        let both = referent(of: "Northvale", in: "The University of Northvale and the Northvale Lecturers' Union met. Northvale said little.")
        #expect(both != "University of Northvale" && both != "Northvale Lecturers' Union", "\(String(describing: both))")
    }

    @Test func aBodysRoleNamesTheOneHolderTiedToNoBody() {
        let x = extract("""
            Professor Alan Kettering, the vice-chancellor, announced cuts at the University of Northvale. Jo Merriman of the Lecturers' Guild attacked the cuts.

            Amira Khan, a student, said staff were anxious.

            Northvale's vice-chancellor hit back on Friday.
            """)
        #expect(x.entity("Alan Kettering")?.affiliation == "University of Northvale", "\(String(describing: x.entity("Alan Kettering")))")
        #expect(x.has("Alan Kettering", .response, "Jo Merriman"), "\(x.summary)")
        #expect(!x.has("Alan Kettering", .response, "Amira Khan"), "\(x.summary)")
    }

    @Test func itAfterANamingVerbIsTheActNotTheBody() {
        let x = extract("""
            Passenger groups condemned a rise in fares announced by the Department for Transport.

            The campaign group Railwatch described it as "a kick in the teeth".
            """)
        #expect(x.has("Railwatch", .criticism, "Department for Transport"), "\(x.summary)")
        #expect(referent(of: "it", in: "The campaign group Railwatch described it as a mistake.") == nil)
    }

    @Test func rejectingTheClaimJustMadeAnswersWhoMadeIt() {
        let x = extract("""
            Mick Lomas, leader of the Signal Workers' Union, said the Harbour Trust had "caved in to the operators".

            The Port Operators Group, which represents the ferry companies, rejected the claim.
            """)
        #expect(x.has("Port Operators Group", .response, "Mick Lomas"), "\(x.summary)")
        // Two sentences on, the claim is no longer the one just made.
        let y = extract("""
            Mick Lomas, leader of the Signal Workers' Union, said the fares were too high. Ferries ran late. Wards were busy.

            The Port Operators Group rejected the claim.
            """)
        #expect(!y.has("Port Operators Group", .response, "Mick Lomas"), "\(y.summary)")
    }

    @Test func aSecretaryOfAPortfolioBelongsToItsDepartment() {
        let x = extract("The Department for Transport raised fares. The transport secretary, Louise Hale, defended the decision.")
        #expect(x.entity("Louise Hale")?.affiliation == "Department for Transport", "\(String(describing: x.entity("Louise Hale")))")
        #expect(!x.has("Louise Hale", .support, "Department for Transport"), "\(x.summary)")
        // A shadow holder does not.
        let y = extract("The Department for Transport raised fares. The shadow transport secretary, Tom Reade, attacked the decision.")
        #expect(y.entity("Tom Reade")?.affiliation != "Department for Transport")
    }

    @Test func aPerfectRatingIsActive() {
        let x = extract("The Care Quality Commission has rated Eastfield Hospitals NHS Trust \"inadequate\".")
        #expect(x.has("Care Quality Commission", .criticism, "Eastfield Hospitals NHS Trust"), "\(x.summary)")
        let y = extract("Eastfield Hospitals NHS Trust has been rated \"outstanding\" by the Care Quality Commission.")
        #expect(y.has("Care Quality Commission", .support, "Eastfield Hospitals NHS Trust"), "\(y.summary)")
    }

    @Test func aRoleTiedToADescribedBodyTiesThePersonToIt() {
        let x = extract("The Harbour Board was criticised. Olu Banjo, chair of the board, admitted delays.")
        #expect(x.entity("Olu Banjo")?.affiliation == "Harbour Board", "\(String(describing: x.entity("Olu Banjo")))")
        let y = extract("The Eastfield Hospitals NHS Trust was fined. The trust's chief executive, Dr Helen Marr, apologised.")
        #expect(y.entity("Helen Marr")?.affiliation == "Eastfield Hospitals NHS Trust", "\(String(describing: y.entity("Helen Marr")))")
        let z = extract("The Royal College of Midwifery spoke first. \"Nobody listened,\" said Pat Carden, the college's general secretary.")
        #expect(z.entity("Pat Carden")?.affiliation == "Royal College of Midwifery", "\(String(describing: z.entity("Pat Carden")))")
        #expect(z.entity("Pat Carden")?.role == "general secretary")
    }

    @Test func backingAnActIsSupportOfItsMakerNotAnActOfOnesOwn() {
        let x = extract("Sir Alan Mottram announced reforms on Monday. Bridget Palliser backed the changes on Tuesday.")
        #expect(x.has("Bridget Palliser", .support, "Alan Mottram"), "\(x.summary)")
    }

    @Test func urgingABodyToPauseItsPlanIsCriticism() {
        let x = extract("Pepe Dias urged the Harbour Trust to pause its rollout.")
        #expect(x.has("Pepe Dias", .criticism, "Harbour Trust"), "\(x.summary)")
    }

    @Test func whatWillDoNothingIsCriticismOfItsMaker() {
        let x = extract("Paul Whitby said: \"Sir Alan Mottram's reforms will do nothing to reduce the pressure on staff.\"")
        #expect(x.has("Paul Whitby", .criticism, "Alan Mottram"), "\(x.summary)")
    }

    @Test func respondingToTheCriticismAnswersTheCriticNotTheOneAnswering() {
        let x = extract("Mary Pole attacked the Harbour Trust on Monday.\n\nResponding to the criticism, the trust said it had listened.")
        #expect(x.has("Harbour Trust", .response, "Mary Pole"), "\(x.summary)")
        let y = extract("Mary Pole attacked the Harbour Trust on Monday.\n\nResponding to the criticism, a Harbour Trust spokesperson said it had listened.")
        #expect(y.has("Harbour Trust", .response, "Mary Pole"), "\(y.summary)")
        // Criticism whose owner is named after the comma is theirs: "comments from the minister, X".
        let z = extract("Responding to comments from the transport secretary, Ann Lyle, the Harbour Trust said it would act.")
        #expect(z.has("Harbour Trust", .response, "Ann Lyle"), "\(z.summary)")
    }

    @Test func twoWhoClashedCriticisedEachOther() {
        let x = extract("Ana Ruiz and Lisa Nandy clashed over the ruling at a hearing on Tuesday.")
        #expect(x.has("Ana Ruiz", .criticism, "Lisa Nandy"), "\(x.summary)")
        #expect(x.has("Lisa Nandy", .criticism, "Ana Ruiz"), "\(x.summary)")
        // One alone clashed with no one named.
        let y = extract("Ana Ruiz clashed over the ruling at a hearing on Tuesday.")
        #expect(y.interactions.isEmpty, "\(y.summary)")
    }

    @Test func actingEntirelyProperlyIsPraise() {
        let x = extract("Lisa Nandy said the Harbour Trust had acted \"entirely properly\".")
        #expect(x.has("Lisa Nandy", .support, "Harbour Trust"), "\(x.summary)")
    }

    @Test func aBodysRoleFollowedByANameIsThatName() {
        let text = "Ana Ruiz, chief executive of the Harbour Trust, spoke first. In a letter to the Harbour Trust's chief executive, Dame Mary Dance, the Free Press Union set out its concerns."
        #expect(referent(of: "chief executive", occurrence: 1, in: text) == nil)
    }

    @Test func welcomingTheEndOfABodyIsNoSupportOfIt() {
        let x = extract("Campaigners from River Watch welcomed the end of the Water Standards Board on Monday.")
        #expect(!x.has("River Watch", .support, "Water Standards Board"), "\(x.summary)")
        let y = extract("River Watch welcomed the Water Standards Board on Monday.")
        #expect(y.has("River Watch", .support, "Water Standards Board"), "\(y.summary)")
    }

    @Test func itsRoleOpeningASentenceIsOfTheBodyTheSentenceBeforeWasAbout() {
        let x = extract("Campaigners from River Watch welcomed the end of the Water Standards Board. Its chair, Charles Wetherby, said rivers had suffered.")
        #expect(x.entity("Charles Wetherby")?.affiliation == "River Watch", "\(String(describing: x.entity("Charles Wetherby")))")
    }

    @Test func aDocumentLedBySomeoneIsTheirs() {
        let x = extract("""
            The review, led by Sir Jon Cuthbert, recommended abolishing the Water Standards Board.

            River Watch said the review "fails to tackle the root cause" of pollution.
            """)
        #expect(x.has("River Watch", .criticism, "Jon Cuthbert"), "\(x.summary)")
    }

    @Test func hisOfficeHolderIsTheHolderNotHim() {
        let x = extract("The health secretary, Wes Stirling, attacked the union. Sir Keith Stammers said he backed his health secretary \"100%\".")
        #expect(x.has("Keith Stammers", .support, "Wes Stirling"), "\(x.summary)")
        // "Its general secretary, X," names the holder: no other holder is read.
        let y = extract("The Harbour Union met on Monday. Its general secretary, Dan Oakes, criticised Dame Helen Marsh.")
        #expect(y.entity("Dan Oakes")?.affiliation == "Harbour Union", "\(String(describing: y.entity("Dan Oakes")))")
    }

    @Test func anOfficeThatEndsABodysNameIsThatBodys() {
        let x = extract("The Tenancy Ombudsman found failings at Harbourside council. The ombudsman, Richard Blake, said the council had repeatedly failed residents.")
        #expect(x.entity("Richard Blake")?.affiliation == "Tenancy Ombudsman", "\(String(describing: x.entity("Richard Blake")))")
    }
}
