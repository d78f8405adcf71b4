import BenchSupport
import Foundation
import StakegraphExtraction
import StakegraphGraph
import StakegraphStore

// Ingests a synthetic corpus into a fresh store, then times a `who` query read back from it.
// Usage: store-bench [articles = 10000] [--batch N] [--keep FILE]

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

let arguments = CommandLine.arguments.dropFirst()
let count = arguments.first.flatMap { Int($0) } ?? 10_000
let batch = arguments.firstIndex(of: "--batch").flatMap { arguments.index(after: $0) < arguments.endIndex ? Int(arguments[arguments.index(after: $0)]) : nil } ?? 500
let kept = arguments.firstIndex(of: "--keep").flatMap { arguments.index(after: $0) < arguments.endIndex ? arguments[arguments.index(after: $0)] : nil }
let path = kept ?? FileManager.default.temporaryDirectory.appendingPathComponent("store-bench-\(getpid()).sqlite").path
for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
defer { if kept == nil { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } } }

let articles = syntheticArticles(count)
let store = try CorpusStore(path: path)
var t = wallSeconds()
let summary = try store.ingest(articles, batchSize: batch)
let ingestSeconds = wallSeconds() - t
let size = ["", "-wal"].compactMap { try? FileManager.default.attributesOfItem(atPath: path + $0)[.size] as? Int }.reduce(0, +)
print("ingest: \(summary.added) articles in \(String(format: "%.2f", ingestSeconds)) s = \(Int(Double(count) / ingestSeconds)) articles/s (batch \(batch))")
print("database: \(String(format: "%.1f", Double(size) / 1_048_576)) MiB (\(size / max(1, count)) bytes/article)")

t = wallSeconds()
let again = try store.ingest(articles, batchSize: batch)
print("re-ingest (all unchanged: \(again.unchanged)): \(String(format: "%.2f", wallSeconds() - t)) s")

t = wallSeconds()
let extraction = try store.extraction()
let read = wallSeconds() - t
t = wallSeconds()
let graph = StakeholderGraph(extraction: extraction)
let engaged = try graph.whoEngaged("Alice Hartley")
let query = wallSeconds() - t
print("who --engaged \"Alice Hartley\" --db: read \(extraction.articles.count) articles, \(extraction.interactions.count) interactions in "
      + "\(String(format: "%.2f", read)) s; graph + query \(String(format: "%.2f", query)) s; \(engaged.entries.count) entries")

t = wallSeconds()
let recent = try store.extraction(filter: ExtractionFilter(from: Day(year: 2024, month: 1, day: 1)))
print("date-filtered read (2024 on): \(recent.articles.count) articles in \(String(format: "%.2f", wallSeconds() - t)) s")
