import BenchSupport
import Foundation
import StakegraphExtraction

// The benchmark `make bench-html` runs: the article-extraction benchmark's 181 pages
// (../shared/bench/article-extraction), the body our extractor finds scored by the benchmark's
// metric and timed on one core, and beside it the same for trafilatura when a Python with
// trafilatura is given.
// Usage: html-bench [--data DIR] [--python PATH] [--worst N] [--dump DIR]

func option(_ name: String) -> String? {
    let args = CommandLine.arguments
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}

let data = option("--data") ?? "../shared/bench/article-extraction"
let python = option("--python")
let worst = option("--worst").flatMap(Int.init) ?? 0
let dump = option("--dump")
let rounds = option("--rounds").flatMap(Int.init) ?? 3

struct Truth: Decodable {
    var articleBody: String
    var url: String?
}

guard let truthData = FileManager.default.contents(atPath: data + "/ground-truth.json"),
      let truth = try? JSONDecoder().decode([String: Truth].self, from: truthData) else {
    print("no benchmark data at \(data) (expected ground-truth.json and html/KEY.html.gz): skipped")
    exit(0)
}
let keys = truth.keys.sorted()
let pages: [Data] = try keys.map { key in try Gzip.decompress(try FileReader.contents(of: "\(data)/html/\(key).html.gz")) }
let megabytes = Double(pages.reduce(0) { $0 + $1.count }) / 1e6
print(String(format: "%d pages, %.1f MB of HTML", pages.count, megabytes))

// MARK: - Ours

let extractor = ArticleBodyExtractor()
var ours: [String] = []
var best = Double.infinity
for _ in 0..<max(1, rounds) {
    let start = cpuSeconds()
    ours = pages.map { page in
        guard let document = try? HTMLDocument(data: page) else { return "" }
        return extractor.body(of: document)
    }
    best = min(best, cpuSeconds() - start)
}
// Parsing alone (libxml2 and the copy into HTMLNode values), to see where the time goes.
var parseSeconds = Double.infinity
for _ in 0..<max(1, rounds) {
    let start = cpuSeconds()
    var count = 0
    for page in pages { count += (try? HTMLDocument(data: page))?.nodes.count ?? 0 }
    parseSeconds = min(parseSeconds, cpuSeconds() - start)
    if count == 0 { print("no nodes parsed") }
}

if let dump {
    try? FileManager.default.createDirectory(atPath: dump, withIntermediateDirectories: true)
    for (key, text) in zip(keys, ours) { try text.write(toFile: "\(dump)/\(key).txt", atomically: true, encoding: .utf8) }
}

func score(_ predictions: [String]) -> (ShingleScore, [(key: String, f1: Double, p: Double?, r: Double?)]) {
    var total = ShingleScore()
    var perPage: [(key: String, f1: Double, p: Double?, r: Double?)] = []
    for (key, prediction) in zip(keys, predictions) {
        let (p, r) = total.add(truth: truth[key]!.articleBody, prediction: prediction)
        let f1 = (p ?? 0) + (r ?? 0) == 0 ? 0 : 2 * (p ?? 0) * (r ?? 0) / ((p ?? 0) + (r ?? 0))
        perPage.append((key, f1, p, r))
    }
    return (total, perPage)
}

struct Row {
    var name: String
    var score: ShingleScore
    var seconds: Double?
}
var rows = [Row(name: "stakegraph", score: score(ours).0, seconds: best)]

if worst > 0 {
    print("worst pages (ours):")
    for page in score(ours).1.sorted(by: { $0.f1 < $1.f1 }).prefix(worst) {
        print(String(format: "  %@  F1 %.3f  P %@  R %@  %@", String(page.key.prefix(12)), page.f1,
                     page.p.map { String(format: "%.2f", $0) } ?? "-", page.r.map { String(format: "%.2f", $0) } ?? "-",
                     truth[page.key]!.url ?? ""))
    }
}

// MARK: - Trafilatura

var note: String?
if let python {
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../scripts/trafilatura_bench.py").standardized.path
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("html-bench-\(getpid()).json").path
    defer { try? FileManager.default.removeItem(atPath: output) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [script, data, output, String(rounds)]
    do {
        try process.run()
        process.waitUntilExit()
        struct Result: Decodable {
            var seconds: Double
            var texts: [String: String]
        }
        if process.terminationStatus == 0, let bytes = FileManager.default.contents(atPath: output),
           let result = try? JSONDecoder().decode(Result.self, from: bytes) {
            rows.append(Row(name: "trafilatura", score: score(keys.map { result.texts[$0] ?? "" }).0, seconds: result.seconds))
        } else {
            note = "trafilatura skipped: its run failed (exit \(process.terminationStatus))"
        }
    } catch {
        note = "trafilatura skipped: cannot run \(python)"
    }
} else {
    note = "trafilatura skipped: no Python with trafilatura (make bench-html installs one when PyPI is reachable)"
}

// MARK: - Metadata

// How often the page's metadata gives each field (untimed; the benchmark has no truth for them).
var found: [String: Int] = [:]
var dateSources: [String: Int] = [:]
for page in pages {
    guard let document = try? HTMLDocument(data: page) else { continue }
    let metadata = PageMetadata(document: document)
    for (field, value) in [("title", metadata.title), ("date", metadata.date?.description), ("outlet", metadata.outlet),
                           ("url", metadata.url), ("author", metadata.author)] where value != nil {
        found[field, default: 0] += 1
    }
    if let source = metadata.dateSource { dateSources[source.rawValue, default: 0] += 1 }
}

// MARK: - Table

print("")
print("| extractor | F1 | precision | recall | pages/s | MB/s |")
print("|---|---|---|---|---|---|")
for row in rows {
    let rate = row.seconds.map { String(format: "%.0f", Double(pages.count) / $0) } ?? "-"
    let mbps = row.seconds.map { String(format: "%.1f", megabytes / $0) } ?? "-"
    print(String(format: "| %@ | %.3f | %.3f | %.3f | %@ | %@ |", row.name, row.score.f1, row.score.precision, row.score.recall, rate, mbps))
}
if let note { print(note) }
print(String(format: "parsing alone (libxml2 and the copy into Swift values): %.0f pages/s, %.0f%% of our time",
             Double(pages.count) / parseSeconds, 100 * parseSeconds / best))
print("metadata found: " + ["title", "date", "outlet", "url", "author"].map { "\($0) \(found[$0, default: 0])" }.joined(separator: ", ")
      + " of \(pages.count); dates from " + dateSources.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
print("one core, CPU seconds, best of \(max(1, rounds)) rounds; HTML parsing included, gunzip not")
print(String(format: "target: F1 >= 0.95 (%@)", rows[0].score.f1 >= 0.95 ? "met" : "missed"))
if rows.count > 1, let ours = rows[0].seconds, let theirs = rows[1].seconds {
    print(String(format: "target: 3x trafilatura's pages/s (%.1fx, %@)", theirs / ours, theirs / ours >= 3 ? "met" : "missed"))
}
