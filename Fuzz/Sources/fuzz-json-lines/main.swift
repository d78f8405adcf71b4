import Foundation
import FuzzDriver
import StakegraphExtraction

/// Arbitrary bytes as a JSON Lines corpus, read whole and streamed from a file: both must
/// agree on success or failure, and neither may crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    var warnings: [InputWarning] = []
    let whole = try? ArticleLoader().parse(data: data, path: "fuzz.jsonl", id: "fuzz", jsonLines: true, warnings: &warnings)
    let path = NSTemporaryDirectory() + "stakegraph-fuzz-\(getpid()).jsonl"
    _ = FileManager.default.createFile(atPath: path, contents: data)
    defer { try? FileManager.default.removeItem(atPath: path) }
    var stream = ArticleStream(paths: [path])
    var streamed: [Article]? = []
    do { while let batch = try stream.next(bytes: 1 << 10) { streamed! += batch } } catch { streamed = nil }
    if (whole?.isEmpty ?? true) != (streamed?.isEmpty ?? true) {
        fatalError("whole read gave \(whole?.count ?? -1) articles, streamed read \(streamed?.count ?? -1)")
    }
    return 0
}

/// The entry point SwiftPM links (`<module>_main`): libFuzzer's driver, calling `fuzz`.
@_cdecl("fuzz_json_lines_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzz($0, $1) }
}
