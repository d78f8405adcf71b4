import StakegraphExtraction

extension TimelineLayout {
    /// One entry of the key: a sample and its text. The types' names, styles and title are
    /// those of the relationship diagram's key (`DiagramLegend.interactionTypes`).
    private enum LegendEntry {
        case type(InteractionType)
        case range
        case ends

        var text: String {
            switch self {
            case .type(let type): return type.rawValue
            case .range: return "date known only to the month or year"
            case .ends: return "dot: who acted; head: toward whom"
            }
        }

        /// Width of the sample plus text plus the gap after it.
        var width: Double { 40 + Double(text.count) * Self.textWidth + 18 }
        static let textWidth = 6.0 // of an 11 px letter

        static var all: [LegendEntry] { InteractionType.allCases.map(LegendEntry.type) + [.range, .ends] }
    }

    /// The width of the key, all entries on one row.
    static var legendWidth: Double { LegendEntry.all.reduce(0) { $0 + $1.width } }

    /// Writes the key: a short sample of each type's connector and head, a range bar, and how to
    /// read the ends.
    func writeLegend(to out: inout MarkupWriter) {
        let y = legendTop + 10
        var x = margin
        out.open("g", ["class": "legend"])
        out.element("title", text: DiagramLegend.interactionTypes.title)
        for entry in LegendEntry.all {
            out.open("g", ["class": "legend-item"])
            switch entry {
            case .type(let type):
                let style = InteractionStyle.standard(for: type)
                out.element("title", text: "\(type.rawValue): \(style.summary)")
                let head = TimelineDiagram.Head.standard(for: type)
                TimelineDiagram.writeConnector(type, from: (x, y), to: (x + 32 - head.length, y), to: &out)
                out.element("circle", ["cx": Markup.number(x), "cy": Markup.number(y), "r": style.isDirected ? "2.6" : "4",
                                       "fill": style.color])
                TimelineDiagram.writeHead(type, x: x + 32, y: y, degrees: -90, to: &out)
            case .range:
                out.element("title", text: "A pale bar spans the days an imprecise date may stand for")
                out.element("rect", ["x": Markup.number(x), "y": Markup.number(y - 4), "width": "32", "height": "8", "rx": "3",
                                     "fill": "#555555", "fill-opacity": "0.2"])
            case .ends:
                out.element("title", text: "Each event runs from the actor's lane to the target's lane")
                out.element("line", ["x1": Markup.number(x), "y1": Markup.number(y), "x2": Markup.number(x + 22),
                                     "y2": Markup.number(y), "stroke": "#555555", "stroke-width": "1.6"])
                out.element("circle", ["cx": Markup.number(x), "cy": Markup.number(y), "r": "2.6", "fill": "#555555"])
                out.element("path", ["d": "M0,0 L-5,-10 L5,-10 Z", "transform": "translate(\(Markup.number(x + 32)),\(Markup.number(y))) rotate(-90)",
                                     "fill": "#555555"])
            }
            out.element("text", ["x": Markup.number(x + 40), "y": Markup.number(y + 4), "font-size": "11", "fill": "#333333"],
                        text: entry.text)
            out.close("g")
            x += entry.width
        }
        out.close("g")
    }
}
