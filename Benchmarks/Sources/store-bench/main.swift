import BenchSupport
import Foundation
import StakegraphExtraction
import StakegraphGraph
import StakegraphStore

// Ingests a synthetic corpus into a fresh SQLite store and, side by side, into a PostgreSQL
// database, then times reading it back and a `who` query on each.
// Usage: store-bench [articles = 10000] [--batch N] [--keep FILE] [--postgres URL | --no-postgres REASON]
// The PostgreSQL database must hold no store yet (`make bench-store` starts a throwaway server).

/// Synthetic articles: a few sentences with generated names, organisations and cue verbs.
func syntheticArticles(_ count: Int) -> [Article] {
    let first = ["Alice", "Brian", "Carla", "David", "Elena", "Farid", "Grace", "Hamid", "Irene", "Jonas", "Keira", "Liam"]
    let last = ["Hartley", "Morgan", "Okafor", "Patel", "Quinn", "Rowe", "Stone", "Turner", "Usher", "Vance", "Walsh", "Young"]
    let orgs = ["Northfield Council", "Ofsted", "Westmoor Trust", "Tamar Valley Hospital", "the Department for Education"]
    let outlets = ["Synthetic Post", "Daily Sample", "Evening Corpus"]
    func name(_ n: Int) -> String { "\(first[n % first.count]) \(last[(n / first.count + n) % last.count])" }
    return (0..<count).map { i in
        let a = name(i), b = name(i * 7 + 3), c = name(i * 13 + 5), org = orgs[i % orgs.count]
        let text = """
            \(a) criticised \(b) over school funding on Monday. \(b) met \(a) in London to discuss the plans. \
            \(a) praised \(org) for its work. \(c) pledged to support \(b) next year. \
            Asked about the row, \(c) said the council had "a lot to answer for".
            """
        return Article(id: "bench-\(i)", title: "Story \(i)", date: .day(Day(year: 2010 + i % 15, month: i % 12 + 1, day: i % 28 + 1)),
                       outlet: outlets[i % outlets.count], text: text, origin: "synthetic")
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
let count = arguments.first.flatMap { Int($0) } ?? 10_000
let batch = option("--batch").flatMap { Int($0) } ?? 500
let kept = option("--keep")
let postgres = option("--postgres")
let path = kept ?? FileManager.default.temporaryDirectory.appendingPathComponent("store-bench-\(getpid()).sqlite").path
for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
defer { if kept == nil { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } } }

/// One engine's figures.
struct Figures {
    var ingest = 0.0, ingestCPU = 0.0, reingest = 0.0, read = 0.0, query = 0.0, filtered = 0.0
    var added = 0, interactions = 0, entries = 0, filteredArticles = 0
    var bytes: Int?
    /// Resident memory added by the stage (peak minus the resident size before it), KiB.
    var ingestMemory = 0, readMemory = 0
}

/// glibc's `malloc_trim`, which hands freed heap memory back to the system (Swift's Glibc
/// module does not declare it), so that a stage starts from what is still in use.
let mallocTrim: (@convention(c) (Int) -> Int32)? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim").map {
    unsafeBitCast($0, to: (@convention(c) (Int) -> Int32).self)
}

/// Runs `body`, returning its result and how far the resident size rose above where it began (KiB).
func memoryRise<T>(_ body: () throws -> T) rethrows -> (T, Int) {
    _ = mallocTrim?(0)
    resetPeakMemory()
    let before = statusKiB("VmRSS") ?? 0
    let result = try body()
    return (result, max(0, (statusKiB("VmHWM") ?? 0) - before))
}

func measure(_ store: CorpusStore, _ articles: [Article], size: () -> Int?) throws -> Figures {
    var f = Figures()
    var t = wallSeconds(), c = cpuSeconds()
    (f.added, f.ingestMemory) = try memoryRise { try store.ingest(articles, batchSize: batch).added }
    f.ingest = wallSeconds() - t
    f.ingestCPU = cpuSeconds() - c
    f.bytes = size()
    t = wallSeconds()
    _ = try store.ingest(articles, batchSize: batch)
    f.reingest = wallSeconds() - t
    t = wallSeconds()
    let (extraction, readMemory) = try memoryRise { try store.extraction() }
    f.read = wallSeconds() - t
    f.readMemory = readMemory
    f.interactions = extraction.interactions.count
    t = wallSeconds()
    f.entries = try StakeholderGraph(extraction: extraction).whoEngaged("Alice Hartley").entries.count
    f.query = wallSeconds() - t
    t = wallSeconds()
    f.filteredArticles = try store.extraction(filter: ExtractionFilter(from: Day(year: 2024, month: 1, day: 1))).articles.count
    f.filtered = wallSeconds() - t
    return f
}

