// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Stakegraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "stakegraph", targets: ["stakegraph"]),
        .library(name: "StakegraphExtraction", targets: ["StakegraphExtraction"]),
        .library(name: "StakegraphGraph", targets: ["StakegraphGraph"]),
        .library(name: "StakegraphRender", targets: ["StakegraphRender"]),
        .library(name: "StakegraphStore", targets: ["StakegraphStore"]),
        .library(name: "StakegraphSynthesis", targets: ["StakegraphSynthesis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "StakegraphExtraction",
            dependencies: ["CLibXML2", "CZlib", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/stakeholders.yaml"), .copy("Resources/lexicon.yaml"), .copy("Resources/evaluative.yaml"),
                        .copy("Resources/web.yaml")]
        ),
        .target(name: "StakegraphGraph", dependencies: ["StakegraphExtraction"]),
        .target(name: "StakegraphSynthesis", dependencies: ["StakegraphExtraction"]),
        .target(
            name: "StakegraphStore",
            dependencies: [
                "StakegraphExtraction", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .target(name: "StakegraphRender", dependencies: ["StakegraphGraph", "StakegraphExtraction", "CGraphviz"]),
        .executableTarget(
            name: "stakegraph",
            dependencies: [
                "StakegraphExtraction", "StakegraphGraph", "StakegraphRender", "StakegraphStore", "StakegraphSynthesis",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "StakegraphExtractionTests", dependencies: ["StakegraphExtraction"]),
        .testTarget(name: "StakegraphGraphTests", dependencies: ["StakegraphGraph"]),
        .testTarget(name: "StakegraphRenderTests", dependencies: ["StakegraphRender"]),
        .testTarget(name: "StakegraphCLITests", dependencies: ["stakegraph", "StakegraphExtraction"]),
        .testTarget(
            name: "StakegraphStoreTests",
            dependencies: ["stakegraph", "StakegraphStore", "StakegraphExtraction", "StakegraphGraph",
                           .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)
