extension ComparisonDiagram {
    /// The key of the kinds of change, each drawn like the diagram's edges (`DiagramLegend`).
    var legend: DiagramLegend {
        DiagramLegend(title: "Changes between the periods", tooltip: "Edge colours and line styles by kind of change",
                      entries: Change.allCases.map {
                          DiagramLegend.Entry(text: $0.legendText(for: comparison), style: $0.style, penWidth: $0.penWidth)
                      })
    }
}
