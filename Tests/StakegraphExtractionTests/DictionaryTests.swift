import Foundation
import Testing
@testable import StakegraphExtraction

/// The stakeholder dictionary: the bundled one, errors with line and column, merging, and use.
@Suite struct DictionaryTests {
    private func malformed(_ yaml: String) -> (line: Int, column: Int, reason: String)? {
        do {
            _ = try StakeholderDictionary(yaml: yaml, path: "custom.yaml")
            return nil
        } catch let DictionaryError.malformed(path, line, column, reason) {
            #expect(path == "custom.yaml")
            return (line, column, reason)
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test func bundledDictionaryHasOfstedAndTheNEU() throws {
        let dictionary = StakeholderDictionary.standard
        let ofsted = try #require(dictionary.organisations.first { $0.name == "Ofsted" })
        #expect(ofsted.kind == "inspectorate")
        let neu = try #require(dictionary.organisations.first { $0.name == "National Education Union" })
        #expect(neu.acronyms.contains("NEU"))
        #expect(neu.kind == "union")
        #expect(!dictionary.people.isEmpty)
    }

    @Test func wellFormedEntriesAreRead() throws {
        let yaml = """
        organisations:
          - name: Ashgrove Teachers Union
            acronyms: [ATU]
            aliases: [Ashgrove union]
            kind: union
        people:
          - name: Imogen Tarrant
            aliases: Immy Tarrant
            gender: female
            roles:
              - role: chair
                organisation: Kestrel Learning Trust
                from: 2021-09-01
                to: 2023-12-31
              - role: chief executive
                organisation: Ashgrove Teachers Union
                from: 2024-01-01
        """
        let dictionary = try StakeholderDictionary(yaml: yaml, path: "custom.yaml")
        let union = try #require(dictionary.organisations.first)
        #expect(union.name == "Ashgrove Teachers Union")
        #expect(union.acronyms == ["ATU"])
        #expect(union.aliases == ["Ashgrove union"])
        let person = try #require(dictionary.people.first)
        #expect(person.aliases == ["Immy Tarrant"])
        #expect(person.gender == .female)
        #expect(person.roles.count == 2)
        #expect(person.role(on: EventDate(string: "2022-05-01"))?.organisation == "Kestrel Learning Trust")
        #expect(person.role(on: EventDate(string: "2024-05-01"))?.organisation == "Ashgrove Teachers Union")
        #expect(person.role(on: nil)?.role == "chief executive")
    }

    /// Found by the fuzzer: aliases nested a few levels deep in a mapping key made Yams hash
    /// an exponentially large tree. Aliases are refused before Yams sees the text.
    @Test func yamlAliasesAreRefusedWithTheirLine() throws {
        let yaml = "organisations:\n  - name: A\n    aliases: &a [x, y]\n  - name: B\n    aliases: *a\n"
        let found = try #require(malformed(yaml))
        #expect(found.line == 5 && found.column == 14)
        #expect(found.reason.contains("aliases"))
        #expect(try StakeholderDictionary(yaml: "organisations:\n  - name: A*B Trust # *not an alias\n", path: "d.yaml").organisations.count == 1)
    }

    @Test func emptyYAMLIsAnEmptyDictionary() throws {
        let dictionary = try StakeholderDictionary(yaml: "", path: "empty.yaml")
        #expect(dictionary.organisations.isEmpty && dictionary.people.isEmpty)
    }

    @Test func badIndentationIsMalformedAtItsLineAndColumn() throws {
        // "kind" is indented one column deeper than "name" on line 3, so YAML reads it
        // as the continuation of the name and stops at its colon (column 10).
        let yaml = """
        organisations:
          - name: Ashgrove Teachers Union
             kind: union
        """
        let found = try #require(malformed(yaml))
        #expect(found.line == 3)
        #expect(found.column == 10)
    }

    @Test func personWithoutNameIsMalformedAtTheEntry() throws {
        let yaml = """
        organisations:
          - name: Ashgrove Teachers Union
        people:
          - name: Imogen Tarrant
            gender: female
          - aliases: [Tee]
            gender: female
        """
        let found = try #require(malformed(yaml))
        #expect(found.line == 6)
        #expect(found.column == 5)
        #expect(found.reason.contains("name"))
    }

    @Test func badDateIsMalformedAtTheValue() throws {
        let yaml = """
        people:
          - name: Imogen Tarrant
            roles:
              - role: chair
                organisation: Kestrel Learning Trust
                from: 2024-13-01
        """
        let found = try #require(malformed(yaml))
        #expect(found.line == 6)
        #expect(found.column == 15)
        #expect(found.reason.contains("YYYY-MM-DD"))
    }

    @Test func roleWithoutOrganisationIsMalformed() throws {
        let yaml = """
        people:
          - name: Imogen Tarrant
            roles:
              - role: chair
        """
        let found = try #require(malformed(yaml))
        #expect(found.line == 4)
        #expect(found.reason.contains("organisation"))
    }

    @Test func unknownSectionIsMalformedAtItsKey() throws {
        let yaml = """
        organisations:
          - name: Ashgrove Teachers Union
        places:
          - name: Leeds
        """
        let found = try #require(malformed(yaml))
        #expect(found.line == 3)
        #expect(found.column == 1)
        #expect(found.reason.contains("places"))
    }

    @Test func errorDescriptionIsOneLineWithPathLineAndColumn() {
        let error = DictionaryError.malformed(path: "custom.yaml", line: 6, column: 15, reason: "expected a date as YYYY-MM-DD")
        #expect(error.description == "custom.yaml:6:15: malformed dictionary: expected a date as YYYY-MM-DD")
    }

    @Test func missingDictionaryFileIsUnreadable() throws {
        try withTemporaryFolder { folder in
            let path = folder.path("absent.yaml")
            #expect {
                try StakeholderDictionary(contentsOf: path)
            } throws: { error in
                guard case DictionaryError.unreadable(let p, _) = error else { return false }
                return p == path
            }
        }
    }

    @Test func mergeOverridesByNameAndKeepsTheRest() throws {
        var base = try StakeholderDictionary(yaml: """
        organisations:
          - name: Ashgrove Teachers Union
            acronyms: [ATU]
            kind: union
          - name: Kestrel Learning Trust
            kind: trust
        people:
          - name: Imogen Tarrant
            gender: female
        """, path: "base.yaml")
        let override = try StakeholderDictionary(yaml: """
        organisations:
          - name: ashgrove teachers union
            acronyms: [AGTU]
            kind: union
          - name: Marsh Valley Council
        people:
          - name: Imogen Tarrant
            gender: female
            roles:
              - role: chair
                organisation: Kestrel Learning Trust
        """, path: "override.yaml")
        base.merge(override)
        #expect(base.organisations.map(\.name).sorted() == ["Kestrel Learning Trust", "Marsh Valley Council", "ashgrove teachers union"])
        #expect(base.organisations.first { $0.name.lowercased() == "ashgrove teachers union" }?.acronyms == ["AGTU"])
        #expect(base.people.count == 1)
        #expect(base.people.first?.roles.first?.role == "chair")
    }

    @Test func customOrganisationIsRecognisedByTheExtractor() throws {
        // "Brightlane" alone, leading its sentence before an auxiliary, is nothing the text rules
        // can tell apart from an ordinary word; the dictionary makes it a charity.
        let text = "Brightlane has criticised Gideon Ashby, the housing minister, over the cuts."
        let plain = extract(text)
        #expect(plain.entity("Brightlane") == nil)

        var dictionary = StakeholderDictionary.standard
        dictionary.merge(try StakeholderDictionary(yaml: """
        organisations:
          - name: Brightlane
            kind: charity
        """, path: "custom.yaml"))
        let x = extract(text, dictionary: dictionary)
        let charity = try #require(x.entity("Brightlane"))
        #expect(charity.kind == .organisation)
        #expect(x.has("Brightlane", .criticism, "Gideon Ashby"), "\(x.summary)")
    }

    @Test func customPersonBringsRoleAliasAndGender() throws {
        var dictionary = StakeholderDictionary.standard
        dictionary.merge(try StakeholderDictionary(yaml: """
        organisations:
          - name: Kestrel Learning Trust
            acronyms: [KLT]
            kind: trust
        people:
          - name: Ottoline Barraclough
            aliases: [Ms Barraclough]
            gender: female
            roles:
              - role: chief executive
                organisation: Kestrel Learning Trust
                from: 2020-01-01
        """, path: "custom.yaml"))
        let text = "Ottoline Barraclough opened the new building on Monday. She praised Gideon Ashby, the schools minister."
        let x = extract(text, dictionary: dictionary)
        let person = try #require(x.entity("Ottoline Barraclough"))
        #expect(person.kind == .person)
        #expect(person.role == "chief executive")
        #expect(person.affiliation == "Kestrel Learning Trust")
        #expect(person.affiliations.map(\.organisationID) == ["org:kestrel-learning-trust"])
        #expect(x.has("Ottoline Barraclough", .support, "Gideon Ashby"), "\(x.summary)")
    }

    // MARK: - The default dictionary's national bodies

    @Test func bundledKindsAreKindsTheLexiconKnows() {
        // The lexicon's org_kinds by their nouns ("regulator" shares its nouns with "inspectorate").
        let kinds = Set(Lexicon.standard.orgKindNouns.values).union(["regulator"])
        for org in StakeholderDictionary.standard.organisations {
            if let kind = org.kind { #expect(kinds.contains(kind), "\(org.name): unknown kind \(kind)") }
        }
    }

    @Test func bundledNamesAreUniqueAcrossEntries() {
        var owner: [String: String] = [:]
        for org in StakeholderDictionary.standard.organisations {
            for form in [org.name] + org.aliases + org.acronyms {
                let key = form.lowercased()
                if let other = owner[key], other != org.name { Issue.record("\(form) names both \(other) and \(org.name)") }
                owner[key] = org.name
            }
        }
    }

    /// The dictionary matches a name wherever it is capitalised, as at a sentence's start: so it
    /// holds no body whose only name is a common word.
    @Test func bundledDictionaryHoldsNoCommonWordAsAName() {
        let common: Set<String> = ["mind", "crisis", "shelter", "liberty", "community", "prospect", "equity", "voice",
                                   "northern", "southern", "justice", "reform", "talk", "impress", "sun", "sky", "reach", "alliance"]
        for org in StakeholderDictionary.standard.organisations {
            for form in [org.name] + org.aliases where common.contains(form.lowercased()) {
                Issue.record("\(org.name) has the common word \(form) as a name")
            }
        }
    }

    @Test func regulatorAndWaterCompanyGetTheirCanonicalNames() throws {
        let x = extract("Ofwat fined Thames Water £100m on Tuesday after a string of sewage spills.")
        let ofwat = try #require(x.entity("Ofwat"))
        let thames = try #require(x.entity("Thames Water"))
        #expect(ofwat.kind == .organisation && thames.kind == .organisation)
        #expect(x.entities.filter { $0.kind == .organisation }.count == 2, "\(x.summary)")
    }

    @Test func policeForceAndItsAcronymAreOneEntity() throws {
        let text = "Greater Manchester Police said it was investigating. A GMP spokesman said officers attended."
        #expect(referent(of: "Greater Manchester Police", in: text) == "Greater Manchester Police")
        #expect(referent(of: "GMP", in: text) == "Greater Manchester Police")
        let x = extract(text)
        #expect(x.entities.filter { $0.name == "Greater Manchester Police" }.count == 1)
    }

    @Test func departmentShortFormsAreTheirDepartment() {
        let text = "The FCDO declined to comment. A Foreign Office source said the MoD had been told."
        #expect(referent(of: "FCDO", in: text) == "Foreign, Commonwealth and Development Office")
        #expect(referent(of: "Foreign Office", in: text) == "Foreign, Commonwealth and Development Office")
        #expect(referent(of: "MoD", in: text) == "Ministry of Defence")
    }

    @Test func universityShortFormIsTheUniversityButNotInALongerName() {
        let text = "Oxford University said the study stood. Oxford University Hospitals said it would review its care."
        #expect(referent(of: "Oxford University", in: text) == "University of Oxford")
        #expect(referent(of: "Oxford University Hospitals", in: text) == "Oxford University Hospitals NHS Foundation Trust")
    }

    @Test func commonWordsAreNotTakenAsBodies() {
        let text = "Crisis talks were held on Monday. Community leaders said Northern towns had been ignored. Mind the gap, the guard said."
        let names = Set(resolvedMentions(text).map(\.entity))
        for word in ["Crisis", "Community", "Northern Trains", "Mind"] { #expect(!names.contains(word), "\(names)") }
    }

    @Test func aNameOpeningWithTheDoesNotCutALongerName() {
        let text = "The Independent Office for Police Conduct criticised West Midlands Police. The Independent reported it first."
        #expect(referent(of: "Independent Office for Police Conduct", in: text) == "Independent Office for Police Conduct")
        #expect(referent(of: "The Independent", in: text) == "The Independent")
        #expect(referent(of: "West Midlands Police", in: text) == "West Midlands Police")
    }
}
