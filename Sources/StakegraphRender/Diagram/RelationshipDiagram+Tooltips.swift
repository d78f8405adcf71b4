import StakegraphExtraction
import StakegraphGraph

extension RelationshipDiagram {
    /// "Name", then role and organisation, then kind and article count, one per line.
    func nodeTooltip(_ node: StakeholderNode, byID: [String: StakeholderNode]) -> String {
        var lines = [node.name]
        let organisation = node.affiliationID.flatMap { byID[$0]?.name } ?? node.affiliations.first?.organisation
        let post = [node.role, organisation].compactMap { $0 }.filter { !$0.isEmpty }
        if !post.isEmpty { lines.append(post.joined(separator: ", ")) }
        let articles = node.articles.count
        lines.append("\(node.kind.rawValue), in \(articles) article\(articles == 1 ? "" : "s")")
        return lines.joined(separator: "\n")
    }

    /// A heading ("Ofsted → DfE: criticism, 3 events"), then one line per event, oldest first:
    /// its date, the outlets reporting it and the first evidence sentence.
    func edgeTooltip(_ relationship: Relationship, type: InteractionType, count: Int,
                     byID: [String: StakeholderNode]) -> String {
        let source = byID[relationship.source]?.name ?? relationship.source
        let target = byID[relationship.target]?.name ?? relationship.target
        let arrow = type.isSymmetric ? "—" : "→"
        var lines = ["\(source) \(arrow) \(target): \(type.rawValue), \(count) event\(count == 1 ? "" : "s")"]

        let events = relationship.events
            .filter { graph.events.indices.contains($0) && graph.events[$0].type == type }
            .map { graph.events[$0] }
        let shown = events.prefix(max(options.maxTooltipEvents, 0))
        lines += shown.map(eventLine)
        if events.count > shown.count {
            let rest = events.count - shown.count
            lines.append("… and \(rest) more event\(rest == 1 ? "" : "s")")
        }
        return lines.joined(separator: "\n")
    }

    /// `2024-01-08 · BBC News, Schools Week: “sentence”`; an undated event shows the article's date.
    private func eventLine(_ event: Event) -> String {
        var date = event.date?.description ?? "undated"
        if event.date == nil, let reported = event.reports.compactMap(\.articleDate).min() {
            date += " (reported \(reported))"
        }
        var seen = Set<String>()
        let outlets = event.reports.map { $0.outlet ?? "article \($0.article)" }.filter { seen.insert($0).inserted }
        var reporters = outlets.prefix(3).joined(separator: ", ")
        if outlets.count > 3 { reporters += " +\(outlets.count - 3)" }
        var line = reporters.isEmpty ? date : "\(date) · \(reporters)"
        if let sentence = event.reports.first?.evidence.sentence {
            line += ": “" + DiagramText.truncated(DiagramText.collapsingWhitespace(sentence), to: options.maxEvidenceLength) + "”"
        }
        return line
    }
}
