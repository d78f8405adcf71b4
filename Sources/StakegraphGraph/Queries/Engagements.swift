import Foundation
import StakegraphExtraction

/// One act toward a stakeholder: who, how, when, and where it is reported.
public struct Engagement: Sendable, Hashable, Codable, DatedEntry {
    /// Position of the event in the graph's `events`.
    public var event: Int
    @NullWhenAbsent public var date: EventDate?
    public var type: InteractionType
    /// The one who acted (for a meeting: the other side).
    public var engager: String
    public var engagerName: String
    /// The organisation the engager belonged to on that date, for a person with one.
    @NullWhenAbsent public var engagerOrganisation: String?
    /// Who was engaged: the stakeholder asked about, or (at organisation level) a person
    /// affiliated to it on that date.
    public var engaged: String
    public var engagedName: String
    public var evidence: [EvidenceReference]

    public init(event: Int, date: EventDate?, type: InteractionType, engager: String, engagerName: String,
                engagerOrganisation: String?, engaged: String, engagedName: String, evidence: [EvidenceReference]) {
        self.event = event
        self.date = date
        self.type = type
        self.engager = engager
        self.engagerName = engagerName
        self.engagerOrganisation = engagerOrganisation
        self.engaged = engaged
        self.engagedName = engagedName
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case event, date, type, engager
        case engagerName = "engager_name"
        case engagerOrganisation = "engager_organisation"
        case engaged
        case engagedName = "engaged_name"
        case evidence
    }
}

/// The answer to "who engaged X": acts toward X, oldest first; acts of unknown date apart (`undated`).
public struct Engagements: Sendable, Hashable, Codable {
    /// Ids of the stakeholders the query matched.
    public var stakeholders: [String]
    /// The level the acts' ends are shown at.
    public var level: GraphLevel
    /// Whether acts toward the people who belonged to a named organisation counted.
    public var includesMembers: Bool
    public var entries: [Engagement]

    public init(stakeholders: [String], entries: [Engagement], level: GraphLevel = .person, includesMembers: Bool = true) {
        self.stakeholders = stakeholders
        self.level = level
        self.includesMembers = includesMembers
        self.entries = entries
    }

    /// The dated acts, oldest first.
    public var dated: [Engagement] { entries.dated }
    /// The acts whose date is unknown (their articles give none): listed apart.
    public var undated: [Engagement] { entries.undated }

    enum CodingKeys: String, CodingKey {
        case stakeholders, level
        case includesMembers = "includes_members"
        case entries, undated
    }

    /// `entries` holds the dated acts, `undated` the others.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(stakeholders, forKey: .stakeholders)
        try c.encode(level, forKey: .level)
        try c.encode(includesMembers, forKey: .includesMembers)
        try c.encodeDatedApart(entries, datedKey: .entries, undatedKey: .undated)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        stakeholders = try c.decode([String].self, forKey: .stakeholders)
        level = try c.decode(GraphLevel.self, forKey: .level)
        includesMembers = try c.decode(Bool.self, forKey: .includesMembers)
        entries = try c.decodeDatedApart(Engagement.self, datedKey: .entries, undatedKey: .undated)
    }

    /// A heading with the level and the number of acts, then one line per act, the acts of
    /// unknown date after their own heading:
    ///
    ///     Person level: 1 act
    ///     2024-01-08  Jane Doe (Kestrel Teachers Union)  criticism -> John Roe  "..."  [a1.txt (TES)]
    public func text() -> String {
        TextFormatting.levelHeading(level, includesMembers: includesMembers, count: entries.count, noun: "act")
            + TextFormatting.datedThenUndated(entries, date: \.date, noun: "act") { e in
            let organisation = e.engagerOrganisation.map { " (\($0))" } ?? ""
            let sentence = e.evidence.first.map { "  \"\(TextFormatting.oneLine($0.sentence))\"" } ?? ""
            let sources = e.evidence.isEmpty ? "" : "  [\(TextFormatting.sources(e.evidence))]"
            return "\(TextFormatting.dateColumn(e.date))  \(e.engagerName)\(organisation)  \(e.type.rawValue) \(TextFormatting.arrow(e.type)) \(e.engagedName)\(sentence)\(sources)\n"
        }
    }

    /// CSV, one row per report: event, date, engager_id, engager, engager_organisation, type,
    /// engaged_id, engaged, sentence, article, outlet, url, level.
    public func csv() -> String {
        var out = CSV.row(["event", "date", "engager_id", "engager", "engager_organisation", "type", "engaged_id", "engaged", "sentence", "article", "outlet",
                           "url", "level"])
        for e in entries {
            let head = [String(e.event), e.date?.description ?? "", e.engager, e.engagerName, e.engagerOrganisation ?? "", e.type.rawValue, e.engaged, e.engagedName]
            if e.evidence.isEmpty { out += CSV.row(head + ["", "", "", "", level.rawValue]) }
            for r in e.evidence { out += CSV.row(head + [TextFormatting.oneLine(r.sentence), r.article, r.outlet ?? "", r.url ?? "", level.rawValue]) }
        }
        return out
    }

    public func jsonData() throws -> Data { try TextFormatting.json(self) }
}

