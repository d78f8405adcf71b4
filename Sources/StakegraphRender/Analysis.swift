import Foundation
import StakegraphExtraction
import StakegraphGraph

/// The main job in one call: extraction JSON, the relationship diagram as DOT and SVG,
/// and a plain-text timeline, written into one directory. `stakegraph analyze` runs this.
public struct Analysis: Sendable {
    public var extraction: Extraction
    public var graph: StakeholderGraph
    public var engine: LayoutEngine
    public var options: DiagramOptions

    public init(extraction: Extraction, engine: LayoutEngine = .dot, options: DiagramOptions = DiagramOptions()) {
        self.extraction = extraction
        graph = StakeholderGraph(extraction: extraction)
        self.engine = engine
        self.options = options
    }

    /// Files written, in order.
    public static let fileNames = ["extraction.json", "graph.dot", "graph.svg", "timeline.txt"]

    /// Writes every output into `directory` (created if missing); each file atomically.
    /// - Throws: file-system errors and `GraphvizError`; nothing is written when rendering fails.
    @discardableResult
    public func write(to directory: String) throws -> [String] {
        let dot = DiagramRenderer.dot(graph, engine: engine, options: options)
        let svg = try Graphviz.shared.render(dot: dot, format: .svg, engine: engine)
        let outputs: [(String, Data)] = [
            ("extraction.json", try extraction.jsonData()),
            ("graph.dot", Data(dot.utf8)),
            ("graph.svg", svg),
            ("timeline.txt", Data(timelineText().utf8)),
        ]
        var written: [String] = []
        for (name, data) in outputs {
            let path = (directory as NSString).appendingPathComponent(name)
            try AtomicFile.write(data, to: path)
            written.append(path)
        }
        return written
    }

    /// One event a line, oldest first, undated last: date, who, type, whom, outlet and article.
    public func timelineText() -> String {
        let names = graph.nodesByID
        let ordered = graph.events.enumerated().sorted { lhs, rhs in
            switch (lhs.element.date, rhs.element.date) {
            case let (a?, b?): return a == b ? lhs.offset < rhs.offset : a < b
            case (nil, nil): return lhs.offset < rhs.offset
            case (nil, _): return false
            case (_, nil): return true
            }
        }
        var lines: [String] = []
        for (_, event) in ordered {
            let source = names[event.source]?.name ?? event.source
            let target = names[event.target]?.name ?? event.target
            let report = event.reports.first
            let whereFrom = [report?.outlet, report?.article].compactMap { $0 }.joined(separator: ", ")
            let sentence = report.map { $0.evidence.sentence.replacingOccurrences(of: "\n", with: " ") } ?? ""
            lines.append("\(event.date?.description ?? "undated")\t\(source) \(event.type.rawValue) \(target)\t[\(whereFrom)]\t\(sentence)")
        }
        return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }
}
