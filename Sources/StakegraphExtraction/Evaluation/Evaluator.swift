import Foundation

/// Precision, recall and F1 from counts.
public struct Score: Sendable, Hashable, Codable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init() {}

    public var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
    public var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public static func + (a: Score, b: Score) -> Score {
        var s = Score()
        s.truePositives = a.truePositives + b.truePositives
        s.falsePositives = a.falsePositives + b.falsePositives
        s.falseNegatives = a.falseNegatives + b.falseNegatives
        return s
    }
}

/// Scores an extraction against gold files exactly as the guide's section 6 says.
public struct Evaluator: Sendable {
    public struct ArticleReport: Sendable, Codable {
        public var article: String
        public var entities = Score()
        public var interactions = Score()
        public var pairs = Score()
        public var datesRight = 0
        public var datesScored = 0
        /// Human-readable misses and spurious finds, for error analysis.
        public var missed: [String] = []
        public var spurious: [String] = []
    }

    public struct Report: Sendable, Codable {
        public var articles: [ArticleReport]
        public var entities: Score
        public var interactions: Score
        public var pairs: Score
        public var dateAccuracy: Double
        public var datesScored: Int
        /// Gold files with no matching article in the input.
        public var unmatchedGold: [String]
    }

    let honorifics: Set<String>

    public init(lexicon: Lexicon = .standard) {
        honorifics = Set(lexicon.maleHonorifics.union(lexicon.femaleHonorifics).union(lexicon.neutralHonorifics))
    }

    /// Lower-cased, honorifics dropped, typographic apostrophes made plain.
    func normalise(_ s: String) -> String {
        let words = s.lowercased().replacingOccurrences(of: "\u{2019}", with: "'").split(whereSeparator: { $0 == " " || $0 == "\n" })
        var kept = words.map(String.init)
        while let first = kept.first, kept.count > 1, honorifics.contains(first.trimmingCharacters(in: CharacterSet(charactersIn: "."))) { kept.removeFirst() }
        return kept.joined(separator: " ")
    }

