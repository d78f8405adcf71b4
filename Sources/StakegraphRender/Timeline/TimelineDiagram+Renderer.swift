import Foundation
import StakegraphExtraction
import StakegraphGraph

extension TimelineDiagram {
    /// Lays the timeline out once, then writes it as SVG.
    struct Renderer {
        let options: TimelineOptions
        let caption: (title: String, period: String)
        let lanes: [Lane]
        /// Full names by lane id, for the tooltips.
        let names: [String: String]
        let marks: [Mark]
        let scale: TimelineScale?
        let notes: [String]
        /// Each lane's height: one track, plus one `trackStep` per event stacked below its line.
        let laneHeights: [Double]
        let laneTops: [Double]

        // Geometry, in SVG user units.
        let margin = 16.0
        let labelRight: Double
        let plotLeft: Double
        let plotRight: Double
        let undated: ClosedRange<Double>?
        let legendTop: Double
        let axisTop: Double
        let lanesTop: Double
        let width: Double
        let height: Double

        static let characterWidth = 6.5 // of a 12 px Helvetica letter, on average
        static let nudgeGap = 6.0
        /// How far below the previous one each stacked track of a lane lies.
        static let trackStep = 9.0

        /// The pixels an event's date lets it stand in: the span of its day, or of the month,
        /// year or interval it is dated to (whose pale bar shows that span).
        static func window(of date: EventDate, scale: TimelineScale) -> ClosedRange<Double> {
            let span = scale.span(of: date)
            let inset = min(2, (span.upperBound - span.lowerBound) / 2)
            return (span.lowerBound + inset)...(span.upperBound - inset)
        }

        init(diagram: TimelineDiagram) {
            let options = diagram.options
            self.options = options
            let graph = diagram.drawnGraph
            let byID = graph.nodesByID
            caption = (options.title, DiagramText.periodAndLevel(of: graph))

            // Lanes.
            let laneIDs = TimelineDiagram.laneOrder(graph.events)
            let laneIndex = Dictionary(uniqueKeysWithValues: laneIDs.enumerated().map { ($0.element, $0.offset) })
            var eventCounts: [String: Int] = [:]
            for event in graph.events {
                eventCounts[event.source, default: 0] += 1
                if event.target != event.source { eventCounts[event.target, default: 0] += 1 }
            }
            let tooltips = RelationshipDiagram(graph: graph)
            lanes = laneIDs.map { id in
                let count = eventCounts[id] ?? 0
                let interactions = "\(count) interaction\(count == 1 ? "" : "s")"
                guard let node = byID[id] else {
                    return Lane(id: id, name: id, label: TimelineDiagram.labelLines(id, aliases: [], limit: options.maxLabelLength),
                                tooltip: "\(id) (not a stakeholder of the graph)\n\(interactions)")
                }
                let name = DiagramText.collapsingWhitespace(node.name)
                return Lane(id: id, name: name, label: TimelineDiagram.labelLines(name, aliases: node.aliases, limit: options.maxLabelLength),
                            tooltip: tooltips.nodeTooltip(node, byID: byID) + "\n" + interactions)
            }
            names = Dictionary(lanes.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })

            // Horizontal geometry.
            let longest = Double(lanes.flatMap(\.label).map(\.count).max() ?? 0)
            labelRight = margin + longest * Self.characterWidth
            plotLeft = labelRight + 14
            plotRight = plotLeft + max(options.plotWidth, 120)

            // Dated events on the scale, each inside its date's pixels, stacked where they crowd.
            let dated = graph.events.filter { $0.date != nil }
            if let first = dated.map({ $0.date!.bounds.lowerBound }).min(),
               let last = dated.map({ $0.date!.bounds.upperBound }).max() {
                scale = TimelineScale(first: first, last: last, left: plotLeft, right: plotRight)
            } else {
                scale = nil
            }
            func span(of event: Event) -> ClosedRange<Int> {
                let (s, t) = (laneIndex[event.source]!, laneIndex[event.target]!)
                return min(s, t)...max(s, t)
            }
            var placed: [Mark] = []
            if let scale {
                let ordered = dated.map { (event: $0, base: scale.x(centreOf: $0.date!)) }
                    .enumerated().sorted { ($0.element.base, $0.offset) < ($1.element.base, $1.offset) }.map(\.element)
                let placements = TimelineDiagram.place(ordered.map {
                    ($0.base, Self.window(of: $0.event.date!, scale: scale), [laneIndex[$0.event.source]!, laneIndex[$0.event.target]!])
                }, gap: Self.nudgeGap)
                for (item, placement) in zip(ordered, placements) {
                    placed.append(Mark(event: item.event, x: placement.x, sourceLane: laneIndex[item.event.source]!,
                                       targetLane: laneIndex[item.event.target]!, isDated: true, track: placement.track))
                }
            }

