import StakegraphGraph

extension ComparisonDiagram {
    /// How a relationship differs between the two periods, which decides how its edge is drawn.
    ///
    /// Colours are Okabe–Ito (safe for colour-blind readers); the two kinds that exist in one
    /// period only also differ by line, so they stay apart in greyscale.
    public enum Change: String, Sendable, Hashable, CaseIterable {
        /// In the second period only: thick solid bluish green.
        case appeared
        /// In the first period only: thin dashed grey.
        case disappeared
        /// In both, with a higher tone in the second: solid blue.
        case toneRose = "tone rose"
        /// In both, with a lower tone in the second: solid vermilion.
        case toneFell = "tone fell"

        /// The kind of a relationship found in both periods: `toneFell` when `toneDelta` is below
        /// zero, `toneRose` otherwise (a change of zero happens only with a tone threshold of zero).
        public init(toneDelta: Double) {
            self = toneDelta < 0 ? .toneFell : .toneRose
        }

        /// The colour, line and arrowhead of the kind's edges.
        public var style: InteractionStyle {
            switch self {
            case .appeared: return InteractionStyle(color: "#009E73", colorName: "bluish green", line: "solid", arrowhead: "normal")
            case .disappeared: return InteractionStyle(color: "#999999", colorName: "grey", line: "dashed", arrowhead: "normal")
            case .toneRose: return InteractionStyle(color: "#0072B2", colorName: "blue", line: "solid", arrowhead: "normal")
            case .toneFell: return InteractionStyle(color: "#D55E00", colorName: "vermilion", line: "solid", arrowhead: "normal")
            }
        }

        /// The Graphviz `penwidth` of the kind's edges: new relationships stand out, lost ones recede.
        public var penWidth: String {
            switch self {
            case .appeared: return "3"
            case .disappeared: return "1.5"
            case .toneRose, .toneFell: return "2"
            }
        }

        /// What the kind means for `comparison`, for the legend ("appeared (only in 2023–2025)").
        func legendText(for comparison: PeriodComparison) -> String {
            switch self {
            case .appeared: return "appeared (only in \(ComparisonDiagram.periodLabel(comparison.after)))"
            case .disappeared: return "disappeared (only in \(ComparisonDiagram.periodLabel(comparison.before)))"
            case .toneRose, .toneFell: return rawValue
            }
        }
    }
}
