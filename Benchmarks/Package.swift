// swift-tools-version:6.1
import PackageDescription

// A package of its own so that `swift test` in the main package never builds the benchmark
// harness. Run with: cd Benchmarks && swift package benchmark
let package = Package(
    name: "crosswise-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "WorldtimeBenchmarks",
            dependencies: [
                .product(name: "Worldtime", package: "crosswise"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/WorldtimeBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "ImportBenchmarks",
            dependencies: [
                .product(name: "CrosswiseStore", package: "crosswise"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/ImportBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
