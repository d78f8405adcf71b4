/// The output formats Graphviz renders a laid-out diagram to, in-process.
///
/// SVG comes from Graphviz's core renderer (text stays text, tooltips become `xlink:title`);
/// PNG and PDF come from the cairo plugin.
public enum GraphvizFormat: String, Sendable, Hashable, CaseIterable {
    case svg
    case png
    case pdf

    /// The usual file name extension for the format.
    public var fileExtension: String { rawValue }
}

extension GraphvizFormat {
    /// The Graphviz format for one of the command line's output formats; nil for `dot` and
    /// `json`, which Stakegraph writes without Graphviz.
    public init?(_ format: RenderFormat) {
        self.init(rawValue: format.rawValue)
    }
}
