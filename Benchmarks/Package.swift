// swift-tools-version:6.0
import PackageDescription

// Benchmarks live in their own package so the library never depends on the harness.
// Run: swift run -c release --package-path Benchmarks stakegraph-bench [--megabytes 100] [--seed 1] [--corpus FILE]
//      swift run -c release --package-path Benchmarks graph-bench [interactions] [stakeholders]
//      swift run -c release --package-path Benchmarks store-bench [articles]
let package = Package(
    name: "StakegraphBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Stakegraph", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "stakegraph-bench",
            dependencies: [
                .product(name: "StakegraphExtraction", package: "Stakegraph"),
                .product(name: "StakegraphGraph", package: "Stakegraph"),
                .product(name: "StakegraphRender", package: "Stakegraph"),
                .product(name: "StakegraphSynthesis", package: "Stakegraph"),
            ]
        ),
        .executableTarget(
            name: "graph-bench",
            dependencies: [
                .product(name: "StakegraphGraph", package: "Stakegraph"),
                .product(name: "StakegraphExtraction", package: "Stakegraph"),
            ]
        ),
        .executableTarget(
            name: "store-bench",
            dependencies: [
                .product(name: "StakegraphStore", package: "Stakegraph"),
                .product(name: "StakegraphGraph", package: "Stakegraph"),
                .product(name: "StakegraphExtraction", package: "Stakegraph"),
            ]
        ),
    ]
)
