/// A readable trace of what the extractor saw in one article: each sentence with its
/// mentions resolved (and the pass that found each), and the interactions found there with
/// the rule that made each. For people checking why something was (or was not) found.
extension Extractor {
    public func explain(_ article: Article) -> String {
        let result = extractArticle(article)
        let doc = Document(text: article.text, abbreviations: lexicon.abbreviations, lineContinuers: lexicon.lineContinuers)
        let recognised = recognizer(for: article).recognise(doc, date: article.date)
        var lines = ["# \(article.id)  date: \(article.date?.description ?? "null")",
                     "# passes: \(ExtractionPipeline.passIDs.joined(separator: ", "))"]
        for (i, e) in result.entities.enumerated() {
            let aff = e.affiliationName.map { " @ \($0)" } ?? ""
            lines.append("entity \(i): \(e.kind.rawValue) \(e.name) [\(e.aliases.joined(separator: "; "))] role: \(e.role ?? "-")\(aff)")
        }
        for (s, sentence) in doc.sentences.enumerated() {
            var marked = ""
            var t = sentence.range.lowerBound
            while t < sentence.range.upperBound {
                if let m = recognised.mentions.first(where: { $0.range.lowerBound == t }) {
                    let tag = m.isModifier ? "~" : ""
                    marked += "[\(doc.text(m.range))=\(tag)\(result.entities[m.entity].name)] "
                    t = m.range.upperBound
                } else {
                    marked += doc.tokens[t].text + " "
                    t += 1
                }
            }
            lines.append("\n[\(s)] \(marked)")
            // Which pass found each mention of the sentence.
            let found = recognised.mentions.filter { sentence.range.contains($0.range.lowerBound) }
            if !found.isEmpty {
                lines.append("    mentions: " + found.map { "\(doc.text($0.range)) <- \($0.rule)" }.joined(separator: "; "))
            }
            for f in result.interactions where f.sentence == s {
                lines.append("    => \(result.entities[f.source].name) \(f.type.rawValue) \(result.entities[f.target].name)  (rule: \(f.rule), cue: \(f.cue), date: \(f.date?.description ?? "null"), conf: \(f.confidence))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
