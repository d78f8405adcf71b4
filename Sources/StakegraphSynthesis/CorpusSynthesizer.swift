import Foundation
import StakegraphExtraction

/// Writes a deterministic corpus of invented news articles for benchmarks and stress tests:
/// realistic length (300 to 1,100 words), recurring people and organisations, quotes, dates
/// in many forms and all five interaction types. Article `i` of seed `s` is always the same,
/// whatever else is generated, so corpora can be made in parallel or streamed.
public struct CorpusSynthesizer: Sendable {
    public let seed: UInt64
    public let world: SyntheticWorld

    public init(seed: UInt64) {
        self.seed = seed
        self.world = SyntheticWorld(seed: seed)
    }

    /// Article number `index` of this corpus.
    public func article(_ index: Int) -> Article {
        var writer = ArticleWriter(world: world, rng: SeededGenerator(seed: seed, index: index))
        let date = Day(ordinal: Day(year: 2015, month: 1, day: 1).ordinal + writer.rng.below(3650))
        let text = writer.write(date: date)
        return Article(id: "synth-\(seed)-\(index)", title: writer.title, date: .day(date),
                       source: "https://example.org/synth/\(seed)/\(index)", outlet: writer.rng.pick(Words.outlets),
                       text: text, origin: "synth:\(index)")
    }

    /// The article as one JSON Lines record (keys `id`, `title`, `date`, `url`, `outlet`, `text`), without the newline.
    public func jsonLine(_ index: Int) -> String {
        let a = article(index)
        var fields = [("id", a.id), ("title", a.title ?? ""), ("date", a.date?.description ?? "")]
        fields += [("url", a.source ?? ""), ("outlet", a.outlet ?? ""), ("text", a.text)]
        return "{" + fields.map { "\"\($0.0)\":\(Self.quoted($0.1))" }.joined(separator: ",") + "}"
    }

    /// The article as a text file with front matter, as `stakegraph extract` reads it.
    public func markdown(_ index: Int) -> String {
        let a = article(index)
        return "---\ntitle: \(Self.quoted(a.title ?? ""))\ndate: \(a.date?.description ?? "")\noutlet: \(Self.quoted(a.outlet ?? ""))\n"
            + "source: \(a.source ?? "")\n---\n\n\(a.text)\n"
    }

    /// A JSON string literal (also a valid YAML double-quoted scalar).
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
