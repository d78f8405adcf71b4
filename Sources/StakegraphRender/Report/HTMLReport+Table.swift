import Foundation
import StakegraphExtraction
import StakegraphGraph

extension HTMLReport {
    /// One row of the interaction table: one report of one event.
    struct Row: Sendable, Hashable {
        var event: Event
        var report: Event.Report
        var sourceName: String
        var targetName: String
        /// What the stakeholder filter matches: the ends' names and aliases, and those of the
        /// organisations they belonged to on the event's date.
        var searchNames: [String]
    }

    /// Every report of every event: events oldest first (undated last, in graph order), each
    /// event's reports in order.
    var rows: [Row] {
        let names = graph.nodesByID.mapValues(\.name)
        let ordered = graph.events.enumerated().sorted { lhs, rhs in
            switch (lhs.element.date, rhs.element.date) {
            case let (a?, b?): return a == b ? lhs.offset < rhs.offset : a < b
            case (nil, nil): return lhs.offset < rhs.offset
            case (nil, _): return false
            case (_, nil): return true
            }
        }
        let searchNames = graph.searchNames()
        return ordered.flatMap { position, event in
            event.reports.map {
                Row(event: event, report: $0, sourceName: names[event.source] ?? event.source,
                    targetName: names[event.target] ?? event.target, searchNames: searchNames[position])
            }
        }
    }

    /// The URL of an article when it is an absolute `http` or `https` URL; nil otherwise, so that
    /// no `javascript:` or `data:` link is ever written.
    static func safeLink(_ source: String?) -> String? {
        guard let source = source?.trimmingCharacters(in: .whitespacesAndNewlines),
              let url = URL(string: source), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", url.host?.isEmpty == false else { return nil }
        return source
    }

    func writeTable(to out: inout MarkupWriter) {
        let rows = rows
        out.open("section", ["id": "interactions"])
        out.element("h2", text: "Every interaction")
        out.element("p", ["class": "hint"], text: "One row per article reporting an interaction, at \(graph.level.rawValue) level. Filter by type, stakeholder or dates; an organisation's name also finds the acts of the people who belonged to it at the time; undated interactions are hidden while a date is set.")
        out.open("form", ["id": "filters", "autocomplete": "off"])
        out.open("label")
        out.raw("Type")
        out.open("select", ["id": "filter-type", "name": "type"])
        out.element("option", ["value": ""], text: "all types")
        for type in InteractionType.allCases { out.element("option", ["value": type.rawValue], text: type.rawValue) }
        out.close("select")
        out.close("label")
        out.open("label")
        out.raw("Stakeholder")
        out.element("input", ["id": "filter-who", "name": "who", "type": "search", "placeholder": "name contains…"])
        out.close("label")
        out.open("label")
        out.raw("From")
        out.element("input", ["id": "filter-from", "name": "from", "type": "date"])
        out.close("label")
        out.open("label")
        out.raw("To")
        out.element("input", ["id": "filter-to", "name": "to", "type": "date"])
        out.close("label")
        out.element("button", ["type": "reset"], text: "Clear")
        out.raw("<p class=\"count\"><output id=\"shown-count\">\(rows.count)</output> of \(rows.count) shown</p>")
        out.close("form")

        out.open("table", ["id": "interaction-table"])
        out.raw("<thead><tr><th>Date</th><th>From</th><th>Type</th><th>To</th><th>Evidence</th><th>Outlet</th><th>Article</th></tr></thead>")
        out.open("tbody")
        for row in rows { writeRow(row, to: &out) }
        out.close("tbody")
        out.close("table")
        out.element("p", ["id": "no-match", "hidden": "hidden"], text: "No interaction matches the filters.")
        out.close("section")
    }

    private func writeRow(_ row: Row, to out: inout MarkupWriter) {
        let event = row.event
        let bounds = event.date?.bounds
        out.open("tr", [
            "data-type": event.type.rawValue,
            "data-from": bounds?.lowerBound.description ?? "",
            "data-to": bounds?.upperBound.description ?? "",
            "data-names": row.searchNames.joined(separator: "\n"),
        ])
        if let date = event.date {
            out.element("td", ["class": "date"], text: date.description)
        } else {
            let reported = row.report.articleDate.map { "reported \($0)" } ?? ""
            out.raw("<td class=\"date undated\">undated" + (reported.isEmpty ? "" : "<br><small>" + Markup.escape(reported) + "</small>") + "</td>")
        }
        out.element("td", text: row.sourceName)
        out.raw("<td class=\"type\">" + Self.swatch(event.type) + Markup.escape(event.type.rawValue) + "</td>")
        out.element("td", text: row.targetName)
        out.element("td", ["class": "evidence"], text: row.report.evidence.sentence)
        out.element("td", text: row.report.outlet ?? "")
        if let link = Self.safeLink(row.report.source) {
            out.raw("<td><a href=\"" + Markup.escape(link) + "\" rel=\"noopener noreferrer\">" + Markup.escape(row.report.article) + "</a></td>")
        } else {
            out.element("td", text: row.report.article)
        }
        out.close("tr")
    }
}
