import Testing
@testable import StakegraphExtraction

/// Stakeholders in real press text across policy fields: page junk around names, role titles
/// glued to names, acronyms of bodies named otherwise, lower-case heads, hard-wrapped lines.
/// Every name here is invented.
@Suite struct PressTextEntityTests {
    // MARK: - Acronyms and their expansions

    @Test func acronymJoinsTheBodyWhoseInitialsItSpells() throws {
        let x = extract("Members of the Westmarch Nurses Federation voted on Monday. The WNF said it would ballot again.")
        let body = try #require(x.entity("Westmarch Nurses Federation"), "\(x.summary)")
        #expect(body.aliases.contains("WNF"))
        #expect(x.entityNames == ["Westmarch Nurses Federation"], "\(x.summary)")
    }

    @Test func acronymBeforeItsExpansionAndSkippingFunctionWords() throws {
        let x = extract("The RGT met on Monday. Later the Royal Guild of Tanners said it was disappointed.")
        #expect(x.entityNames == ["Royal Guild of Tanners"], "\(x.summary)")
        #expect(x.entity("RGT")?.name == "Royal Guild of Tanners")
    }

    @Test func acronymWithANationsInitialsJoinsTheBody() throws {
        let x = extract("The Ferry Federation met the regulator. The FFEW said talks had gone well.")
        #expect(x.entityNames == ["Ferry Federation"], "\(x.summary)")
    }

    @Test func shortFormWithAnAcronymWordJoinsTheFullName() throws {
        let x = extract("The CB Committee England wrote to members. The CBC England said talks had failed, and the CBCE agreed.")
        #expect(x.entityNames == ["CB Committee England"], "\(x.summary)")
    }

    // MARK: - Newspapers and broadcasters

    @Test func mediaOnlyCitedIsNoStakeholder() throws {
        let x = extract("Writing in the Northam Times, Ann Berg said the plan was wrong. Speaking on Eastvale Radio's breakfast programme, she repeated it.")
        #expect(x.entityNames == ["Ann Berg"], "\(x.summary)")
    }

    @Test func mediaThatActsStays() throws {
        let x = extract("The Northam Times criticised the plan on Monday.")
        #expect(x.entityNames == ["Northam Times"], "\(x.summary)")
    }

    @Test func capitalTheMidSentenceIsAnAliasOfTheName() throws {
        let x = extract("Ann Berg criticised The Northam Times on Monday.")
        #expect(x.entity("Northam Times")?.aliases.contains("The Northam Times") == true, "\(x.summary)")
    }

    // MARK: - Page junk

    @Test func wordsGluedFromLostLinesSplit() {
        let words = Tokenizer().tokens(of: Array("HomeNewsAnn Berg and captionTom Reyes met McDonald at YouGov".unicodeScalars)).map(\.text)
        #expect(words == ["Home", "News", "Ann", "Berg", "and", "caption", "Tom", "Reyes", "met", "McDonald", "at", "YouGov"])
    }

    @Test func navigationGluedToANameIsDropped() throws {
        let x = extract("HomeNewsAnn Berg attacks bus cuts | Regional News\n\nAnn Berg said the cuts were cruel.")
        #expect(x.entityNames == ["Ann Berg"], "\(x.summary)")
    }

    @Test func captionCreditIsNoStakeholder() throws {
        let x = extract("Ann Berg spoke at the rally.\nImage copyright Northfoto Images\nShe said the cuts were cruel.")
        #expect(x.entityNames == ["Ann Berg"], "\(x.summary)")
    }

    @Test func aDatelineInCapitalsIsNoBody() {
        let x = extract("EASTPORT — The Ferry Guild met Jane Holloway on Monday.\n\nWESTHAVEN (Wire) - Tom Pryce spoke later.")
        #expect(x.entityNames == ["Ferry Guild", "Jane Holloway", "Tom Pryce"], "\(x.summary)")
    }

