import Foundation
import StakegraphGraph

/// One graph in any `RenderFormat`: the relationship diagram as DOT, SVG, PNG or PDF, or
/// the data as JSON, CSV (two documents), GraphML or GEXF.
public enum GraphExport {
    /// The documents of `format`, keyed by a suffix for their file name ("" for the only one;
    /// "nodes" and "edges" for CSV).
    /// - Throws: `GraphvizError` for the Graphviz formats.
    public static func documents(_ graph: StakeholderGraph, format: RenderFormat, engine: LayoutEngine = .dot,
                                 options: DiagramOptions = DiagramOptions()) throws -> [(suffix: String, data: Data)] {
        try documents(graph, drawing: RelationshipDiagram(graph: graph, options: options), format: format, engine: engine)
    }

    /// The documents of `format`: `diagram` as it is built for DOT, SVG, PNG and PDF (pass the
    /// `cut()` diagram the engine was chosen from, so that nothing is cut twice), `graph`'s
    /// data (whole, whatever `top` the diagram has) for the other formats.
    /// - Throws: `GraphvizError` for the Graphviz formats.
    public static func documents(_ graph: StakeholderGraph, drawing diagram: RelationshipDiagram, format: RenderFormat,
                                 engine: LayoutEngine = .dot) throws -> [(suffix: String, data: Data)] {
        switch format {
        case .dot:
            return [("", Data(DiagramRenderer.dot(diagram, engine: engine).utf8))]
        case .svg, .png, .pdf:
            return [("", try DiagramRenderer.render(diagram, format: GraphvizFormat(format)!, engine: engine))]
        case .json:
            return [("", try graph.jsonData())]
        case .csv:
            let csv = graph.csv()
            return [("nodes", Data(csv.nodes.utf8)), ("edges", Data(csv.edges.utf8))]
        case .graphml:
            return [("", Data(graph.graphML().utf8))]
        case .gexf:
            return [("", Data(graph.gexf().utf8))]
        }
    }

    /// Writes the documents to `path` (CSV as `NAME-nodes.csv` and `NAME-edges.csv`), each
    /// as `OutputFile` does; to standard output (`-`) one after another, a blank line between.
    @discardableResult
    public static func write(_ documents: [(suffix: String, data: Data)], to path: String) throws -> [String] {
        if OutputFile.isStandardOutput(path) {
            try OutputFile.write(to: path) { write in
                for (n, document) in documents.enumerated() {
                    if n > 0 { try write(Data("\n".utf8)) }
                    try write(document.data)
                }
            }
            return [path]
        }
        return try documents.map { document in
            var target = path
            if !document.suffix.isEmpty {
                let url = URL(fileURLWithPath: path)
                let ext = url.pathExtension.isEmpty ? "csv" : url.pathExtension
                target = url.deletingPathExtension().path + "-\(document.suffix)." + ext
            }
            try OutputFile.write(document.data, to: target)
            return target
        }
    }
}
