import Foundation
import Testing
@testable import StakegraphExtraction

/// Finding stakeholders (guide section 1): one test per mention form and per exclusion.
@Suite struct EntityRecognitionTests {
    // MARK: - Names and titles

    @Test(arguments: [
        ("Sir", "Hugh"), ("Dame", "Esther"), ("Dr", "Priya"), ("Professor", "Simon"),
        ("Mr", "Desmond"), ("Ms", "Imogen"), ("Lord", "Gideon"), ("Baroness", "Harriet"),
    ])
    func honorificIsDroppedFromTheNameAndKeptAsAlias(honorific: String, first: String) throws {
        let x = extract("The plan was welcomed on Monday by \(honorific) \(first) Varnham, who chairs the review panel.")
        let person = try #require(x.entity("\(first) Varnham"), "\(x.summary)")
        #expect(person.name == "\(first) Varnham")
        #expect(person.kind == .person)
        #expect(person.aliases.contains("\(honorific) \(first) Varnham"))
        #expect(x.entities.count == 1, "\(x.summary)")
    }

    @Test func honorificWithFirstNameIsALaterAlias() throws {
        let text = "Sir Hugh Varnham, chair of the Marsh Valley Council, spoke first.\n\nSir Hugh said the council would listen."
        #expect(referent(of: "Sir Hugh", in: text) == "Hugh Varnham")
        let x = extract(text)
        #expect(x.entity("Hugh Varnham")?.aliases.contains("Sir Hugh") == true, "\(x.summary)")
    }

    @Test func postNominalIsNotPartOfTheName() throws {
        let x = extract("The motion was seconded by Sir Hugh Varnham OBE after a long debate.")
        #expect(x.entityNames == ["Hugh Varnham"])
    }

    @Test
    func memberOfParliamentPostNominalIsDropped() throws {
        let x = extract("The motion was tabled by Imogen Tarrant MP after a long debate.")
        #expect(x.entityNames == ["Imogen Tarrant"])
    }

    @Test
    func honorificInAListIsNotARole() throws {
        let x = extract("The report was signed by Dr Priya Nandakumar, Professor Simon Achterberg and Mr Desmond Ferrier.")
        #expect(x.entityNames == ["Desmond Ferrier", "Priya Nandakumar", "Simon Achterberg"])
        #expect(x.entity("Priya Nandakumar")?.role == nil)
    }

    // MARK: - Roles and affiliations

    @Test func roleAppositiveGivesRoleAndAffiliation() throws {
        let x = extract("Desmond Ferrier, general secretary of the Ashgrove Teachers Union, spoke first at the rally.")
        let person = try #require(x.entity("Desmond Ferrier"))
        #expect(person.role == "general secretary")
        #expect(person.affiliation == "Ashgrove Teachers Union")
        let union = try #require(x.entity("Ashgrove Teachers Union"))
        #expect(union.kind == .organisation)
        #expect(person.affiliationID == union.id)
    }

    @Test func possessiveOrganisationBeforeRoleAndName() throws {
        let x = extract("The Brackenmoor Housing Trust's chief executive, Imogen Tarrant, apologised to tenants.")
        let person = try #require(x.entity("Imogen Tarrant"))
        #expect(person.role == "chief executive")
        #expect(person.affiliation == "Brackenmoor Housing Trust")
        #expect(x.entity("Brackenmoor Housing Trust")?.kind == .organisation)
    }

    @Test func roleBeforeTheNameIsNotPartOfIt() throws {
        let x = extract("On Tuesday the plans were approved by Health Secretary Gideon Ashby after a long delay.")
        let person = try #require(x.entity("Gideon Ashby"), "\(x.summary)")
        #expect(person.role == "health secretary")
        #expect(x.entityNames == ["Gideon Ashby"])
    }

    @Test func affiliationWithoutRole() throws {
        let x = extract("The talks were led by Rachel Quennell of the Tidewater Nurses Federation and lasted all day.")
        #expect(x.entity("Rachel Quennell")?.affiliation == "Tidewater Nurses Federation")
    }

    // MARK: - Organisations

    @Test(arguments: ["Union", "Association", "Council", "Trust", "Institute", "Committee", "Commission",
                      "Federation", "Authority", "Agency", "Foundation", "Society", "Board", "Partnership"])
    func organisationHeadWordMakesAnInventedBody(head: String) throws {
        let x = extract("Members of the Saltmarsh Ferry \(head) voted on Monday to accept the offer.")
        let body = try #require(x.entity("Saltmarsh Ferry \(head)"), "\(x.summary)")
        #expect(body.kind == .organisation)
        #expect(x.entities.count == 1)
    }

    @Test(arguments: ["Institute for Rural Learning", "Council for Early Years Research", "Society of Harbour Pilots"])
    func organisationStartWordWithOfOrFor(name: String) throws {
        let x = extract("A study by the \(name) was published on Monday.")
        #expect(x.entity(name)?.kind == .organisation, "\(x.summary)")
    }