    @Test func anAddressIsNoPerson() {
        let x = extract("Tom Pryce, who lives on Larch Drive near Quarry Street, wrote to the Ferry Guild.")
        #expect(x.entityNames == ["Ferry Guild", "Tom Pryce"], "\(x.summary)")
    }

    @Test func theirAfterAPluralNounIsNotTheLastBody() {
        let x = extract(#"The Ferry Guild met on Monday. Harbour master Ann Lake praised dockers for their "outstanding" work."#)
        #expect(!x.has("Ann Lake", .support, "Ferry Guild"), "\(x.summary)")
    }

    @Test func anOpeningItBeforeAVerbIsTheBodyBefore() {
        let x = extract("The Ferry Guild was founded in 1990. It praised Jane Holloway in May.")
        #expect(x.has("Ferry Guild", .support, "Jane Holloway"), "\(x.summary)")
    }

    @Test func anExpletiveItIsNobody() {
        let x = extract("The Ferry Guild was founded in 1990. It emerged that Jane Holloway had praised the harbour.")
        #expect(!x.has("Ferry Guild", .support, "Jane Holloway"), "\(x.summary)")
        #expect(x.interactions.isEmpty, "\(x.summary)")
    }

    @Test func aTitleWithAPossessiveNamesABody() {
        let x = extract("The Prince's Harbour Trust and Northam College Eastport welcomed the plan. So did the King's Fund.")
        #expect(x.entityNames == ["King's Fund", "Northam College Eastport", "Prince's Harbour Trust"], "\(x.summary)")
    }

    @Test func oneWordActingAfterByOrActedOnIsABody() {
        let x = extract("Northam Water was fined by Watcom on Monday. The Ferry Guild later criticised Harbcom over fares.")
        #expect(x.has("Watcom", .criticism, "Northam Water"), "\(x.summary)")
        #expect(x.has("Ferry Guild", .criticism, "Harbcom"), "\(x.summary)")
    }

    // MARK: - Role titles glued to names

    @Test func roleTitleInsideARunIsStripped() throws {
        let x = extract("The session ended when Federation Transport Lead Norma Fenwick said the buses were late.")
        let person = try #require(x.entity("Norma Fenwick"), "\(x.summary)")
        #expect(person.kind == .person)
        #expect(!x.entityNames.contains { $0.contains("Lead") }, "\(x.summary)")
    }

    @Test func roleOfADepartmentBeforeANameIsStripped() throws {
        let x = extract("They told its Director of Policy and Outreach Norma Fenwick that the rules were unclear.")
        #expect(x.entityNames == ["Norma Fenwick"], "\(x.summary)")
    }

    @Test func officeWithItsPortfolioBeforeANameIntroducesThePerson() throws {
        let x = extract("Speaking for the Ferry Guild, Ada Quill replied to the Secretary of State for Energy and Climate Norma Fenwick, who had said the guild's ferries ran late.")
        let minister = try #require(x.entity("Norma Fenwick"), "\(x.summary)")
        #expect(minister.role == "secretary of state for energy and climate")
        // The portfolio is no body, and the title does not stand for someone named before.
        #expect(x.entityNames == ["Ada Quill", "Ferry Guild", "Norma Fenwick"], "\(x.summary)")
    }

    @Test func officeWithAListOfFieldsBeforeANameIntroducesThePerson() throws {
        let x = extract("Ada Quill spoke first. Then the Secretary of State for Culture, Media and Leisure Norma Fenwick met the Ferry Guild.")
        #expect(x.has("Norma Fenwick", .meeting, "Ferry Guild"), "\(x.summary)")
        #expect(!x.has("Ada Quill", .meeting, "Ferry Guild"), "\(x.summary)")
    }

    // MARK: - Coordination, lone nouns, capitals

    @Test func personAndOneWordBodyAreNotMerged() throws {
        let x = extract("On Monday Tom Reyes and NHS managers toured the new ward.")
        #expect(!x.entityNames.contains { $0.contains(" and ") }, "\(x.summary)")
        #expect(x.entity("Tom Reyes")?.kind == .person)
    }

    @Test(arguments: [
        ("the Royal College of Surgeons and Carewatch Marden", ["Carewatch Marden", "Royal College of Surgeons"]),
        ("the Institute of Directors and Northam Chamber of Commerce", ["Institute of Directors", "Northam Chamber of Commerce"]),
        ("the Society of Authors and Illustrators", ["Society of Authors and Illustrators"]),
        ("the Guild of Physics and Applied Optics", ["Guild of Physics and Applied Optics"]),
        ("the Department for Rivers, Canals and Rural Affairs", ["Department for Rivers, Canals and Rural Affairs"]),
    ])
    func coordinatedBodiesAreSplitButCoordinatedWordsInOneNameAreNot(phrase: String, names: [String]) throws {
        let x = extract("The plan was criticised by \(phrase) on Monday.")
        #expect(x.entityNames == names, "\(x.summary)")
    }

    @Test func loneCommonNounAfterARoleIsNoBody() throws {
        let x = extract("Ann Berg resigned as chair of the Board after the vote.")
        #expect(x.entityNames == ["Ann Berg"], "\(x.summary)")
    }

    @Test func possessiveBeforeCapitalisedCommonNounsIsNoBody() throws {
        let x = extract("Ann Berg said their Sports Club would stay open.")
        #expect(x.entityNames == ["Ann Berg"], "\(x.summary)")
    }

    @Test func quotedNoIsNotPartOfAName() throws {
        let x = extract("\"No school can stay open on those numbers,\" the head wrote.")
        #expect(x.entityNames.isEmpty, "\(x.summary)")
    }

    @Test func longWordInCapitalsIsNoAcronym() throws {
        let x = extract("COMMUTERS face months of delays, campaigners said.")
        #expect(x.entityNames.isEmpty, "\(x.summary)")
    }

    // MARK: - Bodies named by a lower-case head or a kind noun

    @Test func lowerCaseHeadAfterANameMakesABody() throws {
        let x = extract("Officials appointed by ministers take over Eastvale city council from June. The Isle of Marden council objected.")
        #expect(x.entity("Eastvale city council")?.kind == .organisation, "\(x.summary)")
        #expect(x.entity("Isle of Marden council")?.kind == .organisation, "\(x.summary)")
    }

    @Test func lowerCaseHeadOfOneAmongManyIsNoBody() throws {
        let x = extract("She visited an east Northam school trip and a Westmarch school on Monday.")
        #expect(x.entityNames.isEmpty, "\(x.summary)")
    }

    @Test func kindNounBeforeOrAfterNamesABody() throws {
        let x = extract("The free-market think tank Brightwell published a paper on Monday. Researchers at the Northgate Exchange think tank disagreed.")
        #expect(x.entity("Brightwell")?.kind == .organisation, "\(x.summary)")
        #expect(x.entity("Northgate Exchange")?.kind == .organisation, "\(x.summary)")
    }

    @Test func bodyOfANationIsABody() throws {
        let x = extract("Officials at Heritage Marden Wales said the building would close. Floods hit North East England.")
        #expect(x.entityNames == ["Heritage Marden Wales"], "\(x.summary)")
    }

    @Test func acronymInMixedCaseThatSpeaksIsItsBody() throws {
        let x = extract("Heads wrote to the Office for Rivers (OfR) on Monday. The OfR said it would reply.")
        #expect(x.entityNames == ["Office for Rivers"], "\(x.summary)")
    }

    @Test func oneWordBodyThatSpeaksIsABody() throws {
        let x = extract("Broadcasters were warned. Northcom said the channel had broken its rules. Campaigners said it was too late.")
        #expect(x.entityNames == ["Northcom"], "\(x.summary)")
    }

    @Test func commonWordThatSpeaksAtASentenceStartIsNoBody() throws {
        let x = extract("The ward was short of staff all week. Staff said the rota had collapsed. A Sunday school closed.")
        #expect(x.entityNames.isEmpty, "\(x.summary)")
    }

    @Test func shortFormInsideABodysNameIsThatBody() throws {
        let x = extract("The Northam Young Carers Company closed in June. Young Carers Co had run for years.")
        #expect(x.entityNames == ["Northam Young Carers Company"], "\(x.summary)")
    }

    @Test func bodyOpeningWithOfIsABodyWhateverItsLastWord() throws {
        let x = extract("Later the Office of Canals and Road (OCR) said it was watching the repairs.")
        let body = try #require(x.entity("Office of Canals and Road"), "\(x.summary)")
        #expect(body.aliases.contains("OCR"))
    }

    @Test func sportsClubIsABody() throws {
        let x = extract("The campaign was led by Marden United striker Tom Reyes.")
        #expect(x.entity("Marden United")?.kind == .organisation, "\(x.summary)")
        #expect(x.entity("Tom Reyes")?.kind == .person, "\(x.summary)")
    }

    @Test func coordinatedWithABodyIsABody() throws {
        let x = extract("On Monday the General Nursing Council and Fairwatch Northam raised concerns about staffing.")
        #expect(x.entity("Fairwatch Northam")?.kind == .organisation, "\(x.summary)")
    }

    // MARK: - People without honorific or role

    @Test func longestRoleBeforeANameIsTheRole() throws {
        let x = extract("Chief Superintendent Ruth Okonjo said officers would be at the stations.")
        let person = try #require(x.entity("Ruth Okonjo"), "\(x.summary)")
        #expect(person.role == "chief superintendent")
    }

    @Test func surnameWithATitleElsewhereMakesAFullName() throws {
        let x = extract("The inquiry heard from several witnesses.\n\nOluwaseun Adeyemi resigned in March. Ms Adeyemi said she regretted nothing.")
        #expect(x.entity("Oluwaseun Adeyemi")?.kind == .person, "\(x.summary)")
        #expect(x.entityNames == ["Oluwaseun Adeyemi"], "\(x.summary)")
    }

    @Test func personIntroducedByAnAppositive() throws {
        let x = extract("Oluwaseun Adeyemi, a retired nurse from Eastvale, said the wards were full.")
        #expect(x.entity("Oluwaseun Adeyemi")?.kind == .person, "\(x.summary)")
    }

    @Test func monthAfterAGivenNameIsASurname() throws {
        let x = extract("The minister, Harriet May, said the plan would go ahead.")
        #expect(x.entity("Harriet May")?.kind == .person, "\(x.summary)")
    }

    @Test func pluralCommonNounsAreNoName() throws {
        let x = extract("Contractors must follow the Site Induction Procedures and Safety Arrangements.")
        #expect(x.entityNames.isEmpty, "\(x.summary)")
    }

    // MARK: - Hard-wrapped text

    static let wrapped = """
        Press release: for immediate use

        The Westmarch Nurses Federation has written to ministers about pay. Its leader Norma
        Fenwick said the offer was an insult to staff who had worked through the winter, and
        that members would be balloted on strike action over the coming weeks and months.
        She added that the union remained open to talks with the department at any time.

        - Ballot opens: 4 June
        - Ballot closes: 18 June
        """

    @Test func lineBreakInsideAWrappedParagraphSplitsNoName() throws {
        let x = extract(Self.wrapped)
        let person = try #require(x.entity("Norma Fenwick"), "\(x.summary)")
        #expect(person.kind == .person)
        #expect(x.entity("Norma") == nil || x.entity("Norma")?.name == "Norma Fenwick")
    }

    @Test func nameOverTwoLinesIsWrittenOnOne() throws {
        let x = extract(Self.wrapped + "\nIn a separate letter, Ms Fenwick also wrote to the Department for\nHousing and asked for an urgent meeting about staff accommodation.\n")
        #expect(!x.entities.contains { ([$0.name] + $0.aliases).contains { $0.contains("\n") } }, "\(x.entities.map { [$0.name] + $0.aliases })")
        #expect(x.entity("Department for Housing")?.kind == .organisation, "\(x.summary)")
    }

    @Test func threeCapitalisedWordsWithoutAGivenNameAreNoPerson() throws {
        let x = extract("The regulator opened an inquiry into Northam Kids Aid last year.")
        #expect(x.entity("Northam Kids Aid")?.kind == .organisation, "\(x.summary)")
    }

    @Test func wrappedParagraphIsOneParagraphButBlankLinesAndListItemsStillSeparate() {
        let doc = Document(text: Self.wrapped)
        // Heading, the wrapped paragraph, and two list items.
        #expect(doc.paragraphRanges.count == 4)
        let norma = doc.tokens.firstIndex { $0.text == "Norma" }!
        #expect(doc.sentenceOf[norma] == doc.sentenceOf[norma + 1])
    }

    @Test func headlineOfAWrappedTextIsNotJoinedToItsFirstLine() {
        let text = """
            Westmarch nurses to ballot on strike action after pay offer from Labour
            Norma Fenwick said the offer was an insult to staff who had worked through
            the winter, and that members would be balloted on strike action over the
            coming weeks and months, with the result due before the end of the summer.
            She added that the federation remained open to talks with the department.
            """
        let doc = Document(text: text)
        let labour = doc.tokens.firstIndex { $0.text == "Labour" }!
        #expect(doc.paragraphOf[labour] != doc.paragraphOf[labour + 1])
        #expect(doc.paragraphRanges.count == 2)
    }

    @Test func aBlocksFirstLineThatSplitsANameUsedElsewhereIsWrapped() throws {
        let x = extract("""
            The Harbour Workers Union has accused Tarnwell
            Water of putting bonuses before safety after a
            second leak in a month.

            Ann Pryce, general secretary of the Harbour
            Workers Union, said: "Tarnwell Water has
            failed its staff and its customers."

            A Tarnwell Water spokesperson said the company
            rejected the union's claims.
            """)
        #expect(x.entity("Workers Union") == nil, "\(x.summary)")
        #expect(x.has("Harbour Workers Union", .criticism, "Tarnwell Water"), "\(x.summary)")
        #expect(x.has("Ann Pryce", .criticism, "Tarnwell Water"), "\(x.summary)")
        let accused = try #require(x.interactions.first { $0.evidence.cue.hasPrefix("accused") })
        #expect(!accused.evidence.cue.contains("\n"), "\(accused.evidence.cue)")
    }

    @Test func unwrappedLinesStillEndParagraphs() {
        let doc = Document(text: "Ann Berg\nTom Reyes\nNorma Fenwick\nCarl Dunn\nEdna Price\n")
        #expect(doc.paragraphRanges.count == 5)
    }
}

/// Entity boundaries of press text (issue 13): two bodies joined by "and", sentence adverbs and
/// "Former" before a name, "International" as a body's last word, No 10. Texts written by us.
@Suite struct PressEntityBoundaryTests {
    @Test func twoWholeBodyNamesJoinedByAndAreTwoBodies() {
        let x = extract("Eastbrook NHS Trust and Westmoor NHS Trust were both criticised by the Care Quality Agency.")
        #expect(x.entities.contains { $0.name == "Eastbrook NHS Trust" }, "\(x.entities.map(\.name))")
        #expect(x.entities.contains { $0.name == "Westmoor NHS Trust" }, "\(x.entities.map(\.name))")
    }

