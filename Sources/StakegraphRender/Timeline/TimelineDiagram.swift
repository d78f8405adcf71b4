import Foundation
import StakegraphExtraction
import StakegraphGraph

/// Draws a `StakeholderGraph`'s events on a time axis as SVG, in pure Swift (no Graphviz).
///
/// Each stakeholder that took part in an event has a horizontal lane, labelled on the left;
/// lanes come in order of first appearance, so the people of one story sit together. Each event
/// is a vertical connector from the actor's lane (a small dot) to the target's lane (a head
/// shaped and coloured by type, as in the relationship diagram); meetings have a dot at both
/// ends. An event dated only to a month, a year or an interval has a pale bar over the span it
/// may lie in. Undated events stand apart in a band at the right. Events that would overlap
/// stand side by side within their date's pixels, or, where a day is narrower than that, are
/// stacked within their lanes (see `place`): no event is ever drawn off its day. Each event's `<title>` tooltip quotes its evidence, outlets and dates.
public struct TimelineDiagram: Sendable, Hashable {
    /// The graph to draw.
    public var graph: StakeholderGraph
    /// How to draw it.
    public var options: TimelineOptions

    /// Creates the timeline of `graph`.
    public init(graph: StakeholderGraph, options: TimelineOptions = TimelineOptions()) {
        self.graph = graph
        self.options = options
    }

    /// The timeline as a standalone SVG document (XML declaration included), every text escaped.
    /// - Complexity: O(e·k) for e events and k events near each one on the axis.
    public var svg: String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + layout.svg()
    }

    /// Where everything goes, computed once per call (`svg` computes it once).
    var layout: TimelineLayout { TimelineLayout(diagram: self) }

    /// The graph the timeline shows: `graph` itself, or its `options.top` most central stakeholders.
    public var drawnGraph: StakeholderGraph {
        options.top.map { TopStakeholders.keeping($0, of: graph) } ?? graph
    }

    // MARK: - Layout

    /// One stakeholder's lane.
    struct Lane: Hashable {
        var id: String
        var name: String
        /// One or two lines (see `labelLines`).
        var label: [String]
        var tooltip: String
    }

    /// One event and where it is drawn.
    struct Mark: Hashable {
        var event: Event
        var x: Double
        var sourceLane: Int
        var targetLane: Int
        /// False for undated events, drawn in the undated column.
        var isDated: Bool
        /// The row within its lanes the event is stacked on (see `place`).
        var track: Int = 0
    }

    /// Lanes grouped by story, then in order of first appearance: stakeholders linked by events
    /// (directly or not) sit together, stories in the order they start; within a story, events
    /// oldest first (undated last, in graph order), the actor before the target.
    static func laneOrder(_ events: [Event]) -> [String] {
        let ordered = events.enumerated().sorted { lhs, rhs in
            switch (lhs.element.date, rhs.element.date) {
            case let (a?, b?): return a == b ? lhs.offset < rhs.offset : a < b
            case (nil, nil): return lhs.offset < rhs.offset
            case (nil, _): return false
            case (_, nil): return true
            }
        }
        var seen = Set<String>()
        var appearance: [String] = []
        for (_, event) in ordered {
            for id in [event.source, event.target] where seen.insert(id).inserted { appearance.append(id) }
        }

        // Union-find over the events, each story named by its earliest stakeholder.
        var parent = Dictionary(uniqueKeysWithValues: appearance.enumerated().map { ($0.element, $0.offset) })
        var roots = Array(appearance.indices)
        func find(_ i: Int) -> Int {
            var i = i
            while roots[i] != i {
                roots[i] = roots[roots[i]]
                i = roots[i]
            }
            return i
        }
        for event in events {
            let (a, b) = (find(parent[event.source]!), find(parent[event.target]!))
            if a != b { roots[max(a, b)] = min(a, b) }
        }
        parent = parent.mapValues(find)
        return appearance.enumerated()
            .sorted { (parent[$0.element]!, $0.offset) < (parent[$1.element]!, $1.offset) }
            .map(\.element)
    }

    /// Gives each event an x near `base` (its date), nudged by up to `maxSteps` multiples of `gap`
    /// to keep clear of the events already placed whose lanes overlap its own; where no such
    /// spot is free it takes the one with the fewest clashes, nearest the base.
    /// - Returns: the x of each item, in the order given.
    /// - Complexity: O(n·s·k) for n items, s steps and k items placed near each one.
    static func nudge(_ items: [(base: Double, lanes: ClosedRange<Int>)], gap: Double, maxSteps: Int = 4) -> [Double] {
        var buckets: [Int: [(x: Double, lanes: ClosedRange<Int>)]] = [:]
        var result: [Double] = []
        for item in items {
            var best = (x: item.base, clashes: Int.max)
            for attempt in 0...(2 * maxSteps) {
                let shift = Double((attempt + 1) / 2) * (attempt % 2 == 1 ? 1 : -1) * gap
                let x = item.base + shift
                let key = Int((x / gap).rounded(.down))
                let clashes = (key - 1...key + 1).reduce(0) { total, k in
                    total + (buckets[k]?.filter { abs($0.x - x) < gap * 0.9 && $0.lanes.overlaps(item.lanes) }.count ?? 0)
                }
                if clashes < best.clashes { best = (x, clashes) }
                if clashes == 0 { break }
            }
            buckets[Int((best.x / gap).rounded(.down)), default: []].append((best.x, item.lanes))
            result.append(best.x)
        }
        return result
    }
}
