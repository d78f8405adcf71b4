import Testing
@testable import StakegraphExtraction

/// The passes of `ExtractionPipeline`, each run on its own over the layers the passes before it
/// wrote. Texts written by us.
@Suite struct PipelineTests {
    let text = """
    The Ferry Guild met on Monday. Its chief executive, Tom Pryce, criticised the Harbour Board on Tuesday.

    "The Harbour Board has let passengers down," said Mr Pryce.
    """
    let date = EventDate(string: "2024-03-15")

    /// The mention layer after the entity passes up to and including `last`.
    func mentions(through last: String) -> RecognitionState {
        let doc = Document(text: text, abbreviations: Lexicon.standard.abbreviations)
        var state = RecognitionState(doc: doc, lexicon: .standard, dictionary: .standard, date: date)
        for pass in ExtractionPipeline.entityPasses(surfaceForms: SurfaceForms(dictionary: .standard)) {
            pass.run(&state)
            if pass.id == last { break }
        }
        return state
    }

    /// The finder after the interaction passes up to and including `last`.
    func layers(through last: String) -> InteractionFinder {
        let state = mentions(through: "entities.media")
        var finder = InteractionFinder(doc: state.doc, lexicon: .standard, dates: DateResolver(articleDate: date, lexicon: .standard), entities: state.result)
        for pass in ExtractionPipeline.interactionPasses {
            pass.run(&finder)
            if pass.id == last { break }
        }
        return finder
    }

    @Test func thePassesRunInTheDocumentedOrderWithDistinctIDs() {
        let ids = ExtractionPipeline.passIDs
        #expect(ids.first == "entities.dictionary")
        #expect(Set(ids).count == ids.count)
        #expect(ids.firstIndex(of: "speech")! < ids.firstIndex(of: "cue")!)
        #expect(ids.firstIndex(of: "cue")! < ids.firstIndex(of: "speech.stance")!)
        #expect(ids.last == "response.answers")
    }

    @Test func nameRunsFindWhatTheDictionaryDoesNotKnow() {
        let dictionaryOnly = mentions(through: "entities.dictionary")
        #expect(!dictionaryOnly.result.entities.contains { $0.name == "Tom Pryce" })
        let runs = mentions(through: "entities.runs")
        #expect(runs.result.entities.contains { $0.name == "Tom Pryce" })
        #expect(runs.result.entities.contains { $0.name == "Harbour Board" })
    }

    @Test func shortFormsComeAfterTheNames() {
        let before = mentions(through: "entities.runs")
        let after = mentions(through: "entities.short-forms")
        #expect(after.result.mentions.count > before.result.mentions.count, "Mr Pryce is a short form of Tom Pryce")
    }

    @Test func theTimePassDatesEachSentence() {
        let finder = layers(through: "time")
        #expect(finder.expressionsBySentence.count == finder.doc.sentences.count)
        #expect(finder.expressionsBySentence[0].count == 1, "on Monday")
        #expect(finder.found.isEmpty)
    }

    @Test func theSpeechPassAttributesTheQuote() {
        let finder = layers(through: "speech")
        let pryce = finder.entities.entities.firstIndex { $0.name == "Tom Pryce" }
        #expect(finder.quoteSpeaker[0] == pryce)
        #expect(finder.found.isEmpty)
    }

    @Test func actsComeFromCuesAndOpinionsFromTheStancePass() {
        let acts = layers(through: "cue")
        #expect(acts.found.contains { $0.rule.hasPrefix("cue.criticism") })
        #expect(!acts.found.contains { $0.rule == "speech.stance" })
        let stance = layers(through: "speech.stance")
        #expect(stance.found.contains { $0.rule == "speech.stance" })
    }
}
