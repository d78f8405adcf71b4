import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Inputs and arguments that used to get misleading messages, or none.
@Suite struct InputMessageTests {
    static let article = "The Hallam Teachers Union has accused Brookfield Academy Trust of ignoring staff.\nThe Hallam Teachers Union welcomed the plan.\n"

    static func utf16(_ text: String, bigEndian: Bool) -> Data {
        var data = Data(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
        for unit in text.utf16 {
            data.append(contentsOf: bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)])
        }
        return data
    }

    @Test func utf16TextWithAByteOrderMarkIsRead() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plain = dir.appendingPathComponent("plain.txt")
        try Data(Self.article.utf8).write(to: plain)
        let expected = try CLIRunner.run(["extract", plain.path])
        for bigEndian in [false, true] {
            let file = dir.appendingPathComponent("plain.txt")
            try Self.utf16(Self.article, bigEndian: bigEndian).write(to: file)
            let result = try CLIRunner.run(["extract", file.path])
            #expect(result.status == 0, "\(result.stderr)")
            // No decoding warning: only the undated-article notice the UTF-8 file gives too.
            #expect(result.stderr == expected.stderr)
            #expect(result.stdoutData == expected.stdoutData)
        }
        #expect(expected.stdout.contains("Brookfield Academy Trust"))
        let corpus = dir.appendingPathComponent("c.jsonl")
        try Self.utf16("{\"id\": \"k1\", \"text\": \"The Hallam Teachers Union has accused Brookfield Academy Trust of ignoring staff.\"}\r\n", bigEndian: false).write(to: corpus)
        let jsonl = try CLIRunner.run(["extract", corpus.path])
        #expect(jsonl.status == 0, "\(jsonl.stderr)")
        #expect(jsonl.stdout.contains("\"k1\"") && jsonl.stdout.contains("Brookfield Academy Trust"))
    }

    @Test func aFIFOIsReadAsAStream() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("news.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "printf '%s' \"$0\" > \"$1\"", Self.article, fifo]
        try writer.run()
        let result = try CLIRunner.run(["extract", fifo])
        // Should the command not have read the FIFO, this opens it so that the writer ends.
        let unblock = open(fifo, O_RDONLY | O_NONBLOCK)
        writer.waitUntilExit()
        close(unblock)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Brookfield Academy Trust"))
    }

    @Test(arguments: [
        (["graph", "Samples/articles", "--depth", "-1"], "--depth must be 0 or more"),
        (["graph", "Samples/articles", "--min-weight", "-2"], "--min-weight must be 1 or more"),
        (["graph", "Samples/articles", "--top", "-3"], "--top must be 1 or more"),
        (["ingest", "Samples/articles", "--batch", "-5"], "--batch must be 1 or more"),
        (["synth", "--articles", "-4"], "--articles must be at least 1"),
        (["synth", "--megabytes", "inf"], "--megabytes must be more than 0"),
        (["compare", "Samples/articles", "--period", "2018..2020", "--period", "2023..", "--threshold", "nan"], "--threshold must be a number from 0 to 2"),
        (["compare", "Samples/articles", "--period", "2018..2020", "--period", "2023..", "--threshold", "-0.5"], "--threshold must be a number from 0 to 2"),
        (["compare", "Samples/articles", "--period", "2018..2020", "--period", "2018..2020"], "overlap"),
        (["compare", "Samples/articles", "--period", "2018..2021", "--period", "2020.."], "overlap"),
        (["compare", "Samples/articles", "--period", "2023..2025", "--period", "2018..2020"], "give the earlier period first"),
        (["compare", "Samples/articles", "--period", "2018..2020..2022", "--period", "2023"], "more than one '..'"),
        (["compare", "Samples/articles", "--period", "2018-2020", "--period", "2023"], "invalid date '2018-2020'"),
        (["graph", "Samples/articles", "--from", "0000"], "there is no year 0000"),
        (["who", "Samples/articles", "--engaged", "Ofsted", "--to", "0000-06"], "there is no year 0000"),
        (["extract", "Samples/articles", "--assume-date", "0000"], "--assume-date takes"),
    ])
    func badValuesGetAClearLine(arguments: [String], message: String) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!result.stderr.contains("Missing value"))
    }

    @Test func anEmptyJSONLinesIDIsRefusedNamingFileAndLine() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("c.jsonl")
        try Data("{\"id\": \"k1\", \"text\": \"The Kestrel Union praised Ms Holt.\"}\n{\"id\": \" \", \"text\": \"The Kestrel Union met Ms Holt.\"}\n".utf8).write(to: corpus)
        let output = dir.appendingPathComponent("out.json")
        let result = try CLIRunner.run(["extract", corpus.path, "-o", output.path])
        #expect(result.status == 1)
        #expect(result.stderr == "stakegraph: error: \(corpus.path):2: malformed JSON Lines record: empty 'id' (leave it out to get FILE:LINE)\n")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