    @Test func acronymDefinedInParenthesesIsTheSameEntity() throws {
        let text = "The Ashgrove Teachers Union (ATU) balloted its members on Monday.\n\nThe ATU said turnout was high."
        let x = extract(text)
        let union = try #require(x.entity("Ashgrove Teachers Union"))
        #expect(union.aliases.contains("ATU"))
        #expect(x.entities.count == 1, "\(x.summary)")
        #expect(referent(of: "ATU", occurrence: 2, in: text) == "Ashgrove Teachers Union")
    }

    @Test func dictionaryAcronymAndNameAreOneEntity() throws {
        let x = extract("The National Education Union said on Monday that the NEU would ballot members.")
        let neu = try #require(x.entity("NEU"))
        #expect(neu.name == "National Education Union")
        #expect(x.entities.count == 1, "\(x.summary)")
    }

    // MARK: - Later mentions

    @Test func surnameAndFirstNameAloneResolveToTheFullName() {
        let text = "Imogen Tarrant, chair of the Kestrel Learning Trust, opened the school.\n\nTarrant said the building was ready. Later, Imogen thanked the builders."
        #expect(referent(of: "Tarrant", in: text) == "Imogen Tarrant")
        #expect(referent(of: "Imogen", in: text) == "Imogen Tarrant")
    }

    @Test func titleAndSurnameResolveToTheFullName() throws {
        let text = "Desmond Ferrier, a professor at the Institute for Rural Learning, published the figures.\n\nDr Ferrier said the results were stark."
        #expect(referent(of: "Dr Ferrier", in: text) == "Desmond Ferrier")
        let x = extract(text)
        #expect(x.entity("Desmond Ferrier")?.aliases.contains("Dr Ferrier") == true)
        #expect(x.entityNames == ["Desmond Ferrier", "Institute for Rural Learning"])
    }

    @Test func possessiveIsNotPartOfTheName() throws {
        let text = "Imogen Tarrant's letter reached the council on Monday. Tarrant's tone was sharp."
        let x = extract(text)
        let person = try #require(x.entity("Imogen Tarrant"))
        #expect(!person.aliases.contains { $0.contains("'s") })
        #expect(referent(of: "Tarrant", in: text) == "Imogen Tarrant")
    }

    @Test(arguments: [
        "Imogen Tarrant met Desmond Ferrier on Monday. She said the meeting was useful. He said little.",
        "Desmond Ferrier met Imogen Tarrant on Monday. She said the meeting was useful. He said little.",
    ])
    func pronounsResolveToThePersonOfTheirGender(text: String) {
        #expect(referent(of: "She", in: text) == "Imogen Tarrant")
        #expect(referent(of: "He", in: text) == "Desmond Ferrier")
    }

    @Test func theUnionIsTheLastUnionMentioned() {
        let text = "Desmond Ferrier, general secretary of the Ashgrove Teachers Union, spoke first.\n\nThe union said its members were angry."
        #expect(referent(of: "The union", in: text) == "Ashgrove Teachers Union")
    }

    @Test(arguments: ["inspectorate", "watchdog", "regulator"])
    func oversightDescriptionsResolveToTheInspectorate(noun: String) {
        let text = "The Harrowdale Schools Inspectorate published its annual figures on Monday.\n\nThe \(noun) said standards had risen."
        #expect(referent(of: "The \(noun)", in: text) == "Harrowdale Schools Inspectorate")
    }

    @Test func theRegulatorFitsAnAuthority() {
        let text = "The Pennine Water Authority fined the company on Monday.\n\nThe regulator said the fine was deserved."
        #expect(referent(of: "The regulator", in: text) == "Pennine Water Authority")
    }

    @Test func theChiefInspectorResolvesThroughTheRole() {
        let text = "Esther Volkov, chief inspector at the Harrowdale Schools Inspectorate, published the figures.\n\nThe chief inspector said standards had risen."
        #expect(referent(of: "The chief inspector", in: text) == "Esther Volkov")
    }

    // MARK: - What is not a stakeholder

    @Test func sentenceInitialCapitalisedWordsAreNotEntities() {
        let x = extract("Campaigners gathered outside the town hall on Monday. Residents said the closure was rushed. Meanwhile, Gideon Ashby, the schools minister, stayed away.")
        #expect(x.entityNames == ["Gideon Ashby"])
    }

    @Test func placesAreNotEntities() {
        let x = extract("Gideon Ashby, the schools minister, visited Leeds and London before travelling on to Bristol.")
        #expect(x.entityNames == ["Gideon Ashby"])
    }

    @Test func monthsAndDaysAreNotEntities() {
        let x = extract("In January and again on Tuesday, Gideon Ashby, the schools minister, visited the site. May was a busy month for him, and Friday was worse.")
        #expect(x.entityNames == ["Gideon Ashby"])
    }

    @Test func documentsAndProgrammesAreNotEntities() {
        let x = extract("Gideon Ashby, the schools minister, launched the Clean Air Plan and the Skills White Paper on Monday.")
        #expect(x.entityNames == ["Gideon Ashby"])
    }

    @Test func qualificationsAreNotEntities() {
        let x = extract("Gideon Ashby, the schools minister, said GCSEs, A-levels and BTECs would all be reformed.")
        #expect(x.entityNames == ["Gideon Ashby"])
    }

