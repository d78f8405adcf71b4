import Foundation
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

// SwiftPM links an executable's entry point as `fuzz_front_matter_main`; here it hands over to libFuzzer's
// driver (the `-sanitize=fuzzer` runtime), which calls `LLVMFuzzerTestOneInput` above.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt

@_cdecl("fuzz_front_matter_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var (count, values) = (argc, argv)
    return runDriver(&count, &values) { fuzz($0, $1) }
}
