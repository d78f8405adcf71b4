import BenchSupport
import Foundation
import StakegraphExtraction
import StakegraphGraph
import StakegraphRender
import StakegraphSynthesis

// The benchmark `make bench` runs: writes a synthetic JSON Lines corpus (100 MB by default),
// extracts it on one core and on all cores (streamed, as `stakegraph extract` reads it),
// checks that both give the same JSON, builds the graph, renders a 200-node SVG, and prints
// one table with the targets.
// Usage: stakegraph-bench [--megabytes 100] [--seed 1] [--corpus FILE (reuse or keep)] [--nodes 200]

func option(_ name: String) -> String? {
    let args = CommandLine.arguments
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}

let megabytes = option("--megabytes").flatMap(Double.init) ?? 100
let seed = option("--seed").flatMap(UInt64.init) ?? 1
let nodes = option("--nodes").flatMap(Int.init) ?? 200
let keptCorpus = option("--corpus")
let cores = ProcessInfo.processInfo.activeProcessorCount

/// Peak resident memory in MiB since the last `resetPeakMemory()`.
func peakMiB() -> Int { (statusKiB("VmHWM") ?? -1024) / 1024 }

struct Row {
    var stage: String
    var wall: Double
    var cpu: Double
    var megabytesPerSecond: Double?
    var wordsPerSecond: Double?
    var peak: Int
    var target: String
    var verdict: String
}

func measure<T>(_ body: () throws -> T) rethrows -> (T, wall: Double, cpu: Double, peak: Int) {
    resetPeakMemory()
    let (w, c) = (wallSeconds(), cpuSeconds())
    let value = try body()
    return (value, wallSeconds() - w, cpuSeconds() - c, peakMiB())
}

/// FNV-1a over the extraction's JSON, written as `stakegraph extract -o` writes it: equal
/// digests mean the serial and parallel runs gave the same bytes, without keeping both.
func digest(_ extraction: Extraction) throws -> (UInt64, Int) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var bytes = 0
    try extraction.writeJSON { data in
        bytes += data.count
        for b in data { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
    }
    return (hash, bytes)
}

// MARK: - Corpus

let corpusPath = keptCorpus ?? FileManager.default.temporaryDirectory.appendingPathComponent("stakegraph-bench-\(getpid()).jsonl").path
defer { if keptCorpus == nil { try? FileManager.default.removeItem(atPath: corpusPath) } }
var corpusBytes = 0, articleCount = 0, wordCount = 0
if let kept = keptCorpus, FileManager.default.fileExists(atPath: kept) {
    print("reusing corpus \(kept)")
} else {
    let synthesizer = CorpusSynthesizer(seed: seed)
    let t = wallSeconds()
    _ = FileManager.default.createFile(atPath: corpusPath, contents: nil)
    let handle = FileHandle(forWritingAtPath: corpusPath)!
    var index = 0, written = 0
    while Double(written) < megabytes * 1_000_000 {
        let line = Data((synthesizer.jsonLine(index) + "\n").utf8)
        handle.write(line)
        written += line.count
        index += 1
    }
    try handle.close()
    print(String(format: "wrote a %.1f MB corpus of %d articles (seed %llu) in %.1f s", Double(written) / 1e6, index, seed, wallSeconds() - t))
}
corpusBytes = (try FileManager.default.attributesOfItem(atPath: corpusPath)[.size] as? Int) ?? 0
do {
    var stream = ArticleStream(paths: [corpusPath])
    while let batch = try stream.next() {
        articleCount += batch.count
        for article in batch { wordCount += article.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count }
    }
}

// MARK: - Stages

let extractor = Extractor()
_ = extractor.extract([Article(id: "warm-up", text: "Nobody met anyone.", origin: "bench")]) // loads the lexicon and dictionary
var rows: [Row] = []
let megabytesOfCorpus = Double(corpusBytes) / 1e6

