import Testing
@testable import StakegraphExtraction

/// Mechanisms of the seventh session on issue 13, found by probing the engine with press
/// constructions across policy fields. Our own texts.
@Suite struct PressProbeTests {
    @Test func aVerbBetweenABodyAndARoleIsNoAffiliation() {
        let x = extract("Tarnwell Nurses' Union praised health secretary Jane Orrell for her handling of the talks.")
        #expect(x.has("Tarnwell Nurses' Union", .support, "Jane Orrell"), "\(x.summary)")
        let y = extract("The Harbour Workers Union criticised education secretary Bob Tandy over the plans.")
        #expect(y.has("Harbour Workers Union", .criticism, "Bob Tandy"), "\(y.summary)")
        // A body's own officer still belongs to it: "the Harbour Workers Union general secretary X".
        let z = extract("The Harbour Workers Union general secretary Ann Pryce attacked Bob Tandy.")
        #expect(z.has("Ann Pryce", .criticism, "Bob Tandy"), "\(z.summary)")
        #expect(z.entity("Ann Pryce")?.affiliation == "Harbour Workers Union")
    }

    @Test func anAttackOnABroadcasterNamesAStakeholder() {
        let x = extract("Sir Alan Crewe launched a scathing attack on the BBC over its coverage.")
        #expect(x.has("Alan Crewe", .criticism, "BBC"), "\(x.summary)")
        // Where something was only said or shown, the broadcaster is no stakeholder.
        let y = extract("Sir Alan Crewe said on the BBC that the plan would fail.")
        #expect(!y.entities.contains { $0.name == "BBC" }, "\(y.summary)")
    }

    @Test func aPassiveJudgementJudgesItsAgent() {
        let x = extract("The Tarnwell Councils Association said councils had been \"let down badly\" by the Treasury.")
        #expect(x.has("Tarnwell Councils Association", .criticism, "HM Treasury"), "\(x.summary)")
        // Without an agent, the passive's subject only suffers it.
        let y = extract("The Tarnwell Councils Association said the Harbour Workers Union had been let down.")
        #expect(!y.has("Tarnwell Councils Association", .criticism, "Harbour Workers Union"), "\(y.summary)")
    }

    @Test func pressIdiomsOfFailureAreCriticism() {
        let x = extract("Tom Hadley said Marcus Bell had \"lost control of the borders\".")
        #expect(x.has("Tom Hadley", .criticism, "Marcus Bell"), "\(x.summary)")
    }
}