    @Test func socialNetworksAreNotEntities() {
        let x = extract("Gideon Ashby, the schools minister, announced the change on Twitter, and parents shared it on Facebook.")
        #expect(x.entityNames == ["Gideon Ashby"])
    }

    @Test(arguments: [
        "Gideon Ashby, the schools minister, expanded Free School Meals (FSM) on Monday. FSM will reach 40,000 more pupils.",
        "Gideon Ashby, the transport minister, expanded the Rural Bus Grant (RBG) on Monday. The RBG will fund 40 routes.",
    ])
    func acronymDefinedForAProgrammeIsNotAnEntity(text: String) {
        let x = extract(text)
        #expect(x.entityNames == ["Gideon Ashby"])
    }

    @Test
    func namedBuildingIsNotAPerson() {
        let x = extract("Imogen Tarrant has criticised Desmond Ferrier over the closure of Hollins Library.")
        #expect(x.entity("Hollins Library")?.kind != .person, "\(x.summary)")
    }

    @Test func unnamedPeopleAreNotEntities() {
        let x = extract("A spokesperson for the council said the figures were wrong. A local headteacher said pupils had suffered. Gideon Ashby, the schools minister, disagreed.")
        #expect(x.entityNames == ["Gideon Ashby"])
    }

    // MARK: - Linking across articles

    private func extractAll(_ articles: [(id: String, date: String?, text: String)]) -> Extraction {
        Extractor().extract(articles.map { makeArticle($0.text, date: $0.date, id: $0.id) })
    }

    @Test func sameFullNameInTwoArticlesIsOneEntity() throws {
        let x = extractAll([
            ("one.txt", "2024-02-01", "Imogen Tarrant, chair of the Kestrel Learning Trust, met parents on Monday."),
            ("two.txt", "2024-02-08", "The school was praised on Monday by Imogen Tarrant, who visited with staff."),
        ])
        #expect(x.entities.filter { $0.name == "Imogen Tarrant" }.count == 1)
        let person = try #require(x.entity("Imogen Tarrant"))
        #expect(person.articles == ["one.txt", "two.txt"])
        #expect(x.articles.map { $0.entities.contains(person.id) } == [true, true])
    }

    @Test func twoPeopleSharingASurnameStayTwo() throws {
        let x = extractAll([
            ("one.txt", "2024-02-01", "Anna Cole, chair of the Kestrel Learning Trust, met parents on Monday."),
            ("two.txt", "2024-02-08", "Peter Cole, a governor at the school, said the building was unsafe."),
            ("three.txt", "2024-02-15", "Parents said Mr Cole had not replied to their letter."),
        ])
        let anna = try #require(x.entity("Anna Cole"))
        let peter = try #require(x.entity("Peter Cole"))
        #expect(anna.id != peter.id)
        #expect(anna.articles == ["one.txt"])
        #expect(peter.articles == ["two.txt"])
        // The bare "Mr Cole" is neither of them.
        let threeEntities = x.articles.first { $0.id == "three.txt" }?.entities ?? []
        #expect(!threeEntities.contains(anna.id) && !threeEntities.contains(peter.id))
    }

    @Test func changeOfOrganisationGivesDateBoundedAffiliations() throws {
        let x = extractAll([
            ("2023.txt", "2023-05-10", "Anna Cole, chief executive of the Kestrel Learning Trust, met parents on Monday."),
            ("2024.txt", "2024-02-01", "Anna Cole, chief executive of the Brackenmoor Housing Trust, met tenants on Tuesday."),
        ])
        let person = try #require(x.entity("Anna Cole"))
        #expect(person.affiliation == "Brackenmoor Housing Trust")
        #expect(person.affiliations.count == 2)
        let first = try #require(person.affiliations.first { $0.organisation == "Kestrel Learning Trust" })
        let second = try #require(person.affiliations.first { $0.organisation == "Brackenmoor Housing Trust" })
        #expect(first.to == Day(year: 2024, month: 1, day: 31))
        #expect(second.from == Day(year: 2024, month: 2, day: 1))
        #expect(first.organisationID == x.entity("Kestrel Learning Trust")?.id)
        #expect(first.isValid(on: EventDate(string: "2023-11-01")) && !second.isValid(on: EventDate(string: "2023-11-01")))
        #expect(!first.isValid(on: EventDate(string: "2024-03-01")) && second.isValid(on: EventDate(string: "2024-03-01")))
    }

    @Test func acronymSpelledOutInAnotherArticleLinks() throws {
        let x = extractAll([
            ("one.txt", "2024-02-01", "The Ashgrove Teachers Union (ATU) balloted its members on Monday."),
            ("two.txt", "2024-02-08", "Gideon Ashby, the schools minister, criticised the ATU on Tuesday."),
        ])
        #expect(x.entities.filter { $0.kind == .organisation }.count == 1, "\(x.summary)")
        #expect(x.has("Gideon Ashby", .criticism, "Ashgrove Teachers Union"), "\(x.summary)")
    }
}