@MainActor func extractionRow(_ label: String, parallel: Bool) throws -> (Row, Extraction) {
    let (extraction, wall, cpu, peak) = try measure { () throws -> Extraction in
        var stream = ArticleStream(paths: [corpusPath])
        return try extractor.extract(&stream, parallel: parallel)
    }
    let row = Row(stage: label, wall: wall, cpu: cpu, megabytesPerSecond: megabytesOfCorpus / wall,
                  wordsPerSecond: Double(wordCount) / wall, peak: peak, target: "", verdict: "")
    return (row, extraction)
}

var (serialRow, serialExtraction) = try extractionRow("extraction, 1 core", parallel: false)
serialRow.target = ">= 20 MB/s"
serialRow.verdict = serialRow.megabytesPerSecond! >= 20 ? "met" : "NOT MET"
let (serialDigest, jsonBytes) = try digest(serialExtraction)
let interactionCount = serialExtraction.interactions.count
let entityCount = serialExtraction.entities.count
serialExtraction = Extraction()

var (parallelRow, parallelExtraction) = try extractionRow("extraction, \(cores) cores", parallel: true)
let speedUp = serialRow.wall / parallelRow.wall
parallelRow.target = ">= 1.7x 1 core"
parallelRow.verdict = String(format: "%.2fx ", speedUp) + (speedUp >= 1.7 ? "met" : "NOT MET")
rows += [serialRow, parallelRow]

let (parallelDigest, _, jsonWall, jsonCPU, jsonPeak) = try { () throws -> (UInt64, Int, Double, Double, Int) in
    let ((d, n), w, c, p) = try measure { try digest(parallelExtraction) }
    return (d, n, w, c, p)
}()
rows.append(Row(stage: "JSON output (\(jsonBytes / 1_000_000) MB)", wall: jsonWall, cpu: jsonCPU, megabytesPerSecond: Double(jsonBytes) / 1e6 / jsonWall,
                wordsPerSecond: nil, peak: jsonPeak, target: "same as 1 core", verdict: serialDigest == parallelDigest ? "identical" : "DIFFERENT"))

// The graph takes the extraction over (the bench's own copy is dropped first).
let (graph, graphWall, graphCPU, graphPeak) = measure { () -> StakeholderGraph in
    let extraction = parallelExtraction
    parallelExtraction = Extraction()
    return StakeholderGraph(extraction: extraction)
}
rows.append(Row(stage: "graph build (\(graph.nodes.count) nodes)", wall: graphWall, cpu: graphCPU, megabytesPerSecond: nil,
                wordsPerSecond: nil, peak: graphPeak, target: "", verdict: ""))

let options = DiagramOptions(title: "Benchmark", top: nodes)
let engine = DiagramRenderer.suitedEngine(for: graph, options: options, requested: .dot)
let (svg, svgWall, svgCPU, svgPeak) = try measure { try DiagramRenderer.render(graph, format: .svg, engine: engine, options: options) }
rows.append(Row(stage: "SVG render, \(nodes) nodes (\(engine.rawValue))", wall: svgWall, cpu: svgCPU, megabytesPerSecond: nil,
                wordsPerSecond: nil, peak: svgPeak, target: "", verdict: "\(svg.count / 1024) KiB"))

// A pathological article: the corpus run together into one line without a full stop, as a
// scraper may deliver a page. Time must grow linearly: 10 MB should take about 10x 1 MB.
let runOn: String = try {
    var text = ""
    var stream = ArticleStream(paths: [corpusPath])
    while text.utf8.count < 10_000_000, let batch = try stream.next() {
        for article in batch where text.utf8.count < 10_000_000 {
            text += article.text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: ". ", with: ", ") + " "
        }
    }
    return text
}()
var singleLine: [(megabytes: Int, wall: Double)] = []
for size in [1, 10] {
    let text = String(decoding: Array(runOn.utf8.prefix(size * 1_000_000)), as: UTF8.self)
    let article = Article(id: "one-line", date: .day(Day(year: 2024, month: 5, day: 1)), text: text, origin: "bench")
    let (_, wall, cpu, peak) = measure { extractor.extract([article], parallel: false) }
    singleLine.append((size, wall))
    let ratio = singleLine.count == 2 ? singleLine[1].wall / singleLine[0].wall : 0
    rows.append(Row(stage: "one-line article, \(size) MB", wall: wall, cpu: cpu, megabytesPerSecond: Double(size) / wall,
                    wordsPerSecond: nil, peak: peak, target: size == 10 ? "linear (~10x)" : "",
                    verdict: size == 10 ? String(format: "%.1fx 1 MB ", ratio) + (ratio < 13 ? "met" : "NOT MET") : ""))
}

