import StakegraphExtraction

/// How edges of one interaction type are drawn: an Okabe–Ito colour (safe for colour-blind
/// readers) plus a line style and arrowhead, so types stay apart in greyscale too.
public struct InteractionStyle: Sendable, Hashable {
    /// `#RRGGBB` colour of the line, arrowhead and count label.
    public var color: String
    /// The colour's name, for the legend and tooltips.
    public var colorName: String
    /// Graphviz line style: `solid`, `dashed` or `dotted`.
    public var line: String
    /// Graphviz arrowhead shape; `none` for undirected types.
    public var arrowhead: String
    /// False for meetings, drawn without arrows (`dir=none`).
    public var isDirected: Bool

    /// Creates a style from Graphviz attribute values.
    public init(color: String, colorName: String, line: String, arrowhead: String, isDirected: Bool = true) {
        self.color = color
        self.colorName = colorName
        self.line = line
        self.arrowhead = arrowhead
        self.isDirected = isDirected
    }

    /// Stakegraph's style for `type`: criticism vermilion solid, support bluish green with a hollow
    /// arrow, meeting blue without arrows, pledge orange dotted, response reddish purple dashed.
    public static func standard(for type: InteractionType) -> InteractionStyle {
        switch type {
        case .criticism: return InteractionStyle(color: "#D55E00", colorName: "vermilion", line: "solid", arrowhead: "normal")
        case .support: return InteractionStyle(color: "#009E73", colorName: "bluish green", line: "solid", arrowhead: "empty")
        case .meeting: return InteractionStyle(color: "#0072B2", colorName: "blue", line: "solid", arrowhead: "none", isDirected: false)
        case .pledge: return InteractionStyle(color: "#E69F00", colorName: "orange", line: "dotted", arrowhead: "odiamond")
        case .response: return InteractionStyle(color: "#CC79A7", colorName: "reddish purple", line: "dashed", arrowhead: "vee")
        }
    }

    /// The Graphviz attributes of an edge in this style (colour, line, arrow, direction).
    public var edgeAttributes: DOTAttributes {
        var attributes: DOTAttributes = ["color": color, "fontcolor": color, "style": line]
        if isDirected {
            attributes["arrowhead"] = arrowhead
        } else {
            attributes["dir"] = "none"
        }
        return attributes
    }

    /// A phrase describing the look, for the legend and its tooltips ("vermilion solid line, filled arrow").
    public var summary: String {
        guard isDirected else { return "\(colorName) \(line) line, no arrow" }
        let arrow: String
        switch arrowhead {
        case "normal": arrow = "filled arrow"
        case "empty": arrow = "hollow arrow"
        case "odiamond": arrow = "hollow diamond"
        case "vee": arrow = "open arrow"
        default: arrow = "\(arrowhead) arrowhead"
        }
        return "\(colorName) \(line) line, \(arrow)"
    }
}
