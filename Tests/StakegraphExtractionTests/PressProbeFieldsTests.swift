import Testing
@testable import StakegraphExtraction

/// Mechanisms of the eighth session, found by probing the engine with press constructions in
/// policy fields not probed before (water, energy, prisons, immigration, councils, defence,
/// sport, online safety, farming, universities, the arts). Our own texts.
@Suite struct PressProbeFieldsTests {
    @Test func quotationMarksInsideAnEvaluativePhraseAreNoWords() {
        // The press quotes from the middle of a phrase: "was 'right to' ...", "had 'ridden roughshod' over".
        let x = extract("Petra Lyle said the Harbour Homes Alliance was \"right to sound the alarm\".")
        #expect(x.has("Petra Lyle", .support, "Harbour Homes Alliance"), "\(x.summary)")
        let y = extract("Petra Lyle said Brackwood District Council had \"ridden roughshod\" over local objections.")
        #expect(y.has("Petra Lyle", .criticism, "Brackwood District Council"), "\(y.summary)")
    }

    @Test func aQuotedTriggerAnswersTheStatementAfterTheQuote() {
        let x = extract("Ofgem found Northgrid Energy had overcharged 30,000 customers. Northgrid Energy said it \"fully accepted\" the regulator's findings.")
        #expect(x.has("Northgrid Energy", .response, "Ofgem"), "\(x.summary)")
        #expect(x.has("Ofgem", .criticism, "Northgrid Energy"), "\(x.summary)")
    }

    @Test func notRecognisingAnAssessmentAnswersIt() {
        let x = extract("""
        The Environment Agency criticised Tarnwell Water over its pollution record.

        A Tarnwell Water spokesman said: "We do not recognise the agency's assessment."
        """)
        #expect(x.has("Tarnwell Water", .response, "Environment Agency"), "\(x.summary)")
    }

    @Test func aGradeOfWhatABodyDoesIsTheBodys() {
        let x = extract("The Environment Agency rated Tarnwell Water's environmental performance as \"poor\" for the third year.")
        #expect(x.has("Environment Agency", .criticism, "Tarnwell Water"), "\(x.summary)")
    }

    @Test func aPersonIsKnownByAnAppositiveNamingTheirBody() {
        // "X, of the Y," and "X, the ACRONYM branch president,": signs of a person with no given name we know.
        let x = extract("Wren Okafor, of the River Alder Trust, described Tarnwell Water's record as \"a national scandal\".")
        #expect(x.has("Wren Okafor", .criticism, "Tarnwell Water"), "\(x.summary)")
        let y = extract("Jude Farrant, the UCU branch president, called the University of Marlow's redundancy plans \"a disgrace\".")
        #expect(y.has("Jude Farrant", .criticism, "University of Marlow"), "\(y.summary)")
    }

    @Test func aPossessiveBeforeACounterpartLeavesTheObjectToTheAppositive() {
        let x = extract("The home secretary, Yvette Marsh, held talks with her Turkish counterpart, Ahmed Yilmaz, in Ankara.")
        #expect(x.has("Yvette Marsh", .meeting, "Ahmed Yilmaz") || x.has("Ahmed Yilmaz", .meeting, "Yvette Marsh"), "\(x.summary)")
        // A possessive before an act is no counterpart: "criticised her handling of it, X said".
        let y = extract("Lena Fox criticised her handling of the strike, Ofwat said.")
        #expect(!y.has("Lena Fox", .criticism, "Ofwat"), "\(y.summary)")
    }

    @Test func aParticipleQualifyingANounMakesNoSpeaker() {
        // "a ballot result announced by the union": the union does not speak the quote before it.
        let x = extract("Ellen Price said the University and College Union's boycott was \"deeply damaging to students\". She spoke after a ballot result announced by the union on Tuesday.")
        #expect(x.has("Ellen Price", .criticism, "University and College Union"), "\(x.summary)")
        #expect(!x.has("University and College Union", .response, "Ellen Price"), "\(x.summary)")
    }

