import Foundation
import FuzzDriver
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

/// The entry point SwiftPM links (`<module>_main`): libFuzzer's driver, calling `fuzz`.
@_cdecl("fuzz_dictionary_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzz($0, $1) }
}
