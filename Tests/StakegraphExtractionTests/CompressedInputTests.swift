import Foundation
import Testing
@testable import StakegraphExtraction

/// `.gz` inputs are decompressed before they are read; damaged ones are one error naming the file.
@Suite struct CompressedInputTests {
    /// gzip of a one-paragraph web page (an allotment society thanking a parish council).
    static let page = Data(base64Encoded: "H4sIAAAAAAACAz2OUQrCMBAFr/JOYC4QAqK/gqAXSNvVLN1mw2ZL6e0tCv4PMxOLL5LioNOeYjbnUSjFlp6FcGORwVRnnEXUF6qOh45MvqPkDi+5zjThutZFjXDPxr3gomsdWfBSg1F3Na7vAyZs2cnQ19ZkhyvYO9ph7qcYWorh3w+/n/Cd+wAA6XA5owAAAA==")!
    /// gzip of a one-record JSON Lines corpus.
    static let corpus = Data(base64Encoded: "H4sIAAAAAAACAxXIQQrCMBAF0L2n+MzaSgy6cSe6FQS9QGwGOzjNlHQKinh3yfK9L0mmA+i5pTUoJ+emGOKuC/suxLbOb297HxgXUX1UsxeOquYjF8fNemH/YKpJZs44L2W0yrimKvOAky2lF93Qb/UHxd87IW4AAAA=")!

    @Test func gzipDataIsDecompressed() throws {
        let html = String(decoding: try Gzip.decompress(Self.page), as: UTF8.self)
        #expect(html.hasPrefix("<html><body><article><p>The Millbrook Allotment Society"))
        #expect(throws: Gzip.Failure.notGzip) { try Gzip.decompress(Data("plain".utf8)) }
        #expect(throws: Gzip.Failure.truncated) { try Gzip.decompress(Self.page.prefix(30)) }
    }

    @Test func compressedPagesAndCorporaAreRead() throws {
        try withTemporaryFolder { folder in
            try folder.write("in/allotments.html.gz", bytes: Array(Self.page))
            try folder.write("in/corpus.jsonl.gz", bytes: Array(Self.corpus))
            let result = try ArticleLoader().load(paths: [folder.path("in")])
            #expect(result.articles.map(\.id) == ["allotments.html.gz", "g1"])
            #expect(result.articles.first?.text.hasPrefix("The Millbrook Allotment Society has thanked") == true)
            #expect(result.articles.last?.date == ArticleDate.parse("2024-05-02"))
            #expect(result.warnings.isEmpty)
        }
    }

    @Test func aDamagedGzipFileIsOneErrorNamingIt() throws {
        try withTemporaryFolder { folder in
            let cut = try folder.write("cut.txt.gz", bytes: Array(Self.page.prefix(40)))
            #expect(throws: InputError.badCompression(path: cut, reason: Gzip.Failure.truncated.description)) {
                try ArticleLoader().load(paths: [cut])
            }
            let fake = try folder.write("fake.html.gz", "<html></html>")
            #expect(throws: InputError.badCompression(path: fake, reason: Gzip.Failure.notGzip.description)) {
                try ArticleLoader().load(paths: [fake])
            }
        }
    }
}
