import Foundation
import StakegraphExtraction
import StakegraphGraph

/// Writing a laid-out timeline as SVG: title, legend, lanes, axis, the undated column, the
/// events and the notes, each at the place `TimelineLayout` computed.
extension TimelineLayout {
    /// The timeline as SVG markup (without the XML declaration).
    func svg() -> String {
        var out = MarkupWriter()
        let size = (Markup.number(width), Markup.number(height))
        out.open("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "class": "stakegraph-timeline",
            "width": size.0, "height": size.1, "viewBox": "0 0 \(size.0) \(size.1)",
            "font-family": options.fontFamily, "font-size": "12", "role": "img",
        ])
        out.element("title", text: caption.title.isEmpty ? caption.period : caption.title + " — " + caption.period)
        out.element("rect", ["width": size.0, "height": size.1, "fill": "#FFFFFF"])
        out.element("text", ["class": "title", "x": Markup.number(margin), "y": Markup.number(margin + 16),
                             "font-size": "17", "font-weight": "bold", "fill": "#222222"], text: caption.title)
        out.element("text", ["class": "period", "x": Markup.number(margin), "y": Markup.number(margin + 34),
                             "fill": "#555555"], text: caption.period)
        if options.showsLegend { writeLegend(to: &out) }
        writeLanes(to: &out)
        writeAxis(to: &out)
        if undated != nil { writeUndatedColumn(to: &out) }
        out.open("g", ["class": "events"])
        var bars = Set<String>() // one pale bar per date and lane, however many events share it
        for mark in marks { writeEvent(mark, bars: &bars, to: &out) }
        out.close("g")
        for (index, note) in notes.enumerated() {
            out.element("text", ["class": "note", "x": Markup.number(margin),
                                 "y": Markup.number(lanesBottom + 50 + Double(index) * 18), "fill": "#555555"], text: note)
        }
        out.close("svg")
        return out.text
    }

    private func writeLanes(to out: inout MarkupWriter) {
        let right = (undated?.upperBound ?? plotRight) + 4
        out.open("g", ["class": "lanes"])
        for (index, lane) in lanes.enumerated() {
            let top = laneTops[index]
            let y = laneCentre(index)
            if options.marksEvents {
                out.open("g", ["class": "lane", "data-node": ReportKey.lane(lane.id)])
            } else {
                out.open("g", ["class": "lane"])
            }
            out.element("title", text: lane.tooltip)
            out.element("rect", ["x": Markup.number(margin - 4), "y": Markup.number(top),
                                 "width": Markup.number(right - margin + 4), "height": Markup.number(laneHeights[index]),
                                 "fill": index % 2 == 0 ? "#F4F4F4" : "#FFFFFF"])
            out.element("line", ["x1": Markup.number(plotLeft - 6), "y1": Markup.number(y), "x2": Markup.number(right),
                                 "y2": Markup.number(y), "stroke": "#D0D0D0", "stroke-width": "1"])
            if lane.label.count == 1 {
                out.element("text", ["x": Markup.number(labelRight), "y": Markup.number(y + 4), "text-anchor": "end",
                                     "fill": "#222222"], text: lane.label[0])
            } else {
                // On one line: whitespace between the tspans would end the first with a space.
                let x = Markup.number(labelRight)
                let lines = lane.label.enumerated().map { k, line in
                    "<tspan x=\"\(x)\" dy=\"\(k == 0 ? "0" : "11")\">" + Markup.escape(line) + "</tspan>"
                }
                out.raw("<text class=\"wrapped\"" + MarkupWriter.attributes(["x": x, "y": Markup.number(y - 2), "text-anchor": "end",
                                                                            "font-size": "11", "fill": "#222222"])
                        + ">" + lines.joined() + "</text>")
            }
            out.close("g")
        }
        out.close("g")
    }

    private func writeAxis(to out: inout MarkupWriter) {
        out.open("g", ["class": "axis"])
        for y in [lanesTop, lanesBottom] {
            out.element("line", ["x1": Markup.number(plotLeft), "y1": Markup.number(y), "x2": Markup.number(plotRight),
                                 "y2": Markup.number(y), "stroke": "#9E9E9E", "stroke-width": "1"])
        }
        guard let scale else {
            out.element("text", ["x": Markup.number((plotLeft + plotRight) / 2), "y": Markup.number(axisTop + 14),
                                 "text-anchor": "middle", "fill": "#555555"], text: "no dated interactions")
            out.close("g")
            return
        }
        let centred = scale.step.unit == .day
        for tick in scale.ticks {
            let x = Markup.number(tick.x)
            out.element("line", ["x1": x, "y1": Markup.number(lanesTop), "x2": x, "y2": Markup.number(lanesBottom),
                                 "stroke": "#CFCFCF", "stroke-width": "1"])
            let labelX = Markup.number(centred ? tick.x : tick.x + 3)
            let anchor = centred ? "middle" : "start"
            for (labelY, yearY) in [(axisTop + 13, axisTop + 26), (lanesBottom + 15, lanesBottom + 28)] {
                out.element("text", ["class": "tick", "x": labelX, "y": Markup.number(labelY), "text-anchor": anchor,
                                     "font-size": "11", "fill": "#333333"], text: tick.label)
                if let year = tick.yearLabel {
                    out.element("text", ["class": "tick-year", "x": labelX, "y": Markup.number(yearY), "text-anchor": anchor,
                                         "font-size": "10", "fill": "#666666"], text: year)
                }
            }
        }
        out.close("g")
    }

    private func writeUndatedColumn(to out: inout MarkupWriter) {
        guard let undated else { return }
        let divider = Markup.number(undated.lowerBound - 12)
        out.open("g", ["class": "undated"])
        out.element("title", text: "Events whose date the articles do not give")
        out.element("line", ["x1": divider, "y1": Markup.number(axisTop), "x2": divider, "y2": Markup.number(lanesBottom + 30),
                             "stroke": "#9E9E9E", "stroke-width": "1", "stroke-dasharray": "4,3"])
        let middle = Markup.number((undated.lowerBound + undated.upperBound) / 2)
        for y in [axisTop + 13, lanesBottom + 15] {
            out.element("text", ["x": middle, "y": Markup.number(y), "text-anchor": "middle", "font-size": "11",
                                 "font-style": "italic", "fill": "#333333"], text: "undated")
        }
        out.close("g")
    }

    private func writeEvent(_ mark: TimelineDiagram.Mark, bars: inout Set<String>, to out: inout MarkupWriter) {
        let event = mark.event
        let type = event.type
        let style = InteractionStyle.standard(for: type)
        let head = TimelineDiagram.Head.standard(for: type)
        let (ys, yt) = (endY(mark.sourceLane, track: mark.track), endY(mark.targetLane, track: mark.track))
        if options.marksEvents {
            out.open("g", ["class": "event", "data-type": type.rawValue, "data-event": ReportKey.event(event)])
        } else {
            out.open("g", ["class": "event", "data-type": type.rawValue])
        }
        out.element("title", text: eventTooltip(event))
        if mark.isDated, let date = event.date, let scale, date.bounds.lowerBound != date.bounds.upperBound {
            let span = scale.span(of: date)
            for y in Set([ys, yt]).sorted() where bars.insert("\(date)@\(Markup.number(y))").inserted {
                out.element("rect", ["class": "range", "x": Markup.number(span.lowerBound), "y": Markup.number(y - 4),
                                     "width": Markup.number(max(span.upperBound - span.lowerBound, 1)), "height": "8",
                                     "rx": "3", "fill": style.color, "fill-opacity": "0.2"])
            }
        }
        if mark.sourceLane == mark.targetLane {
            TimelineDiagram.writeHead(type, x: mark.x, y: ys + 5, degrees: 0, to: &out)
        } else {
            let direction = yt > ys ? 1.0 : -1.0
            // A wide invisible line under the connector, so that hovering near it shows the tooltip.
            out.element("line", ["x1": Markup.number(mark.x), "y1": Markup.number(ys), "x2": Markup.number(mark.x),
                                 "y2": Markup.number(yt), "stroke": "#000000", "stroke-opacity": "0", "stroke-width": "7"])
            TimelineDiagram.writeConnector(type, from: (mark.x, ys), to: (mark.x, yt - direction * head.length), to: &out)
            out.element("circle", ["cx": Markup.number(mark.x), "cy": Markup.number(ys),
                                   "r": style.isDirected ? "2.6" : "4", "fill": style.color])
            TimelineDiagram.writeHead(type, x: mark.x, y: yt, degrees: direction > 0 ? 0 : 180, to: &out)
        }
        out.close("g")
    }

    /// "2024-01-08 · Ofsted → DfE: criticism", then one line per report: the evidence sentence,
    /// the outlet and the article's date.
    private func eventTooltip(_ event: Event) -> String {
        let source = names[event.source] ?? event.source
        let target = names[event.target] ?? event.target
        var date = event.date?.description ?? "undated"
        if event.date == nil, let reported = event.reports.compactMap(\.articleDate).min() {
            date += " (reported \(reported))"
        }
        let arrow = event.type.isSymmetric ? "—" : "→"
        var lines = ["\(date) · \(source) \(arrow) \(target): \(event.type.rawValue)"]
        let shown = event.reports.prefix(max(options.maxTooltipReports, 0))
        for report in shown {
            let sentence = DiagramText.truncated(DiagramText.collapsingWhitespace(report.evidence.sentence),
                                                         to: options.maxEvidenceLength)
            let origin = [report.outlet ?? "article \(report.article)", report.articleDate?.description]
                .compactMap { $0 }.joined(separator: ", ")
            lines.append("“\(sentence)” — \(origin)")
        }
        if event.reports.count > shown.count {
            let rest = event.reports.count - shown.count
            lines.append("… and \(rest) more report\(rest == 1 ? "" : "s")")
        }
        return lines.joined(separator: "\n")
    }
}
