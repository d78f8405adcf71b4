extension RecognitionState {
    /// "Delegates backed a motion" in an article about "the Harbour Union's annual conference":
    /// the delegates are the one body whose conference the article names (its name, then
    /// "conference" within a few words; or "conference of" it). Two such bodies, or none: no one.
    mutating func resolveDelegates() {
        let vocabulary = lexicon.entityVocabulary
        var holders = Set<Int>()
        for m in result.mentions where result.entities[m.entity].kind == .organisation && m.form != .pronoun {
            var k = m.range.upperBound
            if k < tokens.count, ["'s", "'"].contains(tokens[k].lower) { k += 1 }
            let window = k..<min(tokens.count, k + 3)
            if window.contains(where: { vocabulary.assemblyNouns.contains(tokens[$0].lower) }) { holders.insert(m.entity) }
            // "the conference of the Harbour Union"
            var b = m.range.lowerBound - 1
            if b >= 0, tokens[b].lower == "the" { b -= 1 }
            if b >= 1, tokens[b].lower == "of", vocabulary.assemblyNouns.contains(tokens[b - 1].lower) { holders.insert(m.entity) }
        }
        guard holders.count == 1, let holder = holders.first else { return }
        for i in tokens.indices where !taken.contains(i) && vocabulary.assemblyMembers.contains(tokens[i].lower) && tokens[i].lower.hasSuffix("s") {
            // ("conference delegates": both words.)
            let start = i > 0 && !taken.contains(i - 1) && vocabulary.assemblyMembers.contains(tokens[i - 1].lower + " " + tokens[i].lower) ? i - 1 : i
            addMention(start..<(i + 1), entity: holder, form: .description)
        }
    }
}