    @Test func aBodyWithAndInsideItsNameStaysOne() {
        let x = extract("The Academy and College Union (ACU) said Kestrel Colleges had refused to negotiate.")
        #expect(x.entities.contains { $0.name == "Academy and College Union" }, "\(x.entities.map(\.name))")
    }

    @Test func aSentenceAdverbIsNoBody() {
        let x = extract("Separately, the Harbour Board said it would review the case.")
        #expect(!x.entities.contains { $0.name == "Separately" }, "\(x.entities.map(\.name))")
    }

    @Test func formerBeforeABodyIsNotPartOfItsName() {
        let x = extract("Former Kestrel Police commissioner Sir Ian Crowe criticised the Home Office.")
        #expect(x.entities.contains { $0.name == "Kestrel Police" }, "\(x.entities.map(\.name))")
        #expect(!x.entities.contains { $0.name.hasPrefix("Former") }, "\(x.entities.map(\.name))")
    }

    @Test func internationalEndsABodysName() {
        let x = extract("According to Harbour Watch International, the Home Office had broken the law.")
        #expect(x.entities.contains { $0.name == "Harbour Watch International" }, "\(x.entities.map(\.name))")
    }

    @Test func numberTenIsDowningStreet() {
        let x = extract("No 10 said the prime minister had full confidence in Tom Pellow.")
        #expect(x.entities.contains { $0.name == "Downing Street" }, "\(x.entities.map(\.name))")
    }
}

@Suite struct LoneWordBodyTests {
    @Test func aLoneWordThatActsIsABody() {
        let x = extract("Harbcom fined the Kestrel Times £100,000 on Monday.")
        #expect(x.has("Harbcom", .criticism, "Kestrel Times"), "\(x.summary)")
    }

