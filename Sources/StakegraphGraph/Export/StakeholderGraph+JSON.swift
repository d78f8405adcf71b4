import Foundation
import StakegraphExtraction

/// The JSON export: `{"level", "nodes": [...], "edges": [...]}`.
struct GraphDocument: Encodable {
    struct Node: Encodable {
        var id: String
        var name: String
        var kind: EntityKind
        var role: String?
        var measures: NodeMeasures

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(kind, forKey: .kind)
            try c.encode(role, forKey: .role)
            try c.encode(measures, forKey: .measures)
        }

        enum CodingKeys: String, CodingKey { case id, name, kind, role, measures }
    }

    struct Evidence: Encodable {
        var event: Int
        var date: EventDate?
        var type: InteractionType
        var sentence: String
        var article: String
        var outlet: String?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(event, forKey: .event)
            try c.encode(date, forKey: .date)
            try c.encode(type, forKey: .type)
            try c.encode(sentence, forKey: .sentence)
            try c.encode(article, forKey: .article)
            try c.encode(outlet, forKey: .outlet)
        }

        enum CodingKeys: String, CodingKey { case event, date, type, sentence, article, outlet }
    }

    struct Edge: Encodable {
        var source: String
        var target: String
        var counts: TypeCounts
        var weight: Int
        var tone: Double
        var firstDate: EventDate?
        var lastDate: EventDate?
        var articles: [String]
        var evidence: [Evidence]

        enum CodingKeys: String, CodingKey {
            case source, target, counts, weight, tone
            case firstDate = "first_date"
            case lastDate = "last_date"
            case articles, evidence
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(source, forKey: .source)
            try c.encode(target, forKey: .target)
            try c.encode(counts, forKey: .counts)
            try c.encode(weight, forKey: .weight)
            try c.encode(tone, forKey: .tone)
            try c.encode(firstDate, forKey: .firstDate)
            try c.encode(lastDate, forKey: .lastDate)
            try c.encode(articles, forKey: .articles)
            try c.encode(evidence, forKey: .evidence)
        }
    }

    var level: GraphLevel
    var nodes: [Node]
    var edges: [Edge]
}

extension StakeholderGraph {
    /// The graph as JSON: `nodes` (id, name, kind, role, measures) and `edges` (source,
    /// target, counts by type, weight, tone rounded to four decimals, first and last date,
    /// articles, and every report of every event as evidence). Pretty and key-sorted.
    /// - Parameter measures: the measures to include; all of them are computed when nil.
    public func jsonData(measures: GraphMeasures? = nil) throws -> Data {
        let measures = aligned(measures ?? self.measures())
        let document = GraphDocument(
            level: level,
            nodes: nodes.enumerated().map { n, node in
                GraphDocument.Node(id: node.id, name: node.name, kind: node.kind, role: node.role, measures: measures.nodes[n])
            },
            edges: relationships.map { r in
                GraphDocument.Edge(
                    source: r.source, target: r.target, counts: r.typeCounts, weight: r.weight, tone: TextFormatting.rounded(r.tone),
                    firstDate: r.firstDate, lastDate: r.lastDate, articles: r.articles,
                    evidence: r.events.flatMap { e in
                        events[e].reports.map {
                            GraphDocument.Evidence(event: e, date: events[e].date, type: events[e].type,
                                                   sentence: $0.evidence.sentence, article: $0.article, outlet: $0.outlet)
                        }
                    })
            })
        return try TextFormatting.json(document)
    }

    /// `measures` if it describes this graph's nodes in order, otherwise freshly computed ones.
    func aligned(_ measures: GraphMeasures) -> GraphMeasures {
        if measures.nodes.count == nodes.count, zip(measures.nodes, nodes).allSatisfy({ $0.id == $1.id }) { return measures }
        return self.measures()
    }
}