// Another: one article of many short sentences, each an interaction between random people,
// so that sentences, mentions, entities and interactions all grow with its size. Time must
// grow linearly: 10 MB within 12x of 1 MB.
var manyInteractions: [(megabytes: Int, wall: Double)] = []
for size in [1, 3, 10] {
    let article = Article(id: "many-interactions", date: .day(Day(year: 2024, month: 5, day: 1)),
                          text: manyInteractionArticle(megabytes: size), origin: "bench")
    let (extraction, wall, cpu, peak) = measure { extractor.extract([article], parallel: false) }
    manyInteractions.append((size, wall))
    let ratio = wall / manyInteractions[0].wall
    rows.append(Row(stage: "many-interaction article, \(size) MB", wall: wall, cpu: cpu, megabytesPerSecond: Double(size) / wall,
                    wordsPerSecond: nil, peak: peak, target: size == 10 ? "< 12x 1 MB" : "",
                    verdict: "\(extraction.interactions.count) interactions"
                        + (size == 1 ? "" : String(format: ", %.1fx 1 MB", ratio) + (size == 10 ? (ratio < 12 ? " met" : " NOT MET") : ""))))
}

// The target is on extraction: the streamed corpus is never whole in memory.
let extractionPeak = max(serialRow.peak, parallelRow.peak)
rows.append(Row(stage: "peak memory, extraction", wall: 0, cpu: 0, megabytesPerSecond: nil, wordsPerSecond: nil, peak: extractionPeak,
                target: "< 500 MiB", verdict: extractionPeak < 500 ? "met" : "NOT MET"))
rows.append(Row(stage: "peak memory, whole run", wall: 0, cpu: 0, megabytesPerSecond: nil, wordsPerSecond: nil,
                peak: max(extractionPeak, rows.map(\.peak).max() ?? 0), target: "", verdict: ""))

// MARK: - Table

print("")
print(String(format: "Stakegraph benchmark: %.1f MB JSON Lines corpus, %d articles, %.1f M words, %d interactions, %d entities; %d cores; release build",
             megabytesOfCorpus, articleCount, Double(wordCount) / 1e6, interactionCount, entityCount, cores))
func pad(_ s: String, _ n: Int, right: Bool = false) -> String {
    s.count >= n ? s : (right ? String(repeating: " ", count: n - s.count) + s : s + String(repeating: " ", count: n - s.count))
}
let header = pad("stage", 34) + pad("wall s", 9, right: true) + pad("CPU s", 9, right: true) + pad("MB/s", 9, right: true)
    + pad("words/s", 12, right: true) + pad("peak MiB", 10, right: true) + "   " + pad("target", 16) + "result"
print(header)
print(String(repeating: "-", count: header.count + 8))
for row in rows {
    let isMemory = row.wall == 0
    print(pad(row.stage, 34)
          + pad(isMemory ? "" : String(format: "%.2f", row.wall), 9, right: true)
          + pad(isMemory ? "" : String(format: "%.2f", row.cpu), 9, right: true)
          + pad(row.megabytesPerSecond.map { String(format: "%.2f", $0) } ?? "", 9, right: true)
          + pad(row.wordsPerSecond.map { String(format: "%.0f", $0) } ?? "", 12, right: true)
          + pad(row.peak >= 0 ? "\(row.peak)" : "n/a", 10, right: true) + "   " + pad(row.target, 16) + row.verdict)
}
