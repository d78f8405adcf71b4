import Foundation
import Testing
@testable import StakegraphExtraction

/// The outlet that published an article is a stakeholder when its own text names it.
@Suite struct OutletTests {
    @Test func theOutletNamedInTheTextIsAnOrganisation() {
        var article = makeArticle("Anita Holm, chief executive of the Kestrel Trust, told Fenland Courier the plan was reckless.")
        article.outlet = "Fenland Courier"
        let extraction = Extractor().extract([article])
        let outlet = extraction.entity("Fenland Courier")
        #expect(outlet?.kind == .organisation)
        #expect(outlet?.id == "org:fenland-courier")
    }

    @Test func anOutletNotNamedInTheTextIsNoEntity() {
        var article = makeArticle("The Kestrel Trust praised the Fenland Teachers Union.")
        article.outlet = "Fenland Courier"
        #expect(Extractor().extract([article]).entity("Fenland Courier") == nil)
    }

    @Test func outletsOfSeveralArticlesLinkWithoutClashingWithTheDictionary() {
        var a = makeArticle("Ofsted told Fenland Courier it would respond.", id: "a.txt")
        a.outlet = "Fenland Courier"
        var b = makeArticle("Ofsted told Marsh Gazette nothing new.", id: "b.txt")
        b.outlet = "Marsh Gazette"
        let extraction = Extractor().extract([a, b])
        #expect(extraction.entity("Fenland Courier") != nil && extraction.entity("Marsh Gazette") != nil)
        #expect(extraction.entity("Ofsted")?.articles == ["a.txt", "b.txt"])
    }
}

/// Page furniture of scraped articles: headlines in title case, bylines.
@Suite struct PageFurnitureTests {
    @Test func titleCaseHeadlinesAddNoEntities() {
        let text = "Teaching Union Slams Government Over Pay Offer As Strikes Loom\n\nThe Fenland Teachers Union has criticised the Kestrel Trust.\n\nRead More: Inspectorate Chief Announces New Framework"
        let names = Set(extract(text).entities.map(\.name))
        #expect(names == ["Fenland Teachers Union", "Kestrel Trust"])
    }

    @Test func bylinesAreNotStakeholders() {
        let text = "By Sarah Jonesworth\nThe Fenland Teachers Union praised Anita Holm, chief executive of the Kestrel Trust."
        let names = Set(extract(text).entities.map(\.name))
        #expect(!names.contains("Sarah Jonesworth"))
        #expect(names.contains("Anita Holm"))
    }
}

@Suite struct SingleQuoteTests {
    @Test func singleQuotationMarksCarrySpeechToo() {
        let text = "Anita Holm, chief executive of the Kestrel Trust, said: \u{2018}The Fenland Teachers Union has been disgraceful.\u{2019}"
        #expect(extract(text).has("Anita Holm", .criticism, "Fenland Teachers Union"))
    }

    @Test func apostrophesDoNotOpenQuotes() {
        let text = "The union\u{2019}s members praised the Kestrel Trust\u{2019}s head, Anita Holm."
        let doc = Document(text: text)
        #expect(doc.quotes.isEmpty)
    }
}

@Suite struct TitleTests {
    @Test func secretaryOfStateIsATitleNotABody() {
        let text = "She said: \"The Secretary of State talks about bursaries.\" With respect, Secretary of State, that is wrong."
        #expect(extract(text).entities.isEmpty)
    }
}

@Suite struct PluralAndRelativeTests {
    @Test func theUnionsStandsForEveryUnionNamed() {
        let text = "The Fenland Teachers Union and the Marsh Support Staff Union criticised the Kestrel Trust. Anita Holm, chief executive of the trust, hit back at the unions on Friday."
        let x = extract(text)
        #expect(x.has("Anita Holm", .response, "Fenland Teachers Union"))
        #expect(x.has("Anita Holm", .response, "Marsh Support Staff Union"))
    }

    @Test func aRelativeClauseEndsBeforeTheMainVerb() {
        let text = "Tom Reyes, who met union leaders last week, hit back at the Kestrel Trust."
        let x = extract(text)
        #expect(!x.interactions.contains { $0.type == .meeting })
        #expect(x.has("Tom Reyes", .response, "Kestrel Trust"))
    }

    @Test func frontMatterTitlesMayHoldColons() throws {
        let article = try ArticleLoader().parse(data: Data("---\ntitle: Delays: who is to blame\ndate: 2023-01-20\n---\nText.\n".utf8),
                                                path: "a.md", id: "a.md", jsonLines: false, warnings: &discardedWarnings)
        #expect(article.first?.title == "Delays: who is to blame")
        #expect(article.first?.date == EventDate(string: "2023-01-20"))
    }
}

nonisolated(unsafe) var discardedWarnings: [InputWarning] = []

@Suite struct ParallelExtractionTests {
    @Test func parallelAndSerialExtractionAreByteIdentical() throws {
        let samples = packageRoot.appendingPathComponent("Samples/articles").path
        let articles = try ArticleLoader().load(paths: [samples]).articles
        let serial = try Extractor().extract(articles, parallel: false).jsonData()
        let parallel = try Extractor().extract(articles, parallel: true).jsonData()
        #expect(serial == parallel)
    }