    @Test func aLoneWordBeforeAnAuxiliaryIsNoBody() {
        let x = extract("Northfield has been thrown into doubt after the vote.")
        #expect(!x.entities.contains { $0.name == "Northfield" }, "\(x.entities.map(\.name))")
    }
}

@Suite struct BodyNameShapeTests {
    @Test func anAcronymOpeningARunNamesABody() {
        let x = extract("Prof Chris Whitford criticised NHS Ferrylands on Monday.")
        #expect(x.entities.contains { $0.name == "NHS Ferrylands" && $0.kind == .organisation }, "\(x.entities.map(\.name))")
    }

    @Test func anAcronymBeforeARoleIsTheBodyNotARunWithIt() {
        let x = extract("HPG President Tom Brady criticised the Port Authority.")
        #expect(!x.entities.contains { $0.name == "HPG President" }, "\(x.entities.map(\.name))")
    }

    @Test func aHeadWordThenAPlaceNamesABody() {
        let x = extract("The union said Kestrel College London had been unfair.")
        #expect(x.entities.contains { $0.name == "Kestrel College London" }, "\(x.entities.map(\.name))")
    }

    @Test func particlesOneAfterAnotherStayInTheSurname() {
        let x = extract("Jean Martin met Ms Ilse van der Berg on Tuesday.")
        #expect(x.entities.contains { $0.name == "Ilse van der Berg" }, "\(x.entities.map(\.name))")
    }
}

@Suite struct NamesBesideActsTests {
    @Test func aSentenceFullOfNamesIsNoHeadline() {
        let text = """
        The row went on.

        The Port Authority blamed the Harbour Board.
        """
        let x = extract(text)
        #expect(x.entities.contains { $0.name == "Port Authority" }, "\(x.entities.map(\.name))")
    }

    @Test func threeNamesActedOnByABodyAreABody() {
        let text = """
        The row went on.

        The Harbour Board was criticised by Ferry Focus Group.
        """
        let x = extract(text)
        #expect(x.has("Ferry Focus Group", .criticism, "Harbour Board"), "\(x.summary)")
    }
}

@Suite struct GivenNamesTests {
    @Test func givenNamesCommonInBritishPublicLifeOpenAPersonsName() {
        let text = """
        The row went on.

        Priya Ramanathan was later forced to resign. Siobhan Kerrow criticised the Harbour Board.
        """
        let x = extract(text)
        #expect(x.entities.contains { $0.name == "Priya Ramanathan" && $0.kind == .person }, "\(x.entities.map(\.name))")
        #expect(x.has("Siobhan Kerrow", .criticism, "Harbour Board"), "\(x.summary)")
    }
}
