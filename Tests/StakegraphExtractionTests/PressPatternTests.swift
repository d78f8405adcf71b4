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
}
