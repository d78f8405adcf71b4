import Foundation
import StakegraphExtraction
import StakegraphGraph

/// Where everything of a timeline goes, computed once from a `TimelineDiagram` (see
/// `TimelineDiagram.layout`): the lanes in order with their labels, each event's mark (its x,
/// lanes and stacked track), the date scale, the column of undated events, the notes, and the
/// geometry of the picture in SVG user units. `svg()` writes it.
struct TimelineLayout: Sendable {
    typealias Lane = TimelineDiagram.Lane
    typealias Mark = TimelineDiagram.Mark

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

    /// Lays `diagram` out: lanes, then the horizontal geometry, the marks, the lane heights,
    /// the notes and the vertical geometry, in that order.
    init(diagram: TimelineDiagram) {
        let options = diagram.options
        self.options = options
        let graph = diagram.drawnGraph
        caption = (options.title, DiagramText.periodAndLevel(of: graph))

        let laneIDs = TimelineDiagram.laneOrder(graph.events)
        let laneIndex = Dictionary(uniqueKeysWithValues: laneIDs.enumerated().map { ($0.element, $0.offset) })
        lanes = Self.lanes(laneIDs, of: graph, options: options)
        names = Dictionary(lanes.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })

        // Horizontal geometry.
        let longest = Double(lanes.flatMap(\.label).map(\.count).max() ?? 0)
        labelRight = margin + longest * Self.characterWidth
        plotLeft = labelRight + 14
        plotRight = plotLeft + max(options.plotWidth, 120)

        scale = Self.scale(of: graph.events, left: plotLeft, right: plotRight)
        let dated = scale.map { Self.datedMarks(graph.events, scale: $0, laneIndex: laneIndex) } ?? []
        let loose = Self.undatedMarks(graph.events, laneIndex: laneIndex, left: plotRight + 24)
        undated = loose?.column
        marks = dated + (loose?.marks ?? [])
        laneHeights = Self.laneHeights(of: marks, laneCount: lanes.count, options: options)
        notes = Self.notes(diagram: diagram, drawn: graph, laneIDs: laneIDs)

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
        height = (top + 40 + Double(notes.count) * 18 + margin).rounded(.up)
        let contentRight = (undated?.upperBound ?? plotRight) + margin
        let captionWidth = max(Double(caption.title.count) * 10, Double(caption.period.count) * Self.characterWidth) + 2 * margin
        let noteWidth = Double(notes.map(\.count).max() ?? 0) * Self.characterWidth + 2 * margin
        width = max(contentRight, captionWidth, noteWidth, Self.legendWidth + 2 * margin).rounded(.up)
    }

    /// One lane per id, labelled with the stakeholder's name (wrapped or abbreviated, see
    /// `TimelineDiagram.labelLines`) and a tooltip with its description and number of interactions.
    private static func lanes(_ ids: [String], of graph: StakeholderGraph, options: TimelineOptions) -> [Lane] {
        let byID = graph.nodesByID
        var eventCounts: [String: Int] = [:]
        for event in graph.events {
            eventCounts[event.source, default: 0] += 1
            if event.target != event.source { eventCounts[event.target, default: 0] += 1 }
        }
        let tooltips = RelationshipDiagram(graph: graph)
        return ids.map { id in
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
    }

    /// The scale from the first dated day to the last, or nil when no event has a date.
    private static func scale(of events: [Event], left: Double, right: Double) -> TimelineScale? {
        let dates = events.compactMap(\.date)
        guard let first = dates.map(\.bounds.lowerBound).min(), let last = dates.map(\.bounds.upperBound).max() else { return nil }
        return TimelineScale(first: first, last: last, left: left, right: right)
    }

    /// The dated events on the scale, each inside its date's pixels, stacked where they crowd.
    private static func datedMarks(_ events: [Event], scale: TimelineScale, laneIndex: [String: Int]) -> [Mark] {
        let ordered = events.filter { $0.date != nil }.map { (event: $0, base: scale.x(centreOf: $0.date!)) }
            .enumerated().sorted { ($0.element.base, $0.offset) < ($1.element.base, $1.offset) }.map(\.element)
        let placements = TimelineDiagram.place(ordered.map {
            ($0.base, Self.window(of: $0.event.date!, scale: scale), [laneIndex[$0.event.source]!, laneIndex[$0.event.target]!])
        }, gap: Self.nudgeGap)
        return zip(ordered, placements).map { item, placement in
            Mark(event: item.event, x: placement.x, sourceLane: laneIndex[item.event.source]!,
                 targetLane: laneIndex[item.event.target]!, isDated: true, track: placement.track)
        }
    }

    /// The undated events in a column of their own from `left`, as wide as they need; nil when
    /// every event has a date.
    private static func undatedMarks(_ events: [Event], laneIndex: [String: Int], left: Double) -> (marks: [Mark], column: ClosedRange<Double>)? {
        let loose = events.filter { $0.date == nil }
        guard !loose.isEmpty else { return nil }
        let spans = loose.map { event -> (base: Double, lanes: ClosedRange<Int>) in
            let (s, t) = (laneIndex[event.source]!, laneIndex[event.target]!)
            return (0, min(s, t)...max(s, t))
        }
        let xs = TimelineDiagram.nudge(spans, gap: Self.nudgeGap, maxSteps: 12)
        let (low, high) = (xs.min()!, xs.max()!)
        let columnWidth = max(84, high - low + 28)
        let shift = left + columnWidth / 2 - (low + high) / 2
        let marks = zip(loose, xs).map { event, x in
            Mark(event: event, x: x + shift, sourceLane: laneIndex[event.source]!, targetLane: laneIndex[event.target]!, isDated: false)
        }
        return (marks, left...(left + columnWidth))
    }

    /// Each lane's height: one track, and one `trackStep` more per track an event stacks on it.
    private static func laneHeights(of marks: [Mark], laneCount: Int, options: TimelineOptions) -> [Double] {
        var tracks = [Int](repeating: 1, count: laneCount)
        for mark in marks {
            tracks[mark.sourceLane] = max(tracks[mark.sourceLane], mark.track + 1)
            tracks[mark.targetLane] = max(tracks[mark.targetLane], mark.track + 1)
        }
        return tracks.map { options.laneHeight + Double($0 - 1) * Self.trackStep }
    }

    /// The notes under the lanes: nothing to show, stakeholders left out for want of
    /// interactions, and a `top` cut.
    private static func notes(diagram: TimelineDiagram, drawn graph: StakeholderGraph, laneIDs: [String]) -> [String] {
        var notes: [String] = []
        if graph.events.isEmpty { notes.append("No interactions to show.") }
        let idle = Set(graph.nodes.map(\.id)).subtracting(laneIDs).count
        if idle > 0 {
            notes.append("\(idle) stakeholder\(idle == 1 ? "" : "s") without interactions \(idle == 1 ? "is" : "are") not shown.")
        }
        if diagram.options.top != nil {
            let (shown, total) = (TopStakeholders.stakeholderCount(of: graph), TopStakeholders.stakeholderCount(of: diagram.graph))
            if shown < total { notes.append(DiagramText.topNote(shown: shown, total: total) + ".") }
        }
        return notes
    }

    var lanesBottom: Double { (laneTops.last ?? lanesTop) + (laneHeights.last ?? 0) }

    /// The y of a lane's line, where its first track lies.
    func laneCentre(_ index: Int) -> Double { laneTops[index] + options.laneHeight / 2 }

    /// The y of an event's end on a lane, on the event's track.
    func endY(_ lane: Int, track: Int) -> Double { laneCentre(lane) + Double(track) * Self.trackStep }
}