    /// Streamed in small batches (so the next batch is read while one is extracted, and
    /// linking runs in groups), the Samples corpus gives the same bytes as a whole serial run.
    @Test(arguments: [false, true])
    func streamedExtractionIsByteIdenticalToTheWholeSerialRun(parallel: Bool) throws {
        let samples = packageRoot.appendingPathComponent("Samples/articles").path
        let corpus = packageRoot.appendingPathComponent("Samples/corpus.jsonl").path
        let articles = try ArticleLoader().load(paths: [samples, corpus]).articles
        var stream = ArticleStream(paths: [samples, corpus])
        let streamed = try Extractor().extract(&stream, parallel: parallel, batchBytes: 3000).jsonData()
        #expect(streamed == (try Extractor().extract(articles, parallel: false).jsonData()))
    }
}

@Suite struct CueSenseTests {
    @Test func aCueWordModifyingANounIsNoAct() {
        let x = extract("Unison support staff at the Kestrel Trust will strike. The Fenland Teachers Union backed the Kestrel Trust.")
        #expect(!x.has("Unison", .support, "Kestrel Trust"))
        #expect(x.has("Fenland Teachers Union", .support, "Kestrel Trust"))
    }
}

@Suite struct NounAndAdjectiveCueTests {
    let text = "The Fenland Teachers Union's criticism of the Kestrel Trust grew louder. Anita Holm, who has long been critical of the Marsh Council, spoke on Monday. The Kestrel Trust and the Marsh Council held talks on Monday."

    @Test func thePossessorOfANounCueActs() {
        #expect(extract(text).has("Fenland Teachers Union", .criticism, "Kestrel Trust"))
    }

    @Test func criticalOfIsCriticismDatedByItsOwnClause() throws {
        let x = extract(text)
        let found = try #require(x.interactions("Anita Holm", .criticism, "Marsh Council").first)
        #expect(found.date == EventDate(string: "2024-03-15"))
    }

    @Test func twoBodiesHoldingTalksMeetEachOther() {
        #expect(extract(text).has("Kestrel Trust", .meeting, "Marsh Council"))
    }
}

@Suite struct SpeakerAppositiveTests {
    @Test func aSpeakerNamedOnlyInAnAppositiveIsTheSpeaker() {
        let text = "Schools Minister Tom Reyes spoke on Monday. The exam board KDX hit back. In a statement, its chief executive, Anita Holm, said the minister's comments were \"unhelpful and inaccurate\"."
        #expect(extract(text).has("Anita Holm", .criticism, "Tom Reyes"))
    }

    @Test func theBeforeANameStartsNoDescription() {
        let text = "The exam board KDX hit back. Tom Reyes, general secretary of the Association of Fenland Heads, said both sides should stop."
        let reyes = extract(text).entity("Tom Reyes")
        #expect(reyes?.affiliation == "Association of Fenland Heads")
    }
}

@Suite struct SpeechRuleTests {
    @Test func whoSaidSpeaksForTheAntecedent() {
        let text = "The call was endorsed by Anita Holm, who said the Kestrel Trust had \"lost the confidence of parents\"."
        #expect(extract(text).has("Anita Holm", .criticism, "Kestrel Trust"))
    }

    @Test func butSaidSpeaksForTheSubject() {
        let text = "Ms Anita Holm thanked Tom Reyes for his help but said both the Marsh Council and the Kestrel Trust had let children down."
        let x = extract(text)
        #expect(x.has("Anita Holm", .criticism, "Marsh Council"))
        #expect(x.has("Anita Holm", .criticism, "Kestrel Trust"))
    }

    @Test func anInvitationBelongsToWhoeverInvited() {
        let text = "Anita Holm has invited Tom Reyes and Jo Marsh to work with the Kestrel Trust. Reyes welcomed the invitation."
        #expect(extract(text).has("Tom Reyes", .support, "Anita Holm"))
    }

    @Test func moreInterestedInHeadlinesIsCriticism() {
        let text = "Tom Reyes hit back, saying the Fenland Teachers Union was \"more interested in headlines than in children\"."
        #expect(extract(text).has("Tom Reyes", .criticism, "Fenland Teachers Union"))
    }
}

@Suite struct CampusTests {
    let text = "The University of Eastmoor has threatened action against the rent strike. Union president Chloe Adebayo spoke for the Eastmoor Students' Union. Its branch secretary, Owen Price, called the threat \"heavy-handed and counter-productive\"."

    @Test func aPossessiveInsideABodysName() {
        #expect(extract(text).entity("Eastmoor Students' Union")?.kind == .organisation)
    }

    @Test func anOpinionOfAThreatIsOfWhoeverMadeIt() {
        #expect(extract(text).has("Owen Price", .criticism, "University of Eastmoor"))
    }
}

@Suite struct ReversedCueTests {
    let text = "The Kestrel Trust has come under fire from the Fenland Teachers Union. Anita Holm faced criticism from Tom Reyes. The Marsh Council won praise from the Fenland Teachers Union."

    @Test func underFireFromMeansTheOtherCriticised() {
        let x = extract(text)
        #expect(x.has("Fenland Teachers Union", .criticism, "Kestrel Trust"))
        #expect(x.has("Tom Reyes", .criticism, "Anita Holm"))
    }

    @Test func wonPraiseFromMeansTheOtherPraised() {
        let x = extract(text)
        #expect(x.has("Fenland Teachers Union", .support, "Marsh Council"))
        #expect(!x.has("Marsh Council", .support, "Fenland Teachers Union"))
    }
}

@Suite struct DemandTests {
    @Test func callsToResignAndDemandsForApologiesAreCriticism() {
        let x = extract("The Fenland Teachers Union called for Anita Holm to resign. Tom Reyes demanded an apology from the Kestrel Trust.")
        #expect(x.has("Fenland Teachers Union", .criticism, "Anita Holm"))
        #expect(x.has("Tom Reyes", .criticism, "Kestrel Trust"))
    }
}