            // Undated events in a column of their own, as wide as they need.
            let loose = graph.events.filter { $0.date == nil }
            if loose.isEmpty {
                undated = nil
            } else {
                let xs = TimelineDiagram.nudge(loose.map { (0, span(of: $0)) }, gap: Self.nudgeGap, maxSteps: 12)
                let (low, high) = (xs.min()!, xs.max()!)
                let columnWidth = max(84, high - low + 28)
                let left = plotRight + 24
                undated = left...(left + columnWidth)
                let shift = left + columnWidth / 2 - (low + high) / 2
                for (event, x) in zip(loose, xs) {
                    placed.append(Mark(event: event, x: x + shift, sourceLane: laneIndex[event.source]!,
                                       targetLane: laneIndex[event.target]!, isDated: false))
                }
            }
            marks = placed
            var tracks = [Int](repeating: 1, count: lanes.count)
            for mark in placed {
                tracks[mark.sourceLane] = max(tracks[mark.sourceLane], mark.track + 1)
                tracks[mark.targetLane] = max(tracks[mark.targetLane], mark.track + 1)
            }
            laneHeights = tracks.map { options.laneHeight + Double($0 - 1) * Self.trackStep }

            // Notes under the lanes.
            var notes: [String] = []
            if graph.events.isEmpty { notes.append("No interactions to show.") }
            let idle = Set(graph.nodes.map(\.id)).subtracting(laneIDs).count
            if idle > 0 {
                notes.append("\(idle) stakeholder\(idle == 1 ? "" : "s") without interactions \(idle == 1 ? "is" : "are") not shown.")
            }
            if options.top != nil {
                let (shown, total) = (TopStakeholders.stakeholderCount(of: graph), TopStakeholders.stakeholderCount(of: diagram.graph))
                if shown < total { notes.append(DiagramText.topNote(shown: shown, total: total) + ".") }
            }
            self.notes = notes

            // Vertical geometry and size.
            let titleBaseline = margin + 16
            legendTop = titleBaseline + 34
            axisTop = legendTop + (options.showsLegend ? 30 : 0)
            lanesTop = axisTop + 34
            var top = lanesTop
            laneTops = laneHeights.map { height in
                defer { top += height }
                return top
            }
            let lanesBottom = top
            height = (lanesBottom + 40 + Double(notes.count) * 18 + margin).rounded(.up)
            let contentRight = (undated?.upperBound ?? plotRight) + margin
            let captionWidth = max(Double(caption.title.count) * 10, Double(caption.period.count) * Self.characterWidth) + 2 * margin
            let noteWidth = Double(notes.map(\.count).max() ?? 0) * Self.characterWidth + 2 * margin
            width = max(contentRight, captionWidth, noteWidth, Self.legendWidth + 2 * margin).rounded(.up)
        }

        var lanesBottom: Double { (laneTops.last ?? lanesTop) + (laneHeights.last ?? 0) }

        /// The y of a lane's line, where its first track lies.
        func laneCentre(_ index: Int) -> Double { laneTops[index] + options.laneHeight / 2 }

        /// The y of an event's end on a lane, on the event's track.
        func endY(_ lane: Int, track: Int) -> Double { laneCentre(lane) + Double(track) * Self.trackStep }

        // MARK: - Writing

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

        private func writeEvent(_ mark: Mark, bars: inout Set<String>, to out: inout MarkupWriter) {
            let event = mark.event
            let type = event.type
            let style = InteractionStyle.standard(for: type)
            let head = Head.standard(for: type)
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
}
