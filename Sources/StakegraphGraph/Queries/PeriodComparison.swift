import Foundation
import StakegraphExtraction

/// A relationship as it stood in one period, with the events behind it.
public struct RelationshipSnapshot: Sendable, Hashable, Codable {
    public var counts: TypeCounts
    public var weight: Int
    public var tone: Double
    public var firstDate: EventDate?
    public var lastDate: EventDate?
    /// The events of the period, oldest first, with their evidence.
    public var events: [TimelineEntry]

    public init(counts: TypeCounts, weight: Int, tone: Double, firstDate: EventDate?, lastDate: EventDate?, events: [TimelineEntry]) {
        self.counts = counts
        self.weight = weight
        self.tone = tone
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.events = events
    }

    enum CodingKeys: String, CodingKey {
        case counts, weight, tone
        case firstDate = "first_date"
        case lastDate = "last_date"
        case events
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(counts, forKey: .counts)
        try c.encode(weight, forKey: .weight)
        try c.encode(TextFormatting.rounded(tone), forKey: .tone)
        try c.encode(firstDate, forKey: .firstDate)
        try c.encode(lastDate, forKey: .lastDate)
        try c.encode(events, forKey: .events)
    }
}

/// How one relationship differs between two periods.
public struct RelationshipChange: Sendable, Hashable, Codable {
    public var source: String
    public var sourceName: String
    public var target: String
    public var targetName: String
    /// The relationship in the first period; nil when it appeared.
    public var before: RelationshipSnapshot?
    /// The relationship in the second period; nil when it disappeared.
    public var after: RelationshipSnapshot?

    public init(source: String, sourceName: String, target: String, targetName: String,
                before: RelationshipSnapshot?, after: RelationshipSnapshot?) {
        self.source = source
        self.sourceName = sourceName
        self.target = target
        self.targetName = targetName
        self.before = before
        self.after = after
    }

    /// Tone after minus tone before, when the relationship exists in both periods.
    public var toneDelta: Double? {
        guard let before, let after else { return nil }
        return after.tone - before.tone
    }

    enum CodingKeys: String, CodingKey {
        case source
        case sourceName = "source_name"
        case target
        case targetName = "target_name"
        case before, after
        case toneDelta = "tone_delta"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decode(String.self, forKey: .source)
        sourceName = try c.decode(String.self, forKey: .sourceName)
        target = try c.decode(String.self, forKey: .target)
        targetName = try c.decode(String.self, forKey: .targetName)
        before = try c.decodeIfPresent(RelationshipSnapshot.self, forKey: .before)
        after = try c.decodeIfPresent(RelationshipSnapshot.self, forKey: .after)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(sourceName, forKey: .sourceName)
        try c.encode(target, forKey: .target)
        try c.encode(targetName, forKey: .targetName)
        try c.encode(before, forKey: .before)
        try c.encode(after, forKey: .after)
        try c.encode(toneDelta.map(TextFormatting.rounded), forKey: .toneDelta)
    }
}

/// Relationships that appeared, disappeared or changed tone from one period to another.
public struct PeriodComparison: Sendable, Hashable, Codable {
    public var before: DateRange
    public var after: DateRange
    public var level: GraphLevel
    /// A tone change of at least this much (or a change of sign) counts as changed.
    public var toneThreshold: Double
    /// In the second period only; heaviest first.
    public var appeared: [RelationshipChange]
    /// In the first period only; heaviest first.
    public var disappeared: [RelationshipChange]
    /// In both, with a tone that changed sign or moved by at least `toneThreshold`; largest change first.
    public var changed: [RelationshipChange]

    public init(before: DateRange, after: DateRange, level: GraphLevel, toneThreshold: Double,
                appeared: [RelationshipChange], disappeared: [RelationshipChange], changed: [RelationshipChange]) {
        self.before = before
        self.after = after
        self.level = level
        self.toneThreshold = toneThreshold
        self.appeared = appeared
        self.disappeared = disappeared
        self.changed = changed
    }

    enum CodingKeys: String, CodingKey {
        case before, after, level
        case toneThreshold = "tone_threshold"
        case appeared, disappeared, changed
    }

    /// Sections for appeared, disappeared and changed relationships, each with its
    /// evidence sentences (at most `evidencePerSide` per period and relationship).
    public func text(evidencePerSide: Int = 3) -> String {
        var out = "Comparing \(before) with \(after) (\(level.rawValue) level)\n"
        func header(_ c: RelationshipChange) -> String { "  \(c.sourceName) -> \(c.targetName)" }
        func summary(_ s: RelationshipSnapshot) -> String {
            let counts = InteractionType.allCases.filter { s.counts[$0] > 0 }.map { "\($0.rawValue) \(s.counts[$0])" }.joined(separator: ", ")
            return "\(counts); tone \(TextFormatting.decimal(s.tone, signed: true))"
        }
        func evidence(_ s: RelationshipSnapshot, label: String) -> String {
            s.events.prefix(evidencePerSide).map { entry in
                let sentence = entry.evidence.first.map { "\"\(TextFormatting.oneLine($0.sentence))\"  [\(TextFormatting.sources(entry.evidence))]" } ?? ""
                return "    \(label) \(TextFormatting.dateColumn(entry.date))  \(entry.type.rawValue)  \(sentence)\n"
            }.joined()
        }
        out += "\nAppeared (\(appeared.count)):\n"
        for c in appeared {
            out += "\(header(c))  \(summary(c.after!))\n" + evidence(c.after!, label: "after ")
        }
        out += "\nDisappeared (\(disappeared.count)):\n"
        for c in disappeared {
            out += "\(header(c))  \(summary(c.before!))\n" + evidence(c.before!, label: "before")
        }
        out += "\nChanged tone (\(changed.count)):\n"
        for c in changed {
            out += "\(header(c))  tone \(TextFormatting.decimal(c.before!.tone, signed: true)) -> \(TextFormatting.decimal(c.after!.tone, signed: true)) (\(TextFormatting.decimal(c.toneDelta!, signed: true)))\n"
            out += evidence(c.before!, label: "before") + evidence(c.after!, label: "after ")
        }
        return out
    }

