import Foundation
import StakegraphExtraction

extension Timeline {
    /// One line per event: date, ends, type, the first reporting sentence, and every
    /// article (with its outlet) that reports it.
    ///
    ///     2024-01-08  Martyn Oliver <-> National Education Union  meeting  "Sir Martyn has met ..."  [a1.txt (Schools Week); b2.txt (TES)]
    public func text() -> String {
        entries.map { entry in
            let sentence = entry.evidence.first.map { "  \"\(TextFormatting.oneLine($0.sentence))\"" } ?? ""
            let sources = entry.evidence.isEmpty ? "" : "  [\(TextFormatting.sources(entry.evidence))]"
            return "\(TextFormatting.dateColumn(entry.date))  \(entry.sourceName) \(TextFormatting.arrow(entry.type)) \(entry.targetName)  \(entry.type.rawValue)\(sentence)\(sources)\n"
        }.joined()
    }

    /// CSV with a header and one row per report (an event reported twice has two rows with
    /// the same `event`): event, date, source_id, source, target_id, target, type, sentence,
    /// article, outlet, article_date.
    public func csv() -> String {
        var out = CSV.row(["event", "date", "source_id", "source", "target_id", "target", "type", "sentence", "article", "outlet", "article_date"])
        for entry in entries {
            let head = [String(entry.event), entry.date?.description ?? "", entry.source, entry.sourceName, entry.target, entry.targetName, entry.type.rawValue]
            if entry.evidence.isEmpty { out += CSV.row(head + ["", "", "", ""]) }
            for e in entry.evidence {
                out += CSV.row(head + [TextFormatting.oneLine(e.sentence), e.article, e.outlet ?? "", e.articleDate?.description ?? ""])
            }
        }
        return out
    }

    /// `{"entries": [...]}`, pretty and key-sorted; missing dates and outlets are `null`.
    public func jsonData() throws -> Data { try TextFormatting.json(self) }
}