    @Test func bodiesOfSportTheArtsAndIndustryAreKnown() {
        let x = extract("UK Sport hailed the Westmere Athletics Club as \"a model for grassroots sport\".")
        #expect(x.has("UK Sport", .support, "Westmere Athletics Club"), "\(x.summary)")
        let y = extract("Arts Council England praised the Quayside Playhouse for its work with young people.")
        #expect(y.has("Arts Council England", .support, "Quayside Playhouse"), "\(y.summary)")
        #expect(y.entity("Quayside Playhouse")?.kind == .organisation)
        let z = extract("Aled Morgan said both Kestrel Aerospace and the Ministry of Defence bore responsibility for the delays.")
        #expect(z.has("Aled Morgan", .criticism, "Kestrel Aerospace"), "\(z.summary)")
        #expect(z.has("Aled Morgan", .criticism, "Ministry of Defence"), "\(z.summary)")
    }

    @Test func aKindNounOfIndustryIntroducesAName() {
        let x = extract("Hana Voss said the messaging app Chatterly had \"put profit before children\".")
        #expect(x.has("Hana Voss", .criticism, "Chatterly"), "\(x.summary)")
    }

    @Test func standingShoulderToShoulderIsSupportAndADamningReportCriticism() {
        let x = extract("The Care Providers Forum said it \"stood shoulder to shoulder\" with Greyford County Council.")
        #expect(x.has("Care Providers Forum", .support, "Greyford County Council"), "\(x.summary)")
        let y = extract("Greta Hallam, the chief inspector of prisons, published a damning report on HMP Castlemoor on Tuesday.")
        #expect(y.has("Greta Hallam", .criticism, "HMP Castlemoor"), "\(y.summary)")
    }

    @Test func aClubIsTheClubNamedBefore() {
        let x = extract("The Independent Football Regulator fined Alderton Rovers £250,000 on Monday. In a statement, the club said the ruling was \"deeply disappointing\".")
        #expect(x.has("Alderton Rovers", .criticism, "Independent Football Regulator"), "\(x.summary)")
    }

    @Test func plainWordsMayStandBetweenABodyAndARoleInAnAppositive() {
        // "X, the Liberal Democrat environment spokesman,": the party qualifies the role; X acts alone.
        let x = extract("Feargal Dunne, the Liberal Democrat environment spokesman, called for Ofwat to be abolished.")
        #expect(x.has("Feargal Dunne", .criticism, "Ofwat"), "\(x.summary)")
        #expect(!x.has("Liberal Democrats", .criticism, "Ofwat"), "\(x.summary)")
    }

    @Test func anAppositiveOfAKindOfBodyMakesABody() {
        let x = extract("Loopstream, the video platform, said Ofcom's rules were \"unworkable\" for smaller companies.")
        #expect(x.entity("Loopstream")?.kind == .organisation, "\(x.summary)")
        #expect(x.has("Loopstream", .criticism, "Ofcom"), "\(x.summary)")
    }

    @Test func anOrderToPayIsASanction() {
        let x = extract("Brightwave Power has been ordered to pay £3m by Ofgem after it failed to treat customers fairly.")
        #expect(x.has("Ofgem", .criticism, "Brightwave Power"), "\(x.summary)")
        let y = extract("Northgrid Energy was ordered by Ofgem to pay £4m in compensation.")
        #expect(y.has("Ofgem", .criticism, "Northgrid Energy"), "\(y.summary)")
        let z = extract("Ofgem ordered Northgrid Energy to pay £4m to customers.")
        #expect(z.has("Ofgem", .criticism, "Northgrid Energy"), "\(z.summary)")
    }