    public func evaluate(_ extraction: Extraction, gold: [GoldFile]) -> Report {
        let byID = extraction.entitiesByID
        var reports: [ArticleReport] = []
        var unmatched: [String] = []
        for g in gold {
            guard let summary = extraction.articles.first(where: { $0.id == g.article || PathParts.name(of: $0.origin) == g.article }) else {
                unmatched.append(g.article)
                continue
            }
            var report = ArticleReport(article: g.article)
            // Entities of this article with the forms it used.
            let predicted: [(id: String, kind: EntityKind, forms: Set<String>, name: String)] = summary.entities.compactMap { id in
                guard let e = byID[id] else { return nil }
                let forms = Set(([e.name] + (summary.aliases[id] ?? e.aliases)).map(normalise))
                return (id, e.kind, forms, e.name)
            }
            let goldForms = g.entities.map { Set(([$0.name] + ($0.aliases ?? [])).map(normalise)) }
            // One-to-one matching, greedy in gold order.
            var predictedToGold: [String: Int] = [:]
            var goldMatched = Set<Int>()
            for (gi, ge) in g.entities.enumerated() {
                if let p = predicted.first(where: { $0.kind == ge.kind && predictedToGold[$0.id] == nil && !$0.forms.isDisjoint(with: goldForms[gi]) }) {
                    predictedToGold[p.id] = gi
                    goldMatched.insert(gi)
                }
            }
            for (gi, ge) in g.entities.enumerated() where ge.optional != true {
                if goldMatched.contains(gi) { report.entities.truePositives += 1 } else {
                    report.entities.falseNegatives += 1
                    report.missed.append("entity \(ge.kind.rawValue) \(ge.name)")
                }
            }
            for p in predicted {
                if let gi = predictedToGold[p.id] {
                    _ = gi
                } else {
                    report.entities.falsePositives += 1
                    report.spurious.append("entity \(p.kind.rawValue) \(p.name)")
                }
            }
            // Interactions as sets of (source, target, type) over gold entity indexes.
            let goldIndex = Dictionary(g.entities.enumerated().map { (normalise($0.element.name), $0.offset) }, uniquingKeysWith: { a, _ in a })
            func goldKey(_ i: GoldFile.GoldInteraction) -> (Int, Int)? {
                guard let s = goldIndex[normalise(i.source)], let t = goldIndex[normalise(i.target)] else { return nil }
                return (s, t)
            }
            struct Triple: Hashable { var a: Int; var b: Int; var type: InteractionType }
            func triple(_ s: Int, _ t: Int, _ type: InteractionType) -> Triple {
                type.isSymmetric ? Triple(a: min(s, t), b: max(s, t), type: type) : Triple(a: s, b: t, type: type)
            }
            func pair(_ s: Int, _ t: Int) -> Triple { Triple(a: min(s, t), b: max(s, t), type: .meeting) }
            var goldRequired: [Triple: GoldFile.GoldInteraction] = [:]
            var goldOptional = Set<Triple>()
            var pairsRequired = Set<Triple>(), pairsOptional = Set<Triple>()
            for i in g.interactions {
                guard let (s, t) = goldKey(i) else { continue }
                if i.optional == true {
                    goldOptional.insert(triple(s, t, i.type))
                    pairsOptional.insert(pair(s, t))
                } else {
                    if goldRequired[triple(s, t, i.type)] == nil { goldRequired[triple(s, t, i.type)] = i }
                    pairsRequired.insert(pair(s, t))
                }
            }
            var predictedTriples: [Triple: Interaction] = [:]
            var predictedPairs = Set<Triple>()
            var unmatchedPredicted: [Interaction] = []
            for i in extraction.interactions where i.article == summary.id {
                guard let s = predictedToGold[i.source], let t = predictedToGold[i.target] else { unmatchedPredicted.append(i); continue }
                let key = triple(s, t, i.type)
                if predictedTriples[key] == nil { predictedTriples[key] = i }
                predictedPairs.insert(pair(s, t))
            }
            // Dictionaries iterate in an order that changes from run to run: keep reports stable.
            for (key, gi) in goldRequired.sorted(by: { ($0.key.a, $0.key.b, $0.key.type.rawValue) < ($1.key.a, $1.key.b, $1.key.type.rawValue) }) {
                if let p = predictedTriples[key] {
                    report.interactions.truePositives += 1
                    if let gd = gi.date, let goldDate = EventDate(string: gd) {
                        report.datesScored += 1
                        if let pd = p.date, pd.lies(inside: goldDate) { report.datesRight += 1 }
                        else { report.missed.append("date \(gi.source) -> \(gi.target) \(gi.type.rawValue): gold \(gd), got \(p.date?.description ?? "null")") }
                    }
                } else {
                    report.interactions.falseNegatives += 1
                    // With the gold evidence, so that misses can be counted by cause.
                    report.missed.append("\(gi.type.rawValue) \(gi.source) -> \(gi.target)" + (gi.evidence.map { ": \($0.prefix(90))" } ?? ""))
                }
            }
            let names = Dictionary(extraction.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            for (key, p) in predictedTriples.sorted(by: { ($0.key.a, $0.key.b, $0.key.type.rawValue) < ($1.key.a, $1.key.b, $1.key.type.rawValue) }) where goldRequired[key] == nil && !goldOptional.contains(key) {
                report.interactions.falsePositives += 1
                report.spurious.append("\(p.type.rawValue) \(names[p.source] ?? p.source) -> \(names[p.target] ?? p.target): \(p.evidence.sentence.prefix(90))")
            }
            var seenUnmatched = Set<String>()
            for p in unmatchedPredicted where seenUnmatched.insert("\(p.source)|\(p.target)|\(p.type)").inserted {
                report.interactions.falsePositives += 1
                report.pairs.falsePositives += 1
                report.spurious.append("\(p.type.rawValue) \(names[p.source] ?? p.source) -> \(names[p.target] ?? p.target): \(p.evidence.sentence.prefix(90))")
            }
            for key in pairsRequired { if predictedPairs.contains(key) { report.pairs.truePositives += 1 } else { report.pairs.falseNegatives += 1 } }
            for key in predictedPairs where !pairsRequired.contains(key) && !pairsOptional.contains(key) { report.pairs.falsePositives += 1 }
            reports.append(report)
        }
        let dateRight = reports.map(\.datesRight).reduce(0, +), dateScored = reports.map(\.datesScored).reduce(0, +)
        return Report(articles: reports,
                      entities: reports.map(\.entities).reduce(Score(), +),
                      interactions: reports.map(\.interactions).reduce(Score(), +),
                      pairs: reports.map(\.pairs).reduce(Score(), +),
                      dateAccuracy: dateScored == 0 ? 1 : Double(dateRight) / Double(dateScored),
                      datesScored: dateScored, unmatchedGold: unmatched)
    }
}

extension Evaluator.Report {
    /// A plain-text table: one row per article and a micro-averaged total.
    public func table(verbose: Bool = false) -> String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        var lines = ["article                                  ent-P  ent-R  ent-F1  int-P  int-R  int-F1  pair-F1  dates"]
        for a in articles {
            let name = a.article.count > 40 ? String(a.article.prefix(37)) + "..." : a.article.padding(toLength: 40, withPad: " ", startingAt: 0)
            lines.append("\(name) \(f(a.entities.precision))  \(f(a.entities.recall))  \(f(a.entities.f1))   \(f(a.interactions.precision))  \(f(a.interactions.recall))  \(f(a.interactions.f1))   \(f(a.pairs.f1))    \(a.datesRight)/\(a.datesScored)")
            if verbose {
                for m in a.missed { lines.append("    missed:   \(m)") }
                for s in a.spurious { lines.append("    spurious: \(s)") }
            }
        }
        lines.append("micro-average                            \(f(entities.precision))  \(f(entities.recall))  \(f(entities.f1))   \(f(interactions.precision))  \(f(interactions.recall))  \(f(interactions.f1))   \(f(pairs.f1))    \(f(dateAccuracy))")
        for g in unmatchedGold { lines.append("warning: gold file for \(g) matches no input article") }
        return lines.joined(separator: "\n")
    }
}
