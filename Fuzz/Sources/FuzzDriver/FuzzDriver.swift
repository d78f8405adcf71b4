/// libFuzzer's driver (in the `-sanitize=fuzzer` runtime), declared for Swift.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt

/// Runs libFuzzer with the process's arguments, calling `callback` with each input. SwiftPM
/// links an executable's entry point as `<module>_main`; each target defines that symbol
/// and calls this.
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                      _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt {
    var (count, values) = (argc, argv)
    return runDriver(&count, &values, callback)
}
