import Foundation
import FuzzDriver
import StakegraphExtraction

/// Arbitrary bytes as a saved web page (libxml2's HTML parser, the article extractor, the
/// metadata reader) and as gzip data. Input errors are expected; a crash or a hang is the bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    var warnings: [InputWarning] = []
    _ = try? WebArticleReader().article(from: data, path: "fuzz.html", id: "fuzz", warnings: &warnings)
    _ = try? Gzip.decompress(data, limit: 1 << 24)
    return 0
}

/// The entry point SwiftPM links (`<module>_main`): libFuzzer's driver, calling `fuzz`.
@_cdecl("fuzz_web_page_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzz($0, $1) }
}