extension StakeholderGraph {
    /// Who engaged a stakeholder: the events where it is the target, or either end of a
    /// meeting.
    ///
    /// With `includingMembers` (the default), acts toward anyone who belonged to a named
    /// organisation on the event's date count too (a chief inspector stands for the
    /// inspectorate only while in office), and acts from within it toward itself are left
    /// out. At `.person` level the engager is named as the article names them, with their
    /// organisation at the time; at `.organisation` level both ends are shown rolled up
    /// (see `view(level:filter:)`).
    /// - Parameters:
    ///   - query: an id, name or alias (case-insensitive); every stakeholder it names counts.
    ///   - level: the level to show the acts at; nil for the graph's own.
    ///   - dates: keep events whose date overlaps this range (undated ones are then left out).
    ///   - types: keep these types only; nil keeps all.
    /// - Throws: `GraphQueryError.unknownStakeholder` when the query names no stakeholder,
    ///   `.rolledUp` when it names a person the level rolls up.
    /// - Complexity: O(e log e).
    public func whoEngaged(_ query: String, level: GraphLevel? = nil, includingMembers: Bool = true, dates: DateRange? = nil,
                           types: Set<InteractionType>? = nil) throws(GraphQueryError) -> Engagements {
        if let level, level != self.level {
            return try atLevel(level).whoEngaged(query, includingMembers: includingMembers, dates: dates, types: types, base: self)
        }
        return try whoEngaged(query, includingMembers: includingMembers, dates: dates, types: types, base: self)
    }

    private func whoEngaged(_ query: String, includingMembers: Bool, dates: DateRange?, types: Set<InteractionType>?,
                            base: StakeholderGraph) throws(GraphQueryError) -> Engagements {
        let index = self.index
        let matches = try resolve([query], in: index, viewOf: base)
        let membership = Membership(named: matches, index: index, includingMembers: includingMembers)
        let resolver = AffiliationResolver(index: index)
        var found: [(event: Int, engager: Int32, engaged: Int32)] = []
        for e in 0..<events.count {
            let type = InteractionType(ordinal: Int(index.eventCode[e] & 7))
            if let types, !types.contains(type) { continue }
            let lower = index.eventLower[e], upper = index.eventUpper[e]
            if let dates, !dates.admits(lower: lower, upper: upper) { continue }
            let s = index.eventSource[e], t = index.eventTarget[e]
            guard s >= 0, t >= 0 else { continue }
            let sourceStands = membership.contains(s, lower: lower, upper: upper)
            let targetStands = membership.contains(t, lower: lower, upper: upper)
            if targetStands, !sourceStands {
                found.append((e, s, t))
            } else if type.isSymmetric, sourceStands, !targetStands {
                found.append((e, t, s))
            }
        }
        let order = chronological(found.indices.map { $0 }, index: index, keyedBy: found.map(\.event))
        let entries = order.map { k -> Engagement in
            let (e, engager, engaged) = found[k]
            let organisation = resolver.organisation(of: engager, lower: index.eventLower[e], upper: index.eventUpper[e])
            return Engagement(event: e, date: events[e].date, type: events[e].type,
                              engager: index.nodeIDs[Int(engager)], engagerName: index.name(engager, in: nodes),
                              engagerOrganisation: organisation != engager ? index.name(organisation, in: nodes) : nil,
                              engaged: index.nodeIDs[Int(engaged)], engagedName: index.name(engaged, in: nodes),
                              evidence: events[e].reports.map(EvidenceReference.init(report:)))
        }
        return Engagements(stakeholders: matches.map { index.nodeIDs[Int($0)] }, entries: entries, level: level,
                           includesMembers: includingMembers)
    }

    /// Positions of `items` sorted by the chronological order of their events.
    private func chronological(_ items: [Int], index: GraphIndex, keyedBy event: [Int]) -> [Int] {
        items.sorted { a, b in
            let ea = event[a], eb = event[b]
            let ka = DaySpan.key(lower: index.eventLower[ea], upper: index.eventUpper[ea])
            let kb = DaySpan.key(lower: index.eventLower[eb], upper: index.eventUpper[eb])
            return ka != kb ? ka < kb : a < b
        }
    }
}
