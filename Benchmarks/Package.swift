// swift-tools-version:6.0
import PackageDescription

// Benchmarks live in their own package so the library never depends on the harness.
// Run: swift run -c release --package-path Benchmarks stakegraph-bench [--megabytes 100] [--seed 1] [--corpus FILE]
//      swift run -c release --package-path Benchmarks graph-bench [interactions] [stakeholders]
//      swift run -c release --package-path Benchmarks store-bench [articles]
//      swift run -c release --package-path Benchmarks html-bench [--data DIR] [--python PATH] [--worst N] [--dump DIR]
let package = Package(
    name: "StakegraphBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Stakegraph", path: ".."),
    ],
    targets: [
        .target(name: "BenchSupport"),
        .executableTarget(
            name: "stakegraph-bench",
            dependencies: [
                "BenchSupport",
                .product(name: "StakegraphExtraction", package: "Stakegraph"),
                .product(name: "StakegraphGraph", package: "Stakegraph"),
                .product(name: "StakegraphRender", package: "Stakegraph"),
                .product(name: "StakegraphSynthesis", package: "Stakegraph"),
            ]
        ),
        .executableTarget(
            name: "html-bench",
            dependencies: [
                "BenchSupport",
                .product(name: "StakegraphExtraction", package: "Stakegraph"),
            ]
        ),
        .executableTarget(
            name: "graph-bench",
            dependencies: [
                "BenchSupport",
                .product(name: "StakegraphGraph", package: "Stakegraph"),
                .product(name: "StakegraphExtraction", package: "Stakegraph"),
            ]
        ),
        .executableTarget(
            name: "store-bench",
            dependencies: [
                "BenchSupport",
                .product(name: "StakegraphStore", package: "Stakegraph"),
                .product(name: "StakegraphGraph", package: "Stakegraph"),
                .product(name: "StakegraphExtraction", package: "Stakegraph"),
            ]
        ),
    ]
)
