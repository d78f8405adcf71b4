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

extension LayoutEngine {
    /// Above this many nodes `suited(forNodeCount:requested:)` switches to `sfdp`: `dot`, `neato`,
    /// `fdp` and `circo` take from seconds to minutes on a few hundred nodes and give unreadable
    /// hairballs there, while sfdp's multilevel layout stays fast (under a second for 500 nodes).
    public static let largeGraphThreshold = 150

    /// The engine to lay out `nodeCount` nodes with: `sfdp` when `nodeCount` exceeds
    /// `largeGraphThreshold`, `requested` otherwise.
    public static func suited(forNodeCount nodeCount: Int, requested: LayoutEngine) -> LayoutEngine {
        nodeCount > largeGraphThreshold ? .sfdp : requested
    }
}
