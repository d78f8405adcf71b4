import Foundation
import Testing
@testable import StakegraphExtraction

/// UTF-16 text with a byte-order mark is text, not a "binary file".
@Suite struct TextEncodingTests {
    static func utf16(_ text: String, bigEndian: Bool) -> Data {
        var data = Data(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
        for unit in text.utf16 {
            data.append(contentsOf: bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)])
        }
        return data
    }

    @Test(arguments: [false, true])
    func utf16WithAByteOrderMarkIsDecoded(bigEndian: Bool) throws {
        let text = "Orla Brennick criticised the Tarn Valley Council.\nCafé \u{1F600} — done.\n"
        var warnings: [InputWarning] = []
        let articles = try ArticleLoader().parse(data: Self.utf16(text, bigEndian: bigEndian), path: "u16.txt", id: "u16.txt",
                                                 jsonLines: false, warnings: &warnings)
        #expect(warnings.isEmpty)
        #expect(articles.first?.text == text)
    }

    @Test func brokenUTF16IsReplacedWithAWarningAndANulIsBinary() throws {
        var warnings: [InputWarning] = []
        var data = Self.utf16("ab\ncd", bigEndian: false)
        data.append(contentsOf: [0x00, 0xD8]) // an unpaired high surrogate
        let text = try TextDecoding.decode(data, path: "u.txt", warnings: &warnings)
        #expect(text == "ab\ncd\u{FFFD}")
        #expect(warnings == [InputWarning(path: "u.txt", line: 2, message: "invalid UTF-16 replaced with U+FFFD")])
        var nul = Self.utf16("ab", bigEndian: false)
        nul.append(contentsOf: [0x00, 0x00])
        #expect(throws: InputError.binaryFile(path: "n.txt", offset: 6)) { try TextDecoding.decode(nul, path: "n.txt", warnings: &warnings) }
    }

    @Test func aUTF16JSONLinesCorpusIsReadLineByLine() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("u16-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let corpus = "{\"id\": \"a\", \"text\": \"Orla Brennick spoke.\"}\r\n{\"id\": \"b\", \"text\": \"Café owners met.\"}\r\n"
        try Self.utf16(corpus, bigEndian: true).write(to: URL(fileURLWithPath: path))
        let loaded = try ArticleLoader().load(paths: [path])
        #expect(loaded.articles.map(\.id) == ["a", "b"])
        #expect(loaded.articles.map(\.text) == ["Orla Brennick spoke.", "Café owners met."])
        #expect(loaded.warnings.isEmpty)
    }

    @Test func anEmptyIDIsRefusedNamingTheLine() {
        let corpus = "{\"id\": \"a\", \"text\": \"Fine.\"}\n{\"id\": \"\", \"text\": \"Also fine.\"}\n"
        var warnings: [InputWarning] = []
        #expect(throws: InputError.malformedJSONLines(path: "c.jsonl", line: 2, reason: "empty 'id' (leave it out to get FILE:LINE)")) {
            try ArticleLoader().parse(data: Data(corpus.utf8), path: "c.jsonl", id: "c.jsonl", jsonLines: true, warnings: &warnings)
        }
    }
}
