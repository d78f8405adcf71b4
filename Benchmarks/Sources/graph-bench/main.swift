import Foundation
import StakegraphExtraction
import StakegraphGraph

/// Builds a synthetic corpus and times each stage of building and aggregating its graph.
/// Usage: graph-bench [interactions = 1000000] [stakeholders = 50000]

func peakMemory() -> String {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return "n/a" }
    let kilobytes = Double(line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0)
    return String(format: "%.0f MiB", kilobytes / 1024)
}

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

var stagesTotal = 0.0
@MainActor @discardableResult
func stage<T>(_ name: String, counted: Bool = true, _ body: () throws -> T) rethrows -> T {
    let start = now()
    let result = try body()
    let seconds = now() - start
    if counted { stagesTotal += seconds }
    print(String(format: "%-44@ %8.3f s   peak %@", name as NSString, seconds, peakMemory()))
    return result
}

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let interactionCount = arguments.first ?? 1_000_000
let stakeholderCount = arguments.dropFirst().first ?? 50_000
print("graph-bench: \(interactionCount) interactions among \(stakeholderCount) stakeholders")

let extraction = stage("synthetic extraction (not counted)", counted: false) {
    SyntheticCorpus.make(interactions: interactionCount, stakeholders: stakeholderCount)
}
let corpus = stage("events + relationships (corpus graph)") { StakeholderGraph(extraction: extraction) }
print("  \(corpus.nodes.count) nodes, \(corpus.events.count) events, \(corpus.relationships.count) relationships")
if CommandLine.arguments.contains("--corpus-only") { exit(0) }
let organisation = try stage("organisation roll-up (view)") { try corpus.view(level: .organisation) }
print("  \(organisation.nodes.count) nodes, \(organisation.events.count) events, \(organisation.relationships.count) relationships")
let personDegrees = stage("degree measures, person level") { corpus.measures([]) }
let organisationDegrees = stage("degree measures, organisation level") { organisation.measures([]) }
print(String(format: "counted stages total                         %8.3f s   peak %@", stagesTotal, peakMemory()))
print("  max degree: person \(personDegrees.nodes.map(\.degree).max() ?? 0), organisation \(organisationDegrees.nodes.map(\.degree).max() ?? 0)")

print("extra stages (not counted):")
stage("  relationships again from events", counted: false) { StakeholderGraph(nodes: corpus.nodes, events: corpus.events) }
let filter = GraphFilter(dates: try DateRange(parsing: "2020..2021"), types: [.criticism, .support], minimumWeight: 1)
let filtered = try stage("  filtered view (2020..2021, 2 types)", counted: false) { try corpus.view(filter: filter) }
print("    \(filtered.events.count) events, \(filtered.relationships.count) relationships")
let both = try stage("  both-level view", counted: false) { try corpus.view(level: .both) }
print("    \(both.events.count) events, \(both.relationships.count) relationships")
let communities = stage("  Louvain communities, organisation level", counted: false) { organisation.measures([.communities]) }
print("    \(communities.communityCount ?? 0) communities, modularity \(String(format: "%.3f", communities.modularity ?? 0))")
print("peak memory (VmHWM): \(peakMemory())")
print("strides: Interaction \(MemoryLayout<Interaction>.stride), Event \(MemoryLayout<Event>.stride), Report \(MemoryLayout<Event.Report>.stride), Relationship \(MemoryLayout<Relationship>.stride), EventDate? \(MemoryLayout<EventDate?>.stride)")