let articles = syntheticArticles(count)
let cores = ProcessInfo.processInfo.activeProcessorCount
print("store-bench: \(count) synthetic articles, batch \(batch), \(cores) cores")
let sqlite = try measure(try CorpusStore(path: path), articles) {
    ["", "-wal"].compactMap { try? FileManager.default.attributesOfItem(atPath: path + $0)[.size] as? Int }.reduce(0, +)
}
var pg: Figures?
var note: String?
if let postgres {
    let store = try CorpusStore(path: postgres)
    if try store.statistics().articles > 0 {
        note = "PostgreSQL: \(store.path) holds a store already; give an empty database"
    } else {
        pg = try measure(store, articles) { nil }
    }
} else {
    note = "PostgreSQL: not measured (\(option("--no-postgres") ?? "no --postgres URL"))"
}

func cell(_ f: Figures?, _ value: (Figures) -> String) -> String { f.map(value) ?? "-" }
func seconds(_ s: Double) -> String { String(format: "%.2f s", s) }
/// KiB as MiB, and per million articles at that rate.
func megabytes(_ kib: Int) -> String {
    String(format: "%.0f MiB (%.1f GiB per million articles)", Double(kib) / 1024, Double(kib) / 1024 / 1024 * 1_000_000 / Double(count))
}
let rows: [(String, (Figures) -> String)] = [
    ("ingest (wall)", { "\(seconds($0.ingest)) = \(Int(Double(count) / $0.ingest)) articles/s" }),
    ("ingest, articles per hour per core", { "\(Int(Double(count) / $0.ingest * 3600 / Double(cores)))" }),
    ("ingest CPU of this process", { seconds($0.ingestCPU) }),
    ("size on disk", { $0.bytes.map { String(format: "%.1f MiB (%d bytes/article)", Double($0) / 1_048_576, $0 / max(1, count)) } ?? "(server side)" }),
    ("memory added by ingest", { megabytes($0.ingestMemory) }),
    ("memory added by read + link", { megabytes($0.readMemory) }),
    ("re-ingest, all unchanged", { seconds($0.reingest) }),
    ("read + link all", { "\(seconds($0.read)) (\($0.interactions) interactions)" }),
    ("graph + who --engaged", { "\(seconds($0.query)) (\($0.entries) entries)" }),
    ("date-filtered read (2024 on)", { "\(seconds($0.filtered)) (\($0.filteredArticles) articles)" }),
]
let width = rows.map(\.0.count).max() ?? 0
let column = rows.map { cell(sqlite, $0.1).count }.max() ?? 0
func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
print(pad("", width) + "  " + pad("SQLite", column) + "  PostgreSQL")
for (title, value) in rows { print(pad(title, width) + "  " + pad(cell(sqlite, value), column) + "  " + cell(pg, value)) }
if let note { print(note) }

// The part of an ingest that is not extraction: each article linked on its own for its derived
// rows, records encoded, and the write transactions, which one writer runs at a time (an upper
// bound of that single-writer part; extraction runs before a transaction opens, on all cores,
// in each ingesting process).
var t = wallSeconds()
_ = Extractor().extract(articles)
let extraction = wallSeconds() - t
func writing(_ f: Figures) -> String {
    let seconds = max(0, f.ingest - extraction)
    return String(format: "%.2f s (%.0f articles/s)", seconds, Double(count) / max(seconds, 0.001))
}
print("extraction alone (Extractor.extract, all cores): \(seconds(extraction)); the rest of the ingest (linking each article, "
      + "encoding, writing): SQLite \(writing(sqlite))" + (pg.map { ", PostgreSQL \(writing($0))" } ?? ""))
