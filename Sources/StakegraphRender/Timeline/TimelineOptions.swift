/// How a timeline is drawn: title, sizes, how much evidence the tooltips carry, and how many
/// stakeholders get a lane.
public struct TimelineOptions: Sendable, Hashable {
    /// First line of the heading; the period the events cover is written under it.
    public var title: String
    /// Width of the dated part of the time axis, in SVG user units (pixels).
    public var plotWidth: Double
    /// Height of one stakeholder's lane.
    public var laneHeight: Double
    /// Lane labels longer than this many characters are cut, with an ellipsis (the full name is
    /// in the label's tooltip).
    public var maxLabelLength: Int
    /// At most this many reports are quoted in an event's tooltip; the rest are counted.
    public var maxTooltipReports: Int
    /// Evidence sentences longer than this many characters are cut, with an ellipsis.
    public var maxEvidenceLength: Int
    /// CSS font family of every text.
    public var fontFamily: String
    /// Whether to draw the key of the five interaction types.
    public var showsLegend: Bool
    /// When set, only the lanes of this many stakeholders are drawn: the most central by
    /// weighted degree (see `TopStakeholders`), with the events between them.
    public var top: Int?
    /// Whether each lane and event carries `data-node` and `data-event` keys (see `ReportKey`),
    /// so that the report's script can find them; off for timelines drawn on their own.
    var marksEvents = false

    /// Creates options; the defaults suit a page about 1,300 pixels wide.
    public init(title: String = "Interactions over time", plotWidth: Double = 840, laneHeight: Double = 24,
                maxLabelLength: Int = 34, maxTooltipReports: Int = 5, maxEvidenceLength: Int = 240,
                fontFamily: String = "Helvetica, Arial, sans-serif", showsLegend: Bool = true, top: Int? = nil) {
        self.title = title
        self.plotWidth = plotWidth
        self.laneHeight = laneHeight
        self.maxLabelLength = maxLabelLength
        self.maxTooltipReports = maxTooltipReports
        self.maxEvidenceLength = maxEvidenceLength
        self.fontFamily = fontFamily
        self.showsLegend = showsLegend
        self.top = top
    }
}
