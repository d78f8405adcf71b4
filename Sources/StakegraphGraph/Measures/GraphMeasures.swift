import StakegraphExtraction

/// A measure `StakeholderGraph.measures(_:)` can compute.
public enum Measure: String, Sendable, Hashable, Codable, CaseIterable {
    /// Degree and weighted degree (always computed).
    case degree
    /// Brandes betweenness, normalised; O(n e), so leave it out on very large graphs.
    case betweenness
    /// Louvain communities.
    case communities
    /// The three most frequent partners of each node.
    case partners
}

/// A frequent partner of a stakeholder.
public struct Partner: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    /// Events between the two, either way.
    public var events: Int

    public init(id: String, name: String, events: Int) {
        self.id = id
        self.name = name
        self.events = events
    }
}

/// The measures of one stakeholder, all on the undirected simple graph of relationships.
public struct NodeMeasures: Sendable, Hashable, Codable {
    public var id: String
    /// Number of distinct stakeholders it has a relationship with, either way.
    public var degree: Int
    /// Number of events with them, either way.
    public var weightedDegree: Int
    /// Share of shortest paths between other stakeholders that pass through it (0...1).
    public var betweenness: Double?
    /// Community number, 0 for the largest.
    public var community: Int?
    /// Up to three partners with the most events, most first.
    public var topPartners: [Partner]?

    public init(id: String, degree: Int, weightedDegree: Int, betweenness: Double? = nil, community: Int? = nil,
                topPartners: [Partner]? = nil) {
        self.id = id
        self.degree = degree
        self.weightedDegree = weightedDegree
        self.betweenness = betweenness
        self.community = community
        self.topPartners = topPartners
    }

    enum CodingKeys: String, CodingKey {
        case id, degree
        case weightedDegree = "weighted_degree"
        case betweenness, community
        case topPartners = "top_partners"
    }
}

/// Measures of every node of a graph, in the graph's node order.
public struct GraphMeasures: Sendable, Hashable, Codable {
    public var nodes: [NodeMeasures]
    /// Number of communities, when computed.
    public var communityCount: Int?
    /// Modularity of the communities, when computed.
    public var modularity: Double?

    public init(nodes: [NodeMeasures], communityCount: Int? = nil, modularity: Double? = nil) {
        self.nodes = nodes
        self.communityCount = communityCount
        self.modularity = modularity
    }

    /// The measures of the node with this id.
    /// - Complexity: O(n).
    public subscript(id: String) -> NodeMeasures? { nodes.first { $0.id == id } }

    enum CodingKeys: String, CodingKey {
        case nodes
        case communityCount = "community_count"
        case modularity
    }
}

extension StakeholderGraph {
    /// Computes measures on the undirected simple graph of the relationships (one edge per
    /// pair with a relationship either way, weighted by its events; no self-loops).
    /// - Parameter which: what to compute besides degrees; everything by default.
    /// - Complexity: O(n + r) for degrees, partners and each Louvain sweep; O(n r) for betweenness.
    public func measures(_ which: Set<Measure> = Set(Measure.allCases)) -> GraphMeasures {
        let index = self.index
        let weights = index.relationshipWeight.map { Int($0) }
        let needsAdjacency = !which.subtracting([.degree]).isEmpty
        let graph = needsAdjacency ? WeightedGraph(source: index.relationshipSource, target: index.relationshipTarget,
                                                   weight: weights, nodeCount: index.nodeCount) : nil
        let (degree, weighted) = graph.map(Degree.compute)
            ?? Degree.compute(source: index.relationshipSource, target: index.relationshipTarget, weight: weights, nodeCount: index.nodeCount)
            ?? Degree.compute(WeightedGraph(source: index.relationshipSource, target: index.relationshipTarget,
                                            weight: weights, nodeCount: index.nodeCount))
        let betweenness = which.contains(.betweenness) ? graph.map { Betweenness.compute($0, nodeCount: nodes.count) } : nil
        let louvain = which.contains(.communities) ? graph.map(Louvain.compute) : nil
        let partners = which.contains(.partners) ? graph.map { TopPartners.compute($0, ids: index.nodeIDs) } : nil
        var result = [NodeMeasures]()
        result.reserveCapacity(nodes.count)
        for v in nodes.indices {
            result.append(NodeMeasures(
                id: nodes[v].id, degree: degree[v], weightedDegree: weighted[v], betweenness: betweenness?[v],
                community: louvain?.community[v],
                topPartners: partners?[v].map { Partner(id: index.nodeIDs[$0.position], name: index.name(Int32($0.position), in: nodes), events: $0.events) }))
        }
        let communityCount = louvain.map { Set($0.community.prefix(nodes.count)).count }
        return GraphMeasures(nodes: result, communityCount: communityCount, modularity: louvain?.modularity)
    }
}
