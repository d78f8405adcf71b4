import Foundation
import FuzzDriver
import StakegraphExtraction

/// Arbitrary bytes as an article's text, extracted serially and in parallel (split into
/// two articles): no crash, and both runs give the same result.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let half = text.index(text.startIndex, offsetBy: text.count / 2)
    let articles = [Article(id: "a", date: .day(Day(year: 2024, month: 3, day: 15)), outlet: "Fuzz Post", text: text, origin: "fuzz"),
                    Article(id: "b", text: String(text[half...]), origin: "fuzz")]
    let extractor = Extractor()
    let serial = extractor.extract(articles, parallel: false)
    let parallel = extractor.extract(articles, parallel: true)
    if serial != parallel { fatalError("serial and parallel extraction differ") }
    _ = try? serial.jsonData()
    return 0
}

/// The entry point SwiftPM links (`<module>_main`): libFuzzer's driver, calling `fuzz`.
@_cdecl("fuzz_extractor_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzz($0, $1) }
}
