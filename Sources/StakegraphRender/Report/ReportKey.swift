import StakegraphExtraction
import StakegraphGraph

/// Short, stable names for a report's stakeholders, edges and events, shared by the SVG
/// elements that draw them (`id` and `data-event` attributes) and the report's JSON data, so
/// that the page's script finds each drawn element from the data alone.
///
/// A key is 16 hexadecimal digits of the 64-bit FNV-1a hash of the thing's identity: never
/// user text, so it is safe in any attribute and needs no escaping.
enum ReportKey {
    /// The diagram node of a stakeholder (`rel_n_…`).
    static func node(_ id: String) -> String { "rel_n_" + hash([id]) }

    /// The diagram edge of one interaction type between two stakeholders (`rel_e_…`).
    static func edge(source: String, target: String, type: InteractionType) -> String {
        "rel_e_" + hash([source, target, type.rawValue])
    }

    /// A timeline lane (`lane_…`).
    static func lane(_ id: String) -> String { "lane_" + hash([id]) }

    /// An event: its ends, type, date and reports (`ev_…`).
    static func event(_ event: Event) -> String {
        var parts = [event.source, event.target, event.type.rawValue, event.date?.description ?? ""]
        for report in event.reports {
            parts += [report.article, String(report.evidence.start), String(report.evidence.end), report.evidence.sentence]
        }
        return "ev_" + hash(parts)
    }

    /// FNV-1a over the parts' UTF-8, each followed by a 0x1F separator.
    private static func hash(_ parts: [String]) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 + [0x1F] {
                value ^= UInt64(byte)
                value = value &* 0x0000_0100_0000_01B3
            }
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
