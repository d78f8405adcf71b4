import StakegraphExtraction

/// Folds interactions into events: the same ends and type, dated within a few days
/// (or both undated and from one article), are one act reported several times.
struct EventMerger {
    var withinDays: Int

    func merge(_ interactions: [Interaction], articles: [String: ArticleSummary]) -> [Event] {
        var events: [Event] = []
        var byKey: [String: [Int]] = [:]
        for interaction in interactions {
            var (s, t) = (interaction.source, interaction.target)
            if interaction.type.isSymmetric, t < s { swap(&s, &t) }
            let key = "\(s)\u{1}\(t)\u{1}\(interaction.type.rawValue)"
            let summary = articles[interaction.article]
            let reports = interaction.evidenceSpans.map {
                Event.Report(article: interaction.article, outlet: summary?.outlet, articleDate: summary?.date,
                             source: summary?.source, evidence: $0, confidence: interaction.confidence)
            }
            if let index = byKey[key]?.first(where: { sameAct(events[$0], interaction) }) {
                events[index].reports += reports
                if events[index].date == nil { events[index].date = interaction.date }
            } else {
                byKey[key, default: []].append(events.count)
                events.append(Event(source: s, target: t, type: interaction.type, date: interaction.date, reports: reports))
            }
        }
        return events
    }

    private func sameAct(_ event: Event, _ interaction: Interaction) -> Bool {
        switch (event.date, interaction.date) {
        case let (a?, b?):
            let gap = max(a.bounds.lowerBound.ordinal - b.bounds.upperBound.ordinal,
                          b.bounds.lowerBound.ordinal - a.bounds.upperBound.ordinal, 0)
            return gap <= withinDays
        case (nil, nil):
            return event.reports.contains { $0.article == interaction.article }
        default:
            return false
        }
    }
}
