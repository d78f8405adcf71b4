import Foundation
import StakegraphExtraction

extension Timeline {
    /// A heading that says the level and the number of events, then one line per event:
    /// date, ends, type, the first reporting sentence, and every article (with its outlet)
    /// that reports it. Events of unknown date come after their own heading, apart:
    ///
    ///     Person level: 2 events
    ///     2024-01-08  Jane Doe <-> Kestrel Teachers Union  meeting  "Jane Doe met ..."  [a1.txt (Schools Week); b2.txt (TES)]
    public func text() -> String {
        TextFormatting.levelHeading(level, includesMembers: includesMembers, count: entries.count, noun: "event")
            + TextFormatting.datedThenUndated(entries, date: \.date, noun: "event") { entry in
            let sentence = entry.evidence.first.map { "  \"\(TextFormatting.oneLine($0.sentence))\"" } ?? ""
            let sources = entry.evidence.isEmpty ? "" : "  [\(TextFormatting.sources(entry.evidence))]"
            return "\(TextFormatting.dateColumn(entry.date))  \(entry.sourceName) \(TextFormatting.arrow(entry.type)) \(entry.targetName)  \(entry.type.rawValue)\(sentence)\(sources)\n"
        }
    }

    /// CSV with a header and one row per report (an event reported twice has two rows with
    /// the same `event`): event, date, source_id, source, target_id, target, type, sentence,
    /// article, outlet, article_date, url, level.
    public func csv() -> String {
        var out = CSV.row(["event", "date", "source_id", "source", "target_id", "target", "type", "sentence", "article", "outlet", "article_date",
                           "url", "level"])
        for entry in entries {
            let head = [String(entry.event), entry.date?.description ?? "", entry.source, entry.sourceName, entry.target, entry.targetName, entry.type.rawValue]
            if entry.evidence.isEmpty { out += CSV.row(head + ["", "", "", "", "", level.rawValue]) }
            for e in entry.evidence {
                out += CSV.row(head + [TextFormatting.oneLine(e.sentence), e.article, e.outlet ?? "", e.articleDate?.description ?? "",
                                       e.url ?? "", level.rawValue])
            }
        }
        return out
    }

    /// `{"entries": [...], "undated": [...]}` (dated events, then those of unknown date),
    /// pretty and key-sorted; missing outlets are `null`.
    public func jsonData() throws -> Data { try TextFormatting.json(self) }
}
