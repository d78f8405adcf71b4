import Foundation
import StakegraphExtraction
import StakegraphGraph

/// The graph as JSON: `nodes` and `edges` (one per source-target pair, with counts by type,
/// tone, first and last date, and the evidence sentences).
public enum GraphJSON {
    struct Edge: Encodable {
        var source: String
        var target: String
        var counts: [String: Int]
        var tone: Double
        var first: String?
        var last: String?
        var evidence: [EdgeEvidence]
    }

    struct EdgeEvidence: Encodable {
        var type: String
        var date: String?
        var article: String
        var outlet: String?
        var sentence: String
    }

    struct Node: Encodable {
        var id: String
        var name: String
        var kind: String
        var role: String?
        var affiliation: String?
        var degree: Int
    }

    struct Document: Encodable {
        var nodes: [Node]
        var edges: [Edge]
    }

    public static func encode(_ graph: StakeholderGraph) throws -> Data {
        var degree: [String: Int] = [:]
        for r in graph.relationships { degree[r.source, default: 0] += 1; degree[r.target, default: 0] += 1 }
        let nodes = graph.nodes.map { Node(id: $0.id, name: $0.name, kind: $0.kind.rawValue, role: $0.role, affiliation: $0.affiliationID, degree: degree[$0.id] ?? 0) }
        let edges = graph.relationships.map { r in
            Edge(source: r.source, target: r.target,
                 counts: Dictionary(uniqueKeysWithValues: r.counts.map { ($0.key.rawValue, $0.value) }),
                 tone: r.tone, first: r.firstDate?.description, last: r.lastDate?.description,
                 evidence: r.events.flatMap { i in
                     graph.events[i].reports.map { EdgeEvidence(type: graph.events[i].type.rawValue, date: graph.events[i].date?.description, article: $0.article, outlet: $0.outlet, sentence: $0.evidence.sentence) }
                 })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Document(nodes: nodes, edges: edges))
    }
}
