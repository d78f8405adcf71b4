import BenchSupport
import Foundation
import StakegraphExtraction
import StakegraphGraph

// Builds a synthetic corpus and times each stage of building and aggregating its graph.
// Usage: graph-bench [interactions = 1000000] [stakeholders = 50000] [--counted-only] [--corpus-only] [--malloc-stats]

/// A line of /proc/self/status in MiB (VmHWM: peak resident memory, VmRSS: current).
func memory(_ field: String) -> String {
    statusKiB(field).map { "\($0 / 1024) MiB" } ?? "n/a"
}

/// With `--malloc-stats`, glibc's per-arena figures (system and in-use bytes) on stderr.
func printMallocStats() {
    guard CommandLine.arguments.contains("--malloc-stats"), let symbol = dlsym(nil, "malloc_stats") else { return }
    unsafeBitCast(symbol, to: (@convention(c) () -> Void).self)()
}

struct Stages {
    var wallTotal = 0.0
    var cpuTotal = 0.0
    private var started = (wall: 0.0, cpu: 0.0)

    mutating func start() { started = (wallSeconds(), cpuSeconds()) }

    mutating func stop(_ name: String, counted: Bool = true) {
        let wall = wallSeconds() - started.wall, cpu = cpuSeconds() - started.cpu
        if counted {
            wallTotal += wall
            cpuTotal += cpu
        }
        report(name, wall: wall, cpu: cpu)
    }

    func report(_ name: String, wall: Double, cpu: Double) {
        let label = name.padding(toLength: 44, withPad: " ", startingAt: 0)
        print(label + String(format: "%7.3f s wall %7.3f s cpu", wall, cpu) + "   rss \(memory("VmRSS")), peak \(memory("VmHWM"))")
    }
}

func run() throws {
    let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
    let interactionCount = arguments.first ?? 1_000_000
    let stakeholderCount = arguments.dropFirst().first ?? 50_000
    print("graph-bench: \(interactionCount) interactions among \(stakeholderCount) stakeholders (release build expected)")
    var stages = Stages()

    stages.start()
    let extraction = SyntheticCorpus.make(interactions: interactionCount, stakeholders: stakeholderCount)
    stages.stop("synthetic extraction (not counted)", counted: false)
    printMallocStats()

    // The extraction is handed over, as a CLI that decoded it would: the graph frees the
    // interactions once its events exist.
    stages.start()
    let corpus = StakeholderGraph(extraction: consume extraction)
    stages.stop("events + relationships (corpus graph)")
    print("  \(corpus.nodes.count) nodes, \(corpus.events.count) events, \(corpus.relationships.count) relationships")
    printMallocStats()
    if CommandLine.arguments.contains("--corpus-only") { return }

    stages.start()
    let organisation = try corpus.view(level: .organisation)
    stages.stop("organisation roll-up (view)")
    print("  \(organisation.nodes.count) nodes, \(organisation.events.count) events, \(organisation.relationships.count) relationships")

    stages.start()
    let personDegrees = corpus.measures([])
    stages.stop("degree measures, person level")
    stages.start()
    let organisationDegrees = organisation.measures([])
    stages.stop("degree measures, organisation level")
    stages.report("counted stages total", wall: stages.wallTotal, cpu: stages.cpuTotal)
    print("  max degree: person \(personDegrees.nodes.map(\.degree).max() ?? 0), organisation \(organisationDegrees.nodes.map(\.degree).max() ?? 0)")

    printMallocStats()
    guard !CommandLine.arguments.contains("--counted-only") else { return }
    print("extra stages (not counted):")
    stages.start()
    let filtered = try corpus.view(filter: GraphFilter(dates: try DateRange(parsing: "2020..2021"), types: [.criticism, .support]))
    stages.stop("  filtered view (2020..2021, 2 types)", counted: false)
    print("    \(filtered.events.count) events, \(filtered.relationships.count) relationships")
    stages.start()
    let ego = try corpus.view(filter: GraphFilter(focus: ["Person 12"], depth: 2))
    stages.stop("  ego network, depth 2", counted: false)
    print("    \(ego.nodes.count) nodes, \(ego.relationships.count) relationships")
    stages.start()
    let engaged = try corpus.whoEngaged("Organisation 3")
    stages.stop("  who engaged Organisation 3 (with its people)", counted: false)
    print("    \(engaged.entries.count) engagements")
    stages.start()
    let communities = organisation.measures([.communities])
    stages.stop("  Louvain communities, organisation level", counted: false)
    print("    \(communities.communityCount ?? 0) communities, modularity \(String(format: "%.3f", communities.modularity ?? 0))")
    print("peak memory (VmHWM): \(memory("VmHWM"))")
}

try run()
