import StakegraphExtraction

/// The integer mirror of a graph that every algorithm runs on: nodes by position,
/// events and relationships by the positions of their ends, dates as day ordinals,
/// and person-to-organisation affiliations as flat arrays.
///
/// Node positions `0..<nodes.count` are the graph's nodes; positions after that are
/// `extraNodes`, organisations that affiliations name but that are not nodes of the
/// graph (they appear once a view rolls people up to them).
struct GraphIndex: Sendable {
    var nodeByID: [String: Int32]
    var nodeIDs: [String]
    var extraNodes: [StakeholderNode]
    /// End positions per event; -1 for an id that is not a node.
    var eventSource: [Int32]
    var eventTarget: [Int32]
    var eventLower: [Int32]
    var eventUpper: [Int32]
    /// Type and date kind per event (see `EventColumns.code`).
    var eventCode: [UInt8]
    /// The articles behind each event, coded as `ArticleLists` says.
    var eventArticle: [Int32]
    var articles: ArticleLists
    var relationshipSource: [Int32]
    var relationshipTarget: [Int32]
    /// Events per relationship (its `weight`), kept so that measures need not touch relationships.
    var relationshipWeight: [Int32]
    /// Affiliations of node `n` are at `affiliationOffsets[n]..<affiliationOffsets[n + 1]`.
    var affiliationOffsets: [Int32]
    var affiliationOrganisation: [Int32]
    var affiliationFrom: [Int32]
    var affiliationTo: [Int32]
    /// Per node, the position of the organisation its article names (`affiliationID`), or -1:
    /// what an undated event rolls up to when the dated affiliations disagree.
    var primaryAffiliation: [Int32]

    /// Number of graph nodes plus extra nodes.
    var nodeCount: Int { nodeIDs.count }

    /// Builds the node table and affiliations; the event and relationship arrays are given.
    /// - Complexity: O(n + a) for n nodes and a affiliations.
    init(nodes: [StakeholderNode], events: EventColumns, relationshipSource: [Int32], relationshipTarget: [Int32],
         relationshipWeight: [Int32]) {
        var byID = [String: Int32](minimumCapacity: nodes.count)
        var ids = [String]()
        ids.reserveCapacity(nodes.count)
        for (i, node) in nodes.enumerated() where byID[node.id] == nil {
            byID[node.id] = Int32(i)
            ids.append(node.id)
        }
        if ids.count != nodes.count { // duplicate ids: keep positions aligned with `nodes`
            ids = nodes.map(\.id)
        }
        var extras: [StakeholderNode] = []
        var offsets: [Int32] = [0]
        var organisations: [Int32] = [], froms: [Int32] = [], tos: [Int32] = []
        var primary: [Int32] = []
        offsets.reserveCapacity(nodes.count + 1)
        for node in nodes {
            primary.append(node.kind == .person ? node.affiliationID.flatMap { byID[$0] } ?? -1 : -1)
            if node.kind == .person {
                for affiliation in node.effectiveAffiliations {
                    let org: Int32
                    if let known = byID[affiliation.organisationID] {
                        org = known
                    } else {
                        org = Int32(ids.count)
                        byID[affiliation.organisationID] = org
                        ids.append(affiliation.organisationID)
                        extras.append(StakeholderNode(placeholderFor: affiliation.organisationID,
                                                      name: affiliation.organisation, kind: .organisation))
                    }
                    organisations.append(org)
                    froms.append(affiliation.from.map { Int32(truncatingIfNeeded: $0.ordinal) } ?? DaySpan.openStart)
                    tos.append(affiliation.to.map { Int32(truncatingIfNeeded: $0.ordinal) } ?? DaySpan.openEnd)
                }
            }
            offsets.append(Int32(organisations.count))
        }
        for _ in extras { offsets.append(Int32(organisations.count)); primary.append(-1) }
        // Organisations first named as an affiliation of a later node.
        for (n, node) in nodes.enumerated() where primary[n] < 0 && node.kind == .person {
            if let id = node.affiliationID, let position = byID[id] { primary[n] = position }
        }
        primaryAffiliation = primary
        nodeByID = byID
        nodeIDs = ids
        extraNodes = extras
        affiliationOffsets = offsets
        affiliationOrganisation = organisations
        affiliationFrom = froms
        affiliationTo = tos
        eventSource = events.source
        eventTarget = events.target
        eventLower = events.lower
        eventUpper = events.upper
        eventCode = events.code
        eventArticle = events.article
        articles = events.articles
        self.relationshipSource = relationshipSource
        self.relationshipTarget = relationshipTarget
        self.relationshipWeight = relationshipWeight
    }

    /// Builds everything from the graph's string ids.
    /// - Complexity: O(n + e + r) hash look-ups.
    init(nodes: [StakeholderNode], events: [Event], relationships: [Relationship]) {
        self.init(nodes: nodes, events: EventColumns(capacity: 0, articles: ArticleLists()), relationshipSource: [], relationshipTarget: [],
                  relationshipWeight: [])
        let byID = nodeByID
        let spans = events.map { DaySpan.of($0.date) }
        let columns = EventColumns(events: events, source: events.map { byID[$0.source] ?? -1 }, target: events.map { byID[$0.target] ?? -1 },
                                   lower: spans.map(\.lower), upper: spans.map(\.upper))
        eventSource = columns.source
        eventTarget = columns.target
        eventLower = columns.lower
        eventUpper = columns.upper
        eventCode = columns.code
        eventArticle = columns.article
        articles = columns.articles
        relationshipSource = relationships.map { byID[$0.source] ?? -1 }
        relationshipTarget = relationships.map { byID[$0.target] ?? -1 }
        relationshipWeight = relationships.map { Int32($0.weight) }
    }

    /// The events of the graph with their columns.
    func columns(of events: [Event]) -> EventColumns {
        var columns = EventColumns(capacity: 0, articles: articles)
        columns.events = events
        columns.source = eventSource
        columns.target = eventTarget
        columns.lower = eventLower
        columns.upper = eventUpper
        columns.code = eventCode
        columns.article = eventArticle
        return columns
    }

    /// The node at a position: one of the graph's, or an extra organisation.
    func node(_ position: Int, in nodes: [StakeholderNode]) -> StakeholderNode {
        position < nodes.count ? nodes[position] : extraNodes[position - nodes.count]
    }

    /// Display name of the node at a position.
    func name(_ position: Int32, in nodes: [StakeholderNode]) -> String {
        position < 0 ? "?" : node(Int(position), in: nodes).name
    }
}
