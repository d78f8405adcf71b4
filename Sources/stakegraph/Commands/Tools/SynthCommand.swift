import ArgumentParser
import Foundation
import StakegraphRender
import StakegraphSynthesis

struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write a deterministic corpus of invented articles, for benchmarks and stress tests.",
        discussion: """
        The same --seed always gives the same corpus: invented people and organisations that
        recur across articles, quotes, dates, and all five interaction types.

        Examples:
          stakegraph synth --articles 1000 --seed 7 -o corpus.jsonl
          stakegraph synth --megabytes 2 -o big.jsonl
          stakegraph synth --articles 20 --format markdown -o synth-articles/
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, markdown

        static var allValueDescriptions: [String: String] {
            Dictionary(uniqueKeysWithValues: allCases.map { format in
                switch format {
                case .jsonl: return (format.rawValue, "one file, or standard output")
                case .markdown: return (format.rawValue, "one file per article in the directory -o names")
                }
            })
        }
    }

    @Option(parsing: .unconditional, help: "How many articles to write.")
    var articles: Int?

    @Option(parsing: .unconditional, help: "Write articles until the corpus reaches this many megabytes (10^6 bytes) instead.")
    var megabytes: Double?

    @Option(parsing: .unconditional, help: "The corpus seed.")
    var seed: UInt64 = 1

    @Option(help: "Output format.")
    var format: Format = .jsonl

    @Option(name: .shortAndLong, help: "The .jsonl file (- for standard output), or the directory for markdown.")
    var output: String?

    func validate() throws {
        if articles == nil, megabytes == nil { throw ValidationError("Give --articles N or --megabytes M.") }
        if articles != nil, megabytes != nil { throw ValidationError("Give --articles or --megabytes, not both.") }
        if let articles, articles < 1 { throw ValidationError("--articles must be at least 1, not \(articles).") }
        if let megabytes, !(megabytes > 0 && megabytes <= 1e12) { throw ValidationError("--megabytes must be more than 0 and at most 10^12, not \(megabytes).") }
        if format == .markdown, output.map(OutputFile.isStandardOutput) ?? true { throw ValidationError("--format markdown needs -o DIRECTORY.") }
    }

    func run() throws {
        try runReportingErrors {
            let synthesizer = CorpusSynthesizer(seed: seed)
            let limit = megabytes.map { Int($0 * 1_000_000) }
            switch format {
            case .jsonl:
                try OutputFile.write(to: output ?? "-") { write in
                    var bytes = 0, index = 0
                    while index < (articles ?? Int.max), bytes < (limit ?? Int.max) {
                        let line = Data((synthesizer.jsonLine(index) + "\n").utf8)
                        try write(line)
                        bytes += line.count
                        index += 1
                    }
                }
            case .markdown:
                var bytes = 0, index = 0
                while index < (articles ?? Int.max), bytes < (limit ?? Int.max) {
                    let data = Data(synthesizer.markdown(index).utf8)
                    try OutputFile.write(data, to: (output! as NSString).appendingPathComponent(String(format: "synth-%06d.md", index)))
                    bytes += data.count
                    index += 1
                }
            }
        }
    }
}
