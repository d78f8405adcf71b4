import Testing
@testable import StakegraphExtraction

/// The lexicon's `interaction_words` section (issue 13): the interaction finder's word lists are
/// read strictly, each mistake a `LexiconError` naming its line, and the shipped lists arrive.
@Suite struct InteractionVocabularyTests {
    /// The error `yaml` gives, or nil when it reads.
    private func error(_ yaml: String) -> LexiconError? {
        do {
            _ = try Lexicon(yaml: yaml)
            return nil
        } catch let error as LexiconError {
            return error
        } catch {
            Issue.record("not a LexiconError: \(error)")
            return nil
        }
    }

    @Test func listsAreRead() throws {
        let lexicon = try Lexicon(yaml: "interaction_words:\n  be_forms: [was, Were]\n  list_gaps: [\", and\", as well as]\n")
        #expect(lexicon.interactionWords.beForms == ["was", "were"])
        #expect(lexicon.interactionWords.listGaps == [", and", "as well as"])
        #expect(lexicon.interactionWords.copulas.isEmpty)
    }

    @Test func shippedListsArrive() {
        let words = Lexicon.standard.interactionWords
        #expect(words.prepositions.contains("against"))
        #expect(words.speechAdverbs.contains("yesterday"))
        #expect(words.copulas.contains("'s"))
        #expect(words.listGaps.contains(", as well as"))
        #expect(words.pairSubjects.contains("both women"))
    }

    @Test func unknownKey() {
        let e = error("interaction_words:\n  be_forms: [was]\n  be_form: [is]\n")
        #expect(e == .unknownKey(section: "interaction_words", key: "be_form", line: 3))
        #expect(e?.description.contains("line 3") == true)
    }

    @Test func wrongShapes() {
        // A single word, a mapping and a number where a list belongs.
        #expect(error("interaction_words:\n  copulas: is\n")?.line == 2)
        #expect(error("interaction_words:\n  modals:\n    will: [would]\n")?.line == 3)
        if case .wrongType(let section, _, let found, let line)? = error("interaction_words:\n  prepositions: [of,\n    4]\n") {
            #expect(section == "interaction_words.prepositions" && line == 3 && found.contains("number"))
        } else {
            Issue.record("a number in a list read")
        }
        // An unquoted `no` is a boolean to YAML, not the word.
        if case .wrongType(_, _, let found, 2)? = error("interaction_words:\n  stance_negators: [not, no]\n") {
            #expect(found.contains("quote"))
        } else {
            Issue.record("unquoted no read as a word")
        }
        #expect(error("interaction_words:\n  stance_negators: [not, \"no\"]\n") == nil)
        // The section itself must be a mapping.
        #expect(error("interaction_words: [was]\n")?.line == 1)
    }

    @Test func emptyWordsAndStraySpaces() {
        #expect(error("interaction_words:\n  modals:\n    - will\n    - \"\"\n") == .emptyWord(section: "interaction_words.modals", line: 4))
        if case .badEntry(let section, _, _, let line)? = error("interaction_words:\n  list_gaps: [\"as  well as\"]\n") {
            #expect(section == "interaction_words.list_gaps" && line == 2)
        } else {
            Issue.record("a phrase with two spaces read")
        }
    }
}
