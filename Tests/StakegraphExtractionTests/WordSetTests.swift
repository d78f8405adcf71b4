import Testing
@testable import StakegraphExtraction

/// `WordSet` and `WordMap`, the lexicon's look-up tables (a hash of the word's bytes instead of
/// Swift's `Hasher`): they must answer exactly as `Set<String>` and `Dictionary` did, so that
/// extraction gives the same output.
@Suite struct WordSetTests {
    @Test func membershipAsASetOfStrings() {
        let words = ["the", "chief executive", "secretary of state for education", "a", "", "it's"]
        let set = WordSet(words)
        for word in words { #expect(set.contains(word)) }
        for word in ["The", "chief", "executive", "secretary of state for educatio", " a", "its", "x"] { #expect(!set.contains(word)) }
        #expect(set.count == words.count)
        #expect(Set(set) == Set(words))
    }

    /// Swift's strings are equal when canonically equivalent; a `Set<String>` found "café" written
    /// with a combining accent, and the Kelvin sign as "K". The tables must too.
    @Test func canonicallyEquivalentWordsAreFound() {
        let set: WordSet = ["caf\u{E9}", "K", ";", "mp\u{2019}s"]
        #expect(set.contains("cafe\u{301}"))
        #expect(set.contains("\u{212A}"))
        #expect(set.contains("\u{37E}"))
        #expect(set.contains("mp\u{2019}s"))
        #expect(!set.contains("mp's"))
        let decomposed: WordSet = ["cafe\u{301}", "\u{212A}elvin"]
        #expect(decomposed.contains("caf\u{E9}"))
        #expect(decomposed.contains("Kelvin"))
    }

    @Test func growsInsertsAndRemoves() {
        var set = WordSet()
        #expect(!set.contains("anything"))
        for n in 0..<1000 { #expect(set.insert("word\(n)").inserted) }
        #expect(!set.insert("word7").inserted)
        #expect(set.count == 1000)
        #expect(set.remove("word7") == "word7")
        #expect(set.remove("word7") == nil)
        #expect(!set.contains("word7") && set.contains("word8") && set.contains("word999"))
        set.subtract(["word8", "absent"])
        #expect(set.count == 998)
        #expect(set.union(["new"]).contains("new") && !set.contains("new"))
        #expect(WordSet(["a", "b"]) == WordSet(["b", "a"]))
        #expect(WordSet(["a", "b"]).hashValue == WordSet(["b", "a"]).hashValue)
        #expect(WordSet(["a", "b"]) != WordSet(["a", "c"]))
    }

    @Test func mapAsADictionary() {
        var map: WordMap<Int> = ["jan": 1, "feb": 2]
        #expect(map["jan"] == 1 && map["feb"] == 2 && map["mar"] == nil)
        map["jan"] = 11
        map["mar", default: 0] += 3
        #expect(map["jan"] == 11 && map["mar"] == 3 && map.count == 3)
        map["feb"] = nil
        #expect(map["feb"] == nil && map.count == 2)
        #expect(Set(map.keys) == ["jan", "mar"])
        #expect(Dictionary(uniqueKeysWithValues: map.map { ($0.key, $0.value) }) == ["jan": 11, "mar": 3])
        #expect(map["\u{212A}"] == nil)
        map["k"] = 5
        #expect(map["K"] == nil && map["k"] == 5)
    }

    /// A map keeps its values beside the table, by the index of their word: removing a word must
    /// leave every later word with its own value.
    @Test func removingFromAMapKeepsTheOtherValues() {
        var map = WordMap<String>()
        for n in 0..<100 { map["w\(n)"] = "v\(n)" }
        for n in stride(from: 0, to: 100, by: 3) { map["w\(n)"] = nil }
        for n in 0..<100 { #expect(map["w\(n)"] == (n % 3 == 0 ? nil : "v\(n)")) }
        #expect(map.count == 66)
        #expect(map.keys.count == map.values.count)
        #expect(map.allSatisfy { "v" + $0.key.dropFirst() == $0.value })
        var set = WordSet((0..<50).map { "s\($0)" })
        set.subtract((0..<50).filter { $0.isMultiple(of: 2) }.map { "s\($0)" })
        #expect(set.count == 25 && set.allSatisfy { set.contains($0) } && !set.contains("s0") && set.contains("s49"))
    }

    /// A list still declared as `Set<String>` (as one added beside the others might be) reads the same words.
    @Test func listsReadAsEitherType() throws {
        let section = try #require(try LexiconSection.root(yaml: "things: [Alpha, beta]\n", path: ""))
        let set: Set<String> = try section.words("things")
        let words: WordSet = try section.words("things")
        #expect(set == ["alpha", "beta"])
        #expect(Set(words) == set)
    }
}

/// The working states hold the lexicon inline and a debug build copies them into its frames
/// many times over: a word table wider than a `Set` widens every frame that holds one (a
/// table two words wide crashed the test process, Docs/performance.md, "Sixth session").
@Suite struct WordTableWidthTests {
    @Test func aWordSetIsNoWiderThanASet() {
        #expect(MemoryLayout<WordSet>.size == MemoryLayout<Set<String>>.size)
        #expect(MemoryLayout<WordMap<Int>>.size <= 2 * MemoryLayout<[String: Int]>.size)
    }
}
