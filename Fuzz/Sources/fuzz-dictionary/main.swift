import Foundation
import StakegraphExtraction

/// Arbitrary bytes as a stakeholder dictionary (YAML), then the dictionary put to use.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    guard let dictionary = try? StakeholderDictionary(yaml: text, path: "fuzz.yaml") else { return 0 }
    var merged = StakeholderDictionary.standard
    merged.merge(dictionary)
    _ = Extractor(dictionary: merged).extract([Article(id: "a", text: "The union met the council on Monday.", origin: "fuzz")])
    return 0
}

// SwiftPM links an executable's entry point as `fuzz_dictionary_main`; here it hands over to libFuzzer's
// driver (the `-sanitize=fuzzer` runtime), which calls `LLVMFuzzerTestOneInput` above.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt

@_cdecl("fuzz_dictionary_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var (count, values) = (argc, argv)
    return runDriver(&count, &values) { fuzz($0, $1) }
}
