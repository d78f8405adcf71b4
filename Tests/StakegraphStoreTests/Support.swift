import Foundation
import GRDB
import StakegraphExtraction
import StakegraphStore

/// Synthetic articles: three acts each (criticism, meeting, support) between generated names.
enum Synthetic {
    static let first = ["Alice", "Brian", "Carla", "David", "Elena", "Farid", "Grace", "Hamid", "Irene", "Jonas"]
    static let last = ["Hartley", "Morgan", "Okafor", "Patel", "Quinn", "Rowe", "Stone", "Turner", "Usher", "Vance"]
    static let orgs = ["Northfield Council", "Ofsted", "Westmoor Trust", "Tamar Valley Hospital"]

    static func name(_ n: Int) -> String { "\(first[n % first.count]) \(last[(n + n / first.count) % last.count])" }

    static func article(_ i: Int, variant: Int = 0) -> Article {
        let a = name(i + variant * 7), b = name(i * 3 + 1 + variant)
        let text = "\(a) criticised \(b) over school funding on Monday. \(b) met \(a) in London to discuss the plans. "
            + "\(a) praised \(orgs[i % orgs.count]) for its work."
        let month = i % 12 + 1
        return Article(id: "syn-\(i)", title: "Story \(i)", date: .day(Day(year: 2015 + i % 10, month: month, day: i % 28 + 1)),
                       outlet: ["Synthetic Post", "Daily Sample"][i % 2], text: text, origin: "synthetic")
    }

    static func articles(_ count: Int) -> [Article] { (0..<count).map { article($0) } }

    /// The articles as a JSON Lines corpus.
    static func jsonLines(_ articles: [Article]) throws -> Data {
        var out = Data()
        for a in articles {
            let record: [String: String] = ["id": a.id, "title": a.title ?? "", "date": a.date?.description ?? "",
                                            "outlet": a.outlet ?? "", "text": a.text]
            out += try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
            out += Data("\n".utf8)
        }
        return out
    }
}

enum Fixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var samples: String { packageRoot.appendingPathComponent("Samples/articles").path }

    static func sampleArticles() throws -> [Article] {
        try ArticleLoader().load(paths: [samples]).articles
    }

    /// A fresh temporary directory; the caller removes it.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stakegraph-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Row counts of every store table.
    static func rowCounts(_ path: String) throws -> [String: Int] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            var counts: [String: Int] = [:]
            for table in ["article", "entity", "mention", "interaction", "evidence", "rule"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")
            }
            return counts
        }
    }
}

/// Runs the built `stakegraph` binary, which SwiftPM places beside the test bundle.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    static var binary: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("stakegraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return Fixture.packageRoot.appendingPathComponent(".build/debug/stakegraph")
    }

    static func process(_ arguments: [String], in directory: URL) -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        return process
    }

    static func run(_ arguments: [String], in directory: URL = Fixture.packageRoot) throws -> Result {
        let process = process(arguments, in: directory)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }
}
