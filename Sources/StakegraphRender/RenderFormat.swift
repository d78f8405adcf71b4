/// Every format `stakegraph graph` writes: diagrams (DOT by Stakegraph, the rest by Graphviz)
/// and data exports for other tools.
public enum RenderFormat: String, Sendable, CaseIterable {
    case dot, svg, png, pdf, json, csv, graphml, gexf

    /// True for formats that are bytes, not text, and so need a file.
    public var isBinary: Bool { self == .png || self == .pdf }
    /// True for the formats that draw the diagram (DOT, SVG, PNG, PDF) rather than export the data.
    public var isDiagram: Bool { self == .dot || self == .svg || self == .png || self == .pdf }
}