    public func jsonData() throws -> Data { try TextFormatting.json(self) }

    /// CSV, one row per change, appeared first, then disappeared, then changed tone: change,
    /// source_id, source, target_id, target, then for each period (before_, after_) weight,
    /// tone, first_date, last_date and the first evidence sentence, then tone_delta and level.
    /// A period the relationship is absent from has empty cells.
    public func csv() -> String {
        let side = ["weight", "tone", "first_date", "last_date", "evidence"]
        var out = CSV.row(["change", "source_id", "source", "target_id", "target"] + side.map { "before_" + $0 } + side.map { "after_" + $0 }
                          + ["tone_delta", "level"])
        func cells(_ s: RelationshipSnapshot?) -> [String] {
            guard let s else { return Array(repeating: "", count: side.count) }
            return [String(s.weight), String(TextFormatting.rounded(s.tone)), s.firstDate?.description ?? "", s.lastDate?.description ?? "",
                    s.events.first?.evidence.first.map { TextFormatting.oneLine($0.sentence) } ?? ""]
        }
        for (name, changes) in [("appeared", appeared), ("disappeared", disappeared), ("changed", changed)] {
            for c in changes {
                out += CSV.row([name, c.source, c.sourceName, c.target, c.targetName] + cells(c.before) + cells(c.after)
                               + [c.toneDelta.map { String(TextFormatting.rounded($0)) } ?? "", level.rawValue])
            }
        }
        return out
    }
}

extension StakeholderGraph {
    /// Compares the relationships of two periods, each built as `view(level:filter:)` with
    /// the filter's dates replaced by the period.
    ///
    /// A relationship (source, target) *appeared* when it has events in `after` only,
    /// *disappeared* when in `before` only, and *changed* when in both with tones of opposite
    /// sign (one below zero, the other above) or differing by at least `toneThreshold`.
    /// - Throws: `GraphQueryError` for an unknown focus or a negative depth.
    /// - Complexity: that of two views, plus O(r log r) in their relationships.
    public func compare(_ before: DateRange, with after: DateRange, level: GraphLevel = .person,
                        filter: GraphFilter = GraphFilter(), toneThreshold: Double = 0.5) throws(GraphQueryError) -> PeriodComparison {
        var first = filter, second = filter
        first.dates = before
        second.dates = after
        let a = try view(level: level, filter: first), b = try view(level: level, filter: second)
        let aIndex = a.index, bIndex = b.index
        func key(_ r: Relationship) -> String { r.source + "\u{1}" + r.target }
        let inB = Dictionary(b.relationships.enumerated().map { (key($1), $0) }, uniquingKeysWith: { x, _ in x })
        let inA = Dictionary(a.relationships.enumerated().map { (key($1), $0) }, uniquingKeysWith: { x, _ in x })

        var appeared: [RelationshipChange] = [], disappeared: [RelationshipChange] = [], changed: [RelationshipChange] = []
        for (r, relationship) in a.relationships.enumerated() {
            let snapshotA = a.snapshot(r, index: aIndex)
            if let rb = inB[key(relationship)] {
                let snapshotB = b.snapshot(rb, index: bIndex)
                let signFlip = (snapshotA.tone < 0 && snapshotB.tone > 0) || (snapshotA.tone > 0 && snapshotB.tone < 0)
                if signFlip || abs(snapshotB.tone - snapshotA.tone) >= toneThreshold {
                    changed.append(a.change(r, index: aIndex, before: snapshotA, after: snapshotB))
                }
            } else {
                disappeared.append(a.change(r, index: aIndex, before: snapshotA, after: nil))
            }
        }
        for (r, relationship) in b.relationships.enumerated() where inA[key(relationship)] == nil {
            appeared.append(b.change(r, index: bIndex, before: nil, after: b.snapshot(r, index: bIndex)))
        }
        func byWeight(_ x: RelationshipChange, _ y: RelationshipChange) -> Bool {
            let wx = (x.after ?? x.before)!.weight, wy = (y.after ?? y.before)!.weight
            return wx != wy ? wx > wy : (x.source, x.target) < (y.source, y.target)
        }
        appeared.sort(by: byWeight)
        disappeared.sort(by: byWeight)
        changed.sort { x, y in
            let dx = abs(x.toneDelta!), dy = abs(y.toneDelta!)
            return dx != dy ? dx > dy : (x.source, x.target) < (y.source, y.target)
        }
        return PeriodComparison(before: before, after: after, level: level, toneThreshold: toneThreshold,
                                appeared: appeared, disappeared: disappeared, changed: changed)
    }

    func snapshot(_ r: Int, index: GraphIndex) -> RelationshipSnapshot {
        let relationship = relationships[r]
        return RelationshipSnapshot(counts: relationship.typeCounts, weight: relationship.weight, tone: relationship.tone,
                                    firstDate: relationship.firstDate, lastDate: relationship.lastDate,
                                    events: relationship.events.map { entry(for: $0, index: index) })
    }

    private func change(_ r: Int, index: GraphIndex, before: RelationshipSnapshot?, after: RelationshipSnapshot?) -> RelationshipChange {
        RelationshipChange(source: relationships[r].source, sourceName: index.name(index.relationshipSource[r], in: nodes),
                           target: relationships[r].target, targetName: index.name(index.relationshipTarget[r], in: nodes),
                           before: before, after: after)
    }
}