    @Test func theConstituencyOfAnMPIsNoShortFormOfABody() {
        // "the MP for Brackwood" is a place: the MP is not of Brackwood District Council, so may criticise it.
        let x = extract("Owen Rusk, the MP for Brackwood, said residents had been \"treated with contempt\" by Brackwood District Council and Ashcombe Homes.")
        #expect(x.has("Owen Rusk", .criticism, "Brackwood District Council"), "\(x.summary)")
        #expect(x.has("Owen Rusk", .criticism, "Ashcombe Homes"), "\(x.summary)")
    }

    @Test func aTrailingAttributionMayNameItsSpeakerWithAnArticle() {
        let x = extract("Ofwat is incompetent, the Local Government Association said.")
        #expect(x.has("Local Government Association", .criticism, "Ofwat"), "\(x.summary)")
        let y = extract("Tarnwell Water had behaved disgracefully, a spokesman for the Harbour Workers Union said.")
        #expect(y.has("Harbour Workers Union", .criticism, "Tarnwell Water"), "\(y.summary)")
        // Being starved of cash by X is X's fault, whoever suffers it.
        let z = extract("Councils have been \"starved of cash\" by the Treasury for a decade, the Local Government Association said.")
        #expect(z.has("Local Government Association", .criticism, "HM Treasury"), "\(z.summary)")
        // A fronted phrase before the comma is not what was said.
        let w = extract("Replying to criticism from the Country Land and Business Association, the Rural Payments Agency said most payments were on time.")
        #expect(!w.has("Rural Payments Agency", .criticism, "Country Land and Business Association"), "\(w.summary)")
        #expect(w.has("Rural Payments Agency", .response, "Country Land and Business Association"), "\(w.summary)")
        // Nor a question put or a condition.
        let q = extract("Asked whether Tarnwell Water had failed its customers, the Local Government Association said it would not comment.")
        #expect(!q.has("Local Government Association", .criticism, "Tarnwell Water"), "\(q.summary)")
    }

    @Test func aQuoteTakesTheSpeakerOfItsOwnSentenceFirst() {
        // The next sentence's "said" is nearer to the quote than "described", but not its verb.
        let x = extract("Jude Farrant, the UCU branch president, described the University of Marlow's plans as \"an act of vandalism\". A spokesperson for the university said the union's claims were \"simply untrue\".")
        #expect(x.has("Jude Farrant", .criticism, "University of Marlow"), "\(x.summary)")
        #expect(x.has("University of Marlow", .criticism, "University and College Union"), "\(x.summary)")
    }

    @Test func noMandateAndRunningIntoTheGroundAreCriticism() {
        let x = extract("Jude Farrant said Ellen Price had \"no mandate\" for the cuts.")
        #expect(x.has("Jude Farrant", .criticism, "Ellen Price"), "\(x.summary)")
        let y = extract("Ruth Delaney said Gary Bishop had \"run the club into the ground\".")
        #expect(y.has("Ruth Delaney", .criticism, "Gary Bishop"), "\(y.summary)")
    }

    @Test func anOccupationBeforeANameIsARole() {
        // "Farmer Tom Whitby": the occupation is no part of the name.
        let x = extract("Farmer Tom Whitby, who has waited eight months for his payment, said the Rural Payments Agency was \"a shambles\".")
        #expect(x.has("Tom Whitby", .criticism, "Rural Payments Agency"), "\(x.summary)")
        #expect(x.entity("Farmer Tom Whitby") == nil, "\(x.summary)")
    }

    @Test func notAcceptingAReportsConclusionsAnswersItsMaker() {
        let x = extract("A report by the Refugee Action Network found the Home Office had wrongly refused asylum claims. The Home Office said it did not accept the report's conclusions.")
        #expect(x.has("Home Office", .response, "Refugee Action Network"), "\(x.summary)")
    }

    @Test func lettingABodyOffTheHookIsCriticism() {
        let x = extract("Jude Farrant said the Office for Students had \"let the University of Marlow off the hook\".")
        #expect(x.has("Jude Farrant", .criticism, "Office for Students"), "\(x.summary)")
    }
}
