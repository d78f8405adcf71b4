extension TimelineDiagram {
    /// Where a dated event is drawn: its x, inside its date's window, and its track, the
    /// row within its lanes it is stacked on (0 on the lane's line, then below it).
    struct Placement: Sendable, Hashable {
        var x: Double
        var track: Int
    }

    /// Places dated events without moving any off its date: each event goes to the first
    /// spot, in order of distance from `base` by steps of `gap`, that stays inside its
    /// `window` (the pixels its date covers) and keeps clear of the events already placed on
    /// the same track with an end on one of its lanes (`ends`, the actor's and the target's:
    /// their dots and heads would cover each other; a connector merely passing through a
    /// lane is left alone, since stacking would not clear it); when its window has no such spot, it is
    /// stacked on the next track instead. On a wide axis same-day events stand side by side
    /// within the day; on a long one, where a day is a pixel, they stack within their lanes.
    /// - Returns: the placement of each item, in the order given.
    /// - Complexity: O(n·t·s·k) for n items, t tracks, s steps in a window and k items near a spot.
    static func place(_ items: [(base: Double, window: ClosedRange<Double>, ends: [Int])], gap: Double) -> [Placement] {
        struct Key: Hashable { var track: Int, bucket: Int }
        var buckets: [Key: [(x: Double, ends: [Int])]] = [:]
        var result: [Placement] = []
        result.reserveCapacity(items.count)
        for item in items {
            var candidates = [item.base]
            var step = 1
            while step <= 64 {
                var added = false
                for x in [item.base + Double(step) * gap, item.base - Double(step) * gap] where item.window.contains(x) {
                    candidates.append(x)
                    added = true
                }
                if !added { break }
                step += 1
            }
            var track = 0
            var chosen: Double?
            while chosen == nil {
                chosen = candidates.first { x in
                    let key = Int((x / gap).rounded(.down))
                    return !(key - 1...key + 1).contains { k in
                        buckets[Key(track: track, bucket: k)]?.contains { placed in
                            abs(placed.x - x) < gap * 0.9 && placed.ends.contains { item.ends.contains($0) }
                        } ?? false
                    }
                }
                if chosen == nil { track += 1 }
            }
            let x = chosen!
            buckets[Key(track: track, bucket: Int((x / gap).rounded(.down))), default: []].append((x, item.ends))
            result.append(Placement(x: x, track: track))
        }
        return result
    }

    /// A lane label of at most two lines of `limit` characters: the name itself when it fits,
    /// else wrapped at spaces; a name that needs more than two lines is shown by its
    /// acronym alias ("NAHT") when it has one, else cut at a word with an ellipsis. The full
    /// name is in the lane's `<title>` tooltip.
    static func labelLines(_ name: String, aliases: [String], limit: Int) -> [String] {
        let limit = max(limit, 4)
        guard name.count > limit else { return [name] }
        var lines: [String] = []
        var line = ""
        for word in name.split(separator: " ").map(String.init) {
            if line.isEmpty {
                line = word
            } else if line.count + 1 + word.count <= limit {
                line += " " + word
            } else {
                lines.append(line)
                line = word
            }
        }
        if !line.isEmpty { lines.append(line) }
        if lines.count <= 2, lines.allSatisfy({ $0.count <= limit }) { return lines }
        if let acronym = aliases.filter({ alias in
            alias.count >= 2 && alias.count <= limit && alias.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "&" }
        }).min(by: { ($0.count, $0) < ($1.count, $1) }) {
            return [acronym]
        }
        let first = DiagramText.truncated(lines[0], to: limit)
        let rest = lines.dropFirst().joined(separator: " ")
        return rest.isEmpty ? [first] : [first, DiagramText.truncated(rest, to: limit)]
    }
}
