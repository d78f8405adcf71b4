import StakegraphExtraction
import StakegraphGraph

/// Small graphs built from `Entity` and `Event` values, shared by the suites.
enum Fixtures {
    static func entity(_ id: String, _ name: String, _ kind: EntityKind, role: String? = nil,
                       affiliationID: String? = nil) -> Entity {
        Entity(id: id, name: name, kind: kind, role: role, affiliationID: affiliationID, articles: ["a1"], mentions: 1)
    }

    static func event(_ source: String, _ target: String, _ type: InteractionType, _ date: String?,
                      sentence: String, outlet: String? = "BBC News", article: String = "a1") -> Event {
        let evidence = Evidence(sentence: sentence, start: 0, end: sentence.unicodeScalars.count, cue: "cue")
        let report = Event.Report(article: article, outlet: outlet, articleDate: EventDate(string: "2024-01-10"),
                                  source: nil, evidence: evidence, confidence: 0.9)
        return Event(source: source, target: target, type: type, date: date.flatMap(EventDate.init(string:)),
                     reports: [report])
    }

    /// Ofsted with its chief inspector, the Department for Education, and an isolated union.
    /// Edges: Ofsted → DfE criticism ×2, DfE → Ofsted response, Oliver — DfE meeting, DfE → Ofsted support.
    static var schools: StakeholderGraph {
        let nodes = [
            entity("org:ofsted", "Ofsted", .organisation),
            entity("person:martyn-oliver", "Martyn Oliver", .person, role: "chief inspector", affiliationID: "org:ofsted"),
            entity("org:dfe", "Department for Education", .organisation),
            entity("org:neu", "National Education Union", .organisation),
        ].map(StakeholderNode.init(entity:))
        let events = [
            event("org:ofsted", "org:dfe", .criticism, "2024-01-08", sentence: "Ofsted criticised the department's funding plans."),
            event("org:ofsted", "org:dfe", .criticism, "2024-02-01", sentence: "Ofsted again attacked the plans.", outlet: "Schools Week"),
            event("org:dfe", "org:ofsted", .response, "2024-02-02", sentence: "The department responded to Ofsted."),
            event("org:dfe", "person:martyn-oliver", .meeting, "2024-03-02", sentence: "Officials met Martyn Oliver."),
            event("org:dfe", "org:ofsted", .support, nil, sentence: "The department backed Ofsted."),
        ]
        return StakeholderGraph(nodes: nodes, events: events)
    }
}
