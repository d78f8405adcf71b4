import StakegraphExtraction
import StakegraphGraph

/// Small graphs built from `Entity` and `Event` values, shared by the suites.
enum Fixtures {
    static func entity(_ id: String, _ name: String, _ kind: EntityKind, role: String? = nil,
                       affiliationID: String? = nil) -> Entity {
        Entity(id: id, name: name, kind: kind, role: role, affiliationID: affiliationID, articles: ["a1"], mentions: 1)
    }

    static func event(_ source: String, _ target: String, _ type: InteractionType, _ date: String?,
                      sentence: String, outlet: String? = "BBC News", article: String = "a1", url: String? = nil) -> Event {
        let evidence = Evidence(sentence: sentence, start: 0, end: sentence.unicodeScalars.count, cue: "cue")
        let report = Event.Report(article: article, outlet: outlet, articleDate: EventDate(string: "2024-01-10"),
                                  source: url, evidence: evidence, confidence: 0.9)
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

    /// Text that would be markup if written unescaped.
    static let hostile = #"<script>alert(1)</script> "quoted" 'single' & </title> ]]> <!-- x --> &amp;"#

    /// Every name, role, sentence, outlet and one id carry `hostile`; one report links to
    /// `javascript:`. Events of all five types: dated, dated to a month, and undated.
    static var hostileGraph: StakeholderGraph {
        let nodes = [
            entity("org:h1", "Org " + hostile, .organisation),
            entity("person:h2", "Person " + hostile, .person, role: "role " + hostile, affiliationID: "org:h1"),
            entity("org:<h3>&\"x\"", "Third " + hostile, .organisation),
        ].map(StakeholderNode.init(entity:))
        let outlet = "Outlet " + hostile
        return StakeholderGraph(nodes: nodes, events: [
            event("org:h1", "org:<h3>&\"x\"", .criticism, "2024-01-08", sentence: "Said " + hostile, outlet: outlet,
                  url: "javascript:alert(1)"),
            event("person:h2", "org:<h3>&\"x\"", .support, "2024-02", sentence: "Backed " + hostile, outlet: outlet,
                  url: "https://example.org/a?b=1&c=\"<script>\""),
            event("org:<h3>&\"x\"", "person:h2", .meeting, "2024-03-02", sentence: "Met " + hostile, outlet: outlet),
            event("person:h2", "org:h1", .pledge, nil, sentence: "Promised " + hostile, outlet: outlet),
            event("org:h1", "person:h2", .response, "2024-03-05", sentence: "Replied " + hostile, outlet: nil),
        ])
    }

    /// `count` organisations, each criticising or supporting a few others chosen by a fixed
    /// pseudo-random sequence, so the graph is the same on every run.
    static func large(_ count: Int, eventsPerNode: Int = 2) -> StakeholderGraph {
        let nodes = (0..<count).map { entity("org:\($0)", "Organisation \($0)", .organisation) }.map(StakeholderNode.init(entity:))
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var events: [Event] = []
        for source in 0..<count {
            for _ in 0..<eventsPerNode {
                var target = next(count)
                if target == source { target = (target + 1) % count }
                let type = InteractionType.allCases[next(InteractionType.allCases.count)]
                let day = String(format: "2024-%02d-%02d", 1 + next(12), 1 + next(28))
                events.append(event("org:\(source)", "org:\(target)", type, day, sentence: "Event \(events.count)."))
            }
        }
        return StakeholderGraph(nodes: nodes, events: events)
    }
}
