import Foundation
import Testing
import StakegraphRender

/// What a fake terminal received, in order.
private final class Screen: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [String] = []
    func append(_ text: String) { lock.withLock { parts.append(text) } }
    var text: String { lock.withLock { parts.joined() } }
}

/// A clock the test moves by hand.
private final class FakeClock: @unchecked Sendable {
    private let lock = NSLock()
    private var now = 100.0
    func advance(_ seconds: Double) { lock.withLock { now += seconds } }
    var seconds: Double { lock.withLock { now } }
}

@Suite struct ProgressLineTests {
    @Test func aStageIsDrawnInPlaceAndErasedBeforeTheSummary() {
        let screen = Screen(), clock = FakeClock()
        let line = ProgressLine(isEnabled: true, interval: 0, write: { screen.append($0) }, clock: { clock.seconds })
        line.stage("reading and extracting articles")
        clock.advance(2.25)
        line.stage("laying out the diagram")
        line.finish(summary: "3 articles, 4 stakeholders, 1 interaction in 2.3 s")
        #expect(screen.text == "\r\u{1B}[Kstakegraph: reading and extracting articles (0.0 s)"
                + "\r\u{1B}[Kstakegraph: laying out the diagram (2.2 s)"
                + "\r\u{1B}[K" + "stakegraph: 3 articles, 4 stakeholders, 1 interaction in 2.3 s\n")
    }

    @Test func aDisabledLineWritesNothing() {
        let screen = Screen()
        let line = ProgressLine(isEnabled: false, interval: 0, write: { screen.append($0) })
        line.stage("extracting")
        line.finish(summary: "done")
        #expect(screen.text.isEmpty)
    }

    @Test func theElapsedTimeIsRedrawnWhileAStageRuns() throws {
        let screen = Screen()
        let line = ProgressLine(isEnabled: true, interval: 0.01, write: { screen.append($0) })
        line.stage("extracting")
        Thread.sleep(forTimeInterval: 0.2)
        line.finish()
        let draws = screen.text.components(separatedBy: "stakegraph: extracting").count - 1
        #expect(draws >= 3)
        #expect(screen.text.hasSuffix("\r\u{1B}[K"))
    }

    @Test func longRunsCountMinutes() {
        #expect(ProgressLine.text(stage: "linking", seconds: 125.4) == "stakegraph: linking (2 min 5 s)")
    }

    @Test func theSummaryCountsWithSingulars() {
        let summary = RunSummary(articles: 1, stakeholders: 12, interactions: 0, seconds: 0.04)
        #expect(summary.description == "1 article, 12 stakeholders, 0 interactions in 0.0 s")
    }
}
