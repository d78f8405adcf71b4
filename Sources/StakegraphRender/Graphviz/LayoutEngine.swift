/// The Graphviz layout programs Stakegraph offers, named as Graphviz names them.
///
/// `dot` draws layered hierarchies and honours clusters; `neato` and `sfdp` place nodes by
/// springs (sfdp scales to large graphs); `fdp` is a spring layout that keeps clusters;
/// `circo` puts nodes on circles.
public enum LayoutEngine: String, Sendable, Hashable, CaseIterable {
    case dot
    case neato
    case fdp
    case sfdp
    case circo
}

extension LayoutEngine {
    /// True for the engines that lay clusters out as boxes of their own (`dot`, `fdp`); the others
    /// ignore clusters when placing nodes, so a diagram for them leaves clusters out.
    public var supportsClusters: Bool {
        switch self {
        case .dot, .fdp: return true
        case .neato, .sfdp, .circo: return false
        }
    }
}
