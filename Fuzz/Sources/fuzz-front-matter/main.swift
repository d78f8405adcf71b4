import Foundation
import FuzzDriver
import StakegraphExtraction

/// Arbitrary bytes as a text article: decoding, front matter (YAML and plain), datelines.
/// Input errors are expected; a crash or a hang is the bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    var warnings: [InputWarning] = []
    _ = try? ArticleLoader().parse(data: data, path: "fuzz.md", id: "fuzz", jsonLines: false, warnings: &warnings)
    _ = try? ArticleLoader(usDates: true).parse(data: data, path: "fuzz.md", id: "fuzz", jsonLines: false, warnings: &warnings)
    return 0
}

/// The entry point SwiftPM links (`<module>_main`): libFuzzer's driver, calling `fuzz`.
@_cdecl("fuzz_front_matter_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzz($0, $1) }
}
