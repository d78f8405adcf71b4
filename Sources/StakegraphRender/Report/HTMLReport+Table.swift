import Foundation
import StakegraphExtraction
import StakegraphGraph

extension HTMLReport {
    /// One row of the interaction table: one report of one event.
    struct Row: Sendable, Hashable {
        var event: Event
        /// The event's position in the graph: its act in `ReportData`.
        var act: Int
        var report: Event.Report
        var sourceName: String
        var targetName: String
    }

    /// Every report of every event: events oldest first (undated last, in graph order), each
    /// event's reports in order.
    var rows: [Row] {
        var names = graph.nodesByID.mapValues(\.name)
        var events = graph.events
        if let other = otherLevel?.graph {
            names.merge(other.nodesByID.mapValues(\.name)) { own, _ in own }
            events += other.events
        }
        let ordered = events.enumerated().sorted { lhs, rhs in
            switch (lhs.element.date, rhs.element.date) {
            case let (a?, b?): return a == b ? lhs.offset < rhs.offset : a < b
            case (nil, nil): return lhs.offset < rhs.offset
            case (nil, _): return false
            case (_, nil): return true
            }
        }
        return ordered.flatMap { position, event in
            event.reports.map {
                Row(event: event, act: position, report: $0, sourceName: names[event.source] ?? event.source,
                    targetName: names[event.target] ?? event.target)
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

    /// The filters, above the diagrams, since they drive the diagrams and the table together.
    func writeFilters(to out: inout MarkupWriter) {
        // What the report's own level shows at first (the other level's rows start hidden).
        let count = graph.events.reduce(0) { $0 + $1.reports.count }
        let levels = ReportData.levels(of: graph, other: otherLevel?.graph)
        out.open("section", ["id": "explore"])
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
        out.open("label")
        out.raw("Level")
        if otherLevel != nil {
            // The report's own level first: chosen at first and after Clear; no "both levels".
            out.open("select", ["id": "filter-level", "name": "level"])
        } else if levels.count > 1 {
            out.open("select", ["id": "filter-level", "name": "level"])
            out.element("option", ["value": ""], text: "both levels")
        } else {
            out.open("select", ["id": "filter-level", "name": "level", "disabled": "disabled", "title": "This report was made at one level only"])
        }
        for level in levels { out.element("option", ["value": level], text: level) }
        out.close("select")
        out.close("label")
        out.element("button", ["type": "reset"], text: "Clear")
        out.raw("<p class=\"count\"><output id=\"shown-count\">\(count)</output> of \(count) shown</p>")
        out.close("form")
        out.close("section")
    }

    func writeTable(to out: inout MarkupWriter) {
        let rows = rows
        out.open("section", ["id": "interactions"])
        out.element("h2", text: "Every interaction")
        out.element("p", ["class": "hint"], text: "One row per article reporting an interaction, at \(graph.level.rawValue) level. The filters above choose the rows, the diagram's lines and the timeline's events alike; an organisation's name also finds the acts of the people who belonged to it at the time; undated interactions are hidden while a date is set. Click a name for the stakeholder's engagements.")
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
        // The other level's rows are hidden until the level filter chooses it.
        if row.act >= graph.events.count {
            out.open("tr", ["data-type": event.type.rawValue, "data-act": String(row.act), "hidden": "hidden"])
        } else {
            out.open("tr", ["data-type": event.type.rawValue, "data-act": String(row.act)])
        }
        if let date = event.date {
            out.element("td", ["class": "date"], text: date.description)
        } else {
            let reported = row.report.articleDate.map { "reported \($0)" } ?? ""
            out.raw("<td class=\"date undated\">undated" + (reported.isEmpty ? "" : "<br><small>" + Markup.escape(reported) + "</small>") + "</td>")
        }
        out.raw("<td>" + Self.nameButton(row.sourceName, id: event.source) + "</td>")
        out.raw("<td class=\"type\">" + Self.swatch(event.type) + Markup.escape(event.type.rawValue) + "</td>")
        out.raw("<td>" + Self.nameButton(row.targetName, id: event.target) + "</td>")
        out.element("td", ["class": "evidence"], text: row.report.evidence.sentence)
        out.element("td", text: row.report.outlet ?? "")
        if let link = Self.safeLink(row.report.source) {
            out.raw("<td><a href=\"" + Markup.escape(link) + "\" rel=\"noopener noreferrer\">" + Markup.escape(row.report.article) + "</a></td>")
        } else {
            out.element("td", text: row.report.article)
        }
        out.close("tr")
    }

    /// A stakeholder's name that opens their panel: a button naming its stakeholder by diagram key.
    static func nameButton(_ name: String, id: String) -> String {
        "<button type=\"button\" class=\"who\" data-node=\"" + ReportKey.node(id) + "\">" + Markup.escape(name) + "</button>"
    }

    /// The side panel the script fills with a stakeholder's engagements.
    func writePanel(to out: inout MarkupWriter) {
        out.raw("<aside id=\"panel\" hidden aria-live=\"polite\"><button type=\"button\" id=\"panel-close\" title=\"Close\">×</button><div id=\"panel-body\"></div></aside>")
    }
}
