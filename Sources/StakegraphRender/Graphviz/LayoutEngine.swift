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

    /// The engine to lay out `nodeCount` nodes and `edgeCount` edges with: `sfdp` when
    /// `nodeCount` exceeds `largeGraphThreshold` or the graph exceeds `requested`'s `limit`,
    /// `requested` otherwise.
    public static func suited(forNodeCount nodeCount: Int, edgeCount: Int = 0, requested: LayoutEngine) -> LayoutEngine {
        if nodeCount > largeGraphThreshold { return .sfdp }
        if let limit = requested.limit, !limit.admits(nodes: nodeCount, edges: edgeCount) { return .sfdp }
        return requested
    }

    /// The largest graph this engine is given, or nil for no limit. Graphviz cannot be
    /// interrupted once a layout has started, so a graph above the limit is refused with
    /// `GraphvizError.tooLarge` before it starts.
    ///
    /// Measured on this machine (2 cores, Graphviz 2.42, in-process) on `stakegraph graph`
    /// diagrams of `stakegraph synth --articles 3000 --seed 3` cut down with `--top`, and on
    /// random graphs with labelled edges (`Docs/performance.md`, "Layout engines on large
    /// graphs"). dot: 30 nodes and 802 edges 6.5 s, 50 and 1,834 75 s, 70 and 2,828 over 100 s;
    /// sparse, 1,000 nodes and 1,000 edges 1.7 s, 1,500 and 1,500 12.7 s, 2,000 and 2,000 over
    /// 30 s; the whole corpus (2,154 nodes, 43,479 edges) over 300 s. circo: 100 nodes and 100
    /// edges 7.6 s, 50 and 150 6.3 s, 100 and 300 over 30 s. The limits keep each under about
    /// 15 s. sfdp lays the whole corpus out in about 7 s; neato and fdp are not limited (not
    /// measured), but the default choice moves graphs above `largeGraphThreshold` to sfdp.
    public var limit: LayoutLimit? {
        switch self {
        case .dot: return LayoutLimit(nodes: 1_500, edges: 1_000)
        case .circo: return LayoutLimit(nodes: 300, edges: 200)
        case .neato, .fdp, .sfdp: return nil
        }
    }
}
