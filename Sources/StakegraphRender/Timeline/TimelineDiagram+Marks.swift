import StakegraphExtraction

extension TimelineDiagram {
    /// How the target end of an event of one type looks: the arrowhead of the relationship
    /// diagram, drawn with its tip at the origin, pointing down (+y).
    struct Head: Sendable, Hashable {
        /// SVG path data, or nil for a dot (meetings).
        var path: String?
        /// Whether the shape is filled with the type's colour (else white with a coloured outline).
        var isFilled: Bool
        /// How far the shape reaches back from its tip: the connector stops there.
        var length: Double

        /// The head of `type`: criticism a filled triangle, support a hollow one, pledge a hollow
        /// diamond, response a notched arrow, meeting a dot.
        static func standard(for type: InteractionType) -> Head {
            switch type {
            case .criticism: return Head(path: "M0,0 L-5,-10 L5,-10 Z", isFilled: true, length: 10)
            case .support: return Head(path: "M0,0 L-5,-10 L5,-10 Z", isFilled: false, length: 10)
            case .meeting: return Head(path: nil, isFilled: true, length: 0)
            case .pledge: return Head(path: "M0,0 L4.5,-6 L0,-12 L-4.5,-6 Z", isFilled: false, length: 12)
            case .response: return Head(path: "M0,0 L-5,-11 L0,-7 L5,-11 Z", isFilled: true, length: 7)
            }
        }
    }

    /// The SVG `stroke-dasharray` of the type's line style, or nil for solid.
    static func dashes(for style: InteractionStyle) -> String? {
        switch style.line {
        case "dashed": return "6,3"
        case "dotted": return "1.5,2.5"
        default: return nil
        }
    }

    /// Writes the head of `type` with its tip at (x, y), turned by `degrees` from pointing down
    /// (180 points up, -90 right).
    static func writeHead(_ type: InteractionType, x: Double, y: Double, degrees: Double, to out: inout MarkupWriter) {
        let style = InteractionStyle.standard(for: type)
        let head = Head.standard(for: type)
        guard let path = head.path else {
            out.element("circle", ["cx": Markup.number(x), "cy": Markup.number(y), "r": "4", "fill": style.color])
            return
        }
        out.element("path", [
            "d": path, "transform": "translate(\(Markup.number(x)),\(Markup.number(y))) rotate(\(Markup.number(degrees)))",
            "fill": head.isFilled ? style.color : "#FFFFFF", "stroke": style.color,
            "stroke-width": head.isFilled ? "1" : "1.6", "stroke-linejoin": "round",
        ])
    }

    /// Writes the line of `type` from (x1, y1) to (x2, y2), in its colour and dash pattern.
    static func writeConnector(_ type: InteractionType, from start: (Double, Double), to end: (Double, Double),
                               to out: inout MarkupWriter) {
        let style = InteractionStyle.standard(for: type)
        let dashes = dashes(for: style)
        out.element("line", [
            "x1": Markup.number(start.0), "y1": Markup.number(start.1),
            "x2": Markup.number(end.0), "y2": Markup.number(end.1),
            "stroke": style.color, "stroke-width": "1.6",
            dashes == nil ? "" : "stroke-dasharray": dashes ?? "", // an empty key is not written
        ])
    }
}
