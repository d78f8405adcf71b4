import Testing
@testable import StakegraphExtraction

/// The lexicon files are read strictly (issue 13): every kind of mistake is a `LexiconError`
/// naming the line where it stands, and the shipped files read without one.
@Suite struct LexiconLoadingTests {
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

    @Test func shippedFilesRead() throws {
        let lexicon = Lexicon.standard
        #expect(lexicon.months.contains("september"))
        #expect(lexicon.cues.count > 100)
        #expect(lexicon.verbForms.forms(of: "meet").contains("met"))
        #expect(!lexicon.verbForms.forms(of: "have").contains("haved"))
    }

    @Test func unknownTopLevelKey() {
        let e = error("months: [june]\nmonthz: [july]\n")
        #expect(e == .unknownKey(section: "", key: "monthz", line: 2))
        #expect(e?.description.contains("line 2") == true)
    }

    @Test func unknownKeyInASection() {
        #expect(error("honorifics:\n  male: [sir]\n  mail: [mr]\n") == .unknownKey(section: "honorifics", key: "mail", line: 3))
        #expect(error("entity_vocabulary:\n\n  media_head: [gazette]\n")?.line == 3)
        #expect(error("responses:\n  objet_triggers: [answered]\n") == .unknownKey(section: "responses", key: "objet_triggers", line: 2))
        #expect(error("verb_forms:\n  irregulars:\n    go: [went]\n")?.line == 2)
    }

    @Test func numberWhereAListIsExpected() throws {
        let e = try #require(error("places: [leeds]\nroles: 12\n"))
        guard case .wrongType(let section, _, let found, let line) = e else { Issue.record("\(e)"); return }
        #expect(section == "roles" && line == 2 && found.contains("number"))
    }

    @Test func otherWrongShapes() {
        // A single word, a mapping, nothing, and a list where a mapping is expected.
        #expect(error("org_heads: union\n")?.line == 1)
        #expect(error("stop_capitals:\n  the: [a]\n")?.line == 2)
        #expect(error("hedges:\nnegations: [not]\n")?.line == 1)
        #expect(error("sentiment: [good]\n")?.line == 1)
        // A number or an unquoted yes/no inside a list: YAML would read them as other than words.
        #expect(error("places: [leeds]\nqualifications: [gcse,\n  7]\n")?.line == 3)
        if case .wrongType(_, _, let found, _)? = error("negations: [not, no]\n") { #expect(found.contains("quote")) } else { Issue.record("unquoted no read") }
        #expect(error("negations: [not, \"no\"]\n") == nil)
    }

    @Test func emptyWord() {
        #expect(error("places:\n  - leeds\n  - \"\"\n") == .emptyWord(section: "places", line: 3))
        #expect(error("places: [leeds, \"  \"]\n") == .emptyWord(section: "places", line: 1))
    }

    @Test func wordWithStraySpaces() {
        guard case .badEntry(let section, _, _, let line)? = error("roles:\n  - \"chief  executive\"\n") else { Issue.record("read"); return }
        #expect(section == "roles" && line == 2)
    }

    @Test func unknownCueType() {
        let e = error("cues:\n  criticism: [\"~criticise\"]\n  praise: [\"~praise\"]\n")
        #expect(e == .unknownCueType(section: "cues", type: "praise", line: 3))
        #expect(e?.description.contains("support") == true)
        #expect(error("reverse_cues:\n  critcism: [\"under fire from\"]\n")?.line == 2)
    }

    @Test(arguments: [
        ("X ~praise", "start with a word"),
        ("* ~praise", "start with a word"),
        ("~accuse X X of", "more than one X"),
        ("~accuse X * of", "word after X"),
        ("~praise *", "after '*'"),
        ("~", "'~'"),
        ("~hail|~praise", "'~'"),
        ("hail||praise", "empty alternative"),
        ("Praised", "capitals"),
    ])
    func badCuePattern(_ pattern: String, _ reason: String) throws {
        let e = try #require(error("cues:\n  support:\n    - \"~back\"\n    - \"\(pattern)\"\n"))
        guard case .badCuePattern(let section, let text, let why, let line) = e else { Issue.record("\(e)"); return }
        #expect(section == "cues.support" && text == pattern && line == 4)
        #expect(why.contains(reason), "\(why)")
    }

    @Test func goodCuePatternsRead() throws {
        let lexicon = try Lexicon(yaml: "cues:\n  criticism: [\"~accuse X of\", \"hit out|lashed * at\", \"~praise X\"]\n")
        #expect(lexicon.cues.map(\.text).sorted() == ["hit out|lashed * at", "~accuse X of", "~praise X"])
    }

    @Test func notYAML() {
        let e = error("months: [june\nweekdays: [monday]\n")
        guard case .malformed(let line, _)? = e else { Issue.record("\(String(describing: e))"); return }
        #expect(line == 2)
        #expect(error("months: [june]\nmonths: [july]\n")?.line == 1)
    }

    @Test func evaluativeErrorsNameTheLine() throws {
        func line(_ yaml: String) -> Int? {
            do { _ = try EvaluativeVocabulary(yaml: yaml); return nil } catch let e as LexiconError { return e.line } catch { return nil }
        }
        #expect(line("negative:\n  strong: [awful]\n  severe: [awful]\n") == 3)
        #expect(line("positive:\n  mild:\n    - fine\n    - Fine\n") == 4)
        #expect(line("negative_states: 3\n") == 1)
        #expect(line("negative_states: [glum, \"\"]\n") == 1)
        // A contraction split off its word could never match a token ("doesn't" is one).
        #expect(line("negative:\n  mild:\n    - does n't care\n") == 3)
    }

    @Test func mappingsOfNumbersAndWords() {
        #expect(error("months: {january: 1, jan: 1}\nweekdays: [monday]\n")?.line == 2)
        #expect(error("months:\n  january: 1\n  february: two\n")?.line == 3)
        #expect(error("dates:\n  number_words: {one: 1, two: \"2\"}\n")?.line == 2)
        #expect(error("dates:\n  units:\n    day: [day, days]\n    fortnight: [fortnight]\n") == .unknownKey(section: "dates.units", key: "fortnight", line: 4))
        #expect(error("entity_vocabulary:\n  abbreviated_words: {co: company, ltd: 3}\n")?.line == 2)
        let lexicon = try? Lexicon(yaml: "months: {january: 1, jan: 1}\ndates:\n  units: {week: [week, weeks]}\n")
        #expect(lexicon?.months == ["january", "jan"])
        #expect(lexicon?.monthNumbers["jan"] == 1)
        #expect(lexicon?.dates.units["weeks"] == .week)
    }

    @Test func abbreviationsComeFromTheLexicon() throws {
        let text = "Ask Gen. Moor today. Then go."
        #expect(Document(text: text).sentences.count == 2)
        #expect(Document(text: text, abbreviations: []).sentences.count == 3)
        #expect(Lexicon.standard.abbreviations.contains("gen"))
    }
}
