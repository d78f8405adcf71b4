import StakegraphGraph

/// How a relationship diagram is drawn, whatever the layout engine: title, direction, legend,
/// grouping and how much evidence the tooltips carry.
public struct DiagramOptions: Sendable, Hashable {
    /// The direction ranks run in (Graphviz `rankdir`; only `dot` uses it).
    public enum RankDirection: String, Sendable, Hashable, CaseIterable {
        /// Top to bottom.
        case topToBottom = "TB"
        /// Left to right.
        case leftToRight = "LR"
        /// Bottom to top.
        case bottomToTop = "BT"
        /// Right to left.
        case rightToLeft = "RL"
    }

    /// First line of the diagram's caption; the period the events cover is added below it.
    public var title: String
    /// Which way `dot` runs from actor to target; left to right by default.
    public var rankDirection: RankDirection
    /// Whether to draw the key of the five interaction types.
    public var showsLegend: Bool
    /// Whether people are drawn inside a box with the organisation they belong to.
    public var groupsPeopleByOrganisation: Bool
    /// At most this many events are listed in an edge's tooltip; the rest are counted.
    public var maxTooltipEvents: Int
    /// Evidence sentences longer than this many characters are cut, with an ellipsis.
    public var maxEvidenceLength: Int
    /// Font for every label; fontconfig picks a substitute when it is missing.
    public var fontName: String
    /// When set, only this many stakeholders are drawn: the most central by weighted degree
    /// (see `TopStakeholders`), with the edges between them; the caption says so.
    public var top: Int?
    /// Resolution of a PNG in dots per inch (Graphviz's default is 96); PDF ignores it.
    public var dpi: Double?
    /// Width of a PNG in pixels or of a PDF in points (1/72 inch): the drawing is scaled, up
    /// or down, to it; the height follows.
    public var width: Double?
    /// The number of person-level stakeholders when the diagram was drawn at organisation level
    /// because no level was asked for and they were too many (see `StakeholderGraph.readableView`);
    /// the caption says so (`DiagramText.rollUpNote`). Nil otherwise.
    public var rolledUpFrom: Int?
    /// Whether each stakeholder's node and each edge carry an `id` (see `ReportKey`), so that the
    /// report's script can find them; off for diagrams drawn on their own.
    var marksElements = false

    /// Creates options; the defaults suit a diagram of a few dozen stakeholders.
    public init(title: String = "Stakeholder relationships", rankDirection: RankDirection = .leftToRight,
                showsLegend: Bool = true, groupsPeopleByOrganisation: Bool = true, maxTooltipEvents: Int = 8,
                maxEvidenceLength: Int = 160, fontName: String = "Helvetica", top: Int? = nil) {
        self.title = title
        self.rankDirection = rankDirection
        self.showsLegend = showsLegend
        self.groupsPeopleByOrganisation = groupsPeopleByOrganisation
        self.maxTooltipEvents = maxTooltipEvents
        self.maxEvidenceLength = maxEvidenceLength
        self.fontName = fontName
        self.top = top
    }
}

extension DiagramOptions {
    /// How many stakeholders a large graph's diagram shows by default (see `readable(for:)`).
    public static let defaultTop = 100

    /// These options made readable for `graph`: when no `top` is set and the graph has more
    /// than `LayoutEngine.largeGraphThreshold` stakeholders, only the `defaultTop` most active
    /// are drawn, and the caption says how many of how many (`DiagramText.topNote`).
    public func readable(for graph: StakeholderGraph) -> DiagramOptions {
        guard top == nil, TopStakeholders.stakeholderCount(of: graph) > LayoutEngine.largeGraphThreshold else { return self }
        var options = self
        options.top = Self.defaultTop
        return options
    }

    /// Node attributes every diagram of these options starts from.
    var nodeDefaults: DOTAttributes {
        ["fontname": fontName, "fontsize": "11", "style": "filled", "color": "#4D4D4D", "penwidth": "1"]
    }

    /// The graph attributes that size a PNG or PDF (`dpi`, and `size` with `!` so that the
    /// drawing is scaled up as well as down); none for other formats or when neither is set.
    func imageAttributes(for format: GraphvizFormat) -> DOTAttributes {
        var attributes: DOTAttributes = [:]
        switch format {
        case .svg:
            return attributes
        case .png:
            if let dpi { attributes["dpi"] = Self.number(dpi) }
            if let width { attributes["size"] = Self.number(width / (dpi ?? 96)) + ",1000!" }
        case .pdf:
            // The PDF device adds half an inch of margin on each side unless told otherwise.
            if let width {
                attributes["size"] = Self.number(width / 72) + ",1000!"
                attributes["margin"] = "0"
            }
        }
        return attributes
    }

    /// A number for DOT: at most four decimals, no trailing zeros.
    static func number(_ value: Double) -> String {
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// Edge attributes every diagram of these options starts from.
    var edgeDefaults: DOTAttributes {
        ["fontname": fontName, "fontsize": "10", "arrowsize": "0.8"]
    }
}
