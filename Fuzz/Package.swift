// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets, in their own package so the library never depends on them.
// Build and run (see Docs/performance.md):
//   swift build -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library
//   Fuzz/.build/release/fuzz-extractor -max_total_time=600 Fuzz/corpus/extractor
let targets = ["fuzz-front-matter", "fuzz-json-lines", "fuzz-dictionary", "fuzz-extractor", "fuzz-web-page"]

let package = Package(
    name: "StakegraphFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Stakegraph", path: "..")],
    targets: [.target(name: "FuzzDriver")] + targets.map { name in
        .executableTarget(name: name, dependencies: ["FuzzDriver", .product(name: "StakegraphExtraction", package: "Stakegraph")])
    }
)
