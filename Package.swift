// swift-tools-version:6.1
import Foundation
import PackageDescription

// Engines (Worldtime) depend on Foundation only, so `swift test --filter WorldtimeTests`
// builds in seconds. Storage and the web stack sit above them.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "crosswise",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "crosswise", targets: ["crosswise"]),
        .library(name: "Worldtime", targets: ["Worldtime"]),
        .library(name: "MessageCheck", targets: ["MessageCheck"]),
        .library(name: "CSVFiles", targets: ["CSVFiles"]),
        .library(name: "YAMLFiles", targets: ["YAMLFiles"]),
        .library(name: "Skills", targets: ["Skills"]),
        .library(name: "CrosswiseStore", targets: ["CrosswiseStore"]),
        .library(name: "FormBodies", targets: ["FormBodies"]),
        .library(name: "CrosswiseWeb", targets: ["CrosswiseWeb"]),
        .library(name: "Mail", targets: ["Mail"]),
        .library(name: "Culture", targets: ["Culture"]),
        .library(name: "Feedback", targets: ["Feedback"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
    ],
    targets: [
        .target(
            name: "Worldtime",
            resources: [
                .copy("Resources/regions.tsv"), .copy("Resources/tzdata.bin"),
                .copy("Resources/holidays.txt"), .copy("Resources/hindu-festivals.tsv"),
                .copy("Resources/places.tsv"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "MessageCheck",
            dependencies: ["Worldtime", "YAMLFiles", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/jargon.txt"), .copy("Resources/idioms.txt"), .copy("Resources/acronyms.txt"), .copy("Resources/regional.txt"), .copy("Resources/known-acronyms.txt"), .copy("Resources/common-words.txt"), .copy("Resources/LICENSE-WordNet.txt")],
            swiftSettings: strict
        ),
        // The RFC 4180 reader shared by the people import and the Moodle framework import.
        .target(name: "CSVFiles", swiftSettings: strict),
        // YAML from outside (framework imports, check settings) with size and alias limits.
        .target(name: "YAMLFiles", dependencies: [.product(name: "Yams", package: "Yams")], swiftSettings: strict),
        .target(
            name: "Skills",
            dependencies: ["CSVFiles", "YAMLFiles", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/framework.yaml")],
            swiftSettings: strict
        ),
        // Cultural briefs: one YAML file per country, the scales' sources, the pair view.
        .target(
            name: "Culture",
            dependencies: [.product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/briefs"), .copy("Resources/sources.yaml")],
            swiftSettings: strict
        ),
        // The anonymity rules of 360 reviews: which rater groups' figures and comments may be
        // shown. No framework content or storage, so its tests build in seconds.
        .target(name: "Feedback", swiftSettings: strict),
        .target(
            name: "CrosswiseStore",
            dependencies: [
                "Worldtime",
                "Skills",
                "CSVFiles",
                "Culture",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources/common-passwords.txt")],
            swiftSettings: strict
        ),
        // Form and upload bodies: URL-encoded pairs and multipart-kit's streaming parser, with
        // no server around them so the fuzz target builds in seconds.
        .target(
            name: "FormBodies",
            dependencies: [
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        // E-mail over SMTP: messages (RFC 5322/2045/2047) and a SwiftNIO client, no HTTP or SQL,
        // so the outbox worker and `crosswise mail test` share one sender.
        .target(
            name: "Mail",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "CrosswiseWeb",
            dependencies: [
                "FormBodies",
                "Worldtime",
                "Skills",
                "MessageCheck",
                "CrosswiseStore",
                "Culture",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources/templates"), .copy("Resources/static")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "crosswise",
            dependencies: [
                "Worldtime",
                "MessageCheck",
                "Skills",
                "CrosswiseStore",
                "CrosswiseWeb",
                "Mail",
                "Culture",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "WorldtimeTests", dependencies: ["Worldtime"], exclude: ["Fixtures"]),
        .testTarget(name: "MessageCheckTests", dependencies: ["MessageCheck"], exclude: ["Fixtures", "Corpus"]),
        .testTarget(name: "FormBodiesTests", dependencies: ["FormBodies", .product(name: "NIOCore", package: "swift-nio")]),
        .testTarget(name: "CSVFilesTests", dependencies: ["CSVFiles"]),
        .testTarget(
            name: "MailTests",
            dependencies: [
                "Mail",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "CultureTests", dependencies: ["Culture"]),
        .testTarget(name: "FeedbackTests", dependencies: ["Feedback"]),
        .testTarget(name: "SkillsTests", dependencies: ["Skills", "CSVFiles", "YAMLFiles"]),
        .testTarget(name: "CrosswiseStoreTests", dependencies: ["CrosswiseStore", "Skills", "CSVFiles", "Culture"]),
        .testTarget(
            name: "CrosswiseWebTests",
            dependencies: [
                "CrosswiseWeb",
                "CrosswiseStore",
                "FormBodies",
                "Skills",
                "Culture",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            // Read from the source tree by path (Snapshot.directory), not bundled.
            exclude: ["__Snapshots__"]
        ),
    ]
)

// Benchmarks (package-benchmark) join the package only when asked, so `swift build` and
// `swift test` never build the harness:
//   CROSSWISE_BENCHMARKS=1 swift package --scratch-path .build-bench benchmark
if ProcessInfo.processInfo.environment["CROSSWISE_BENCHMARKS"] != nil {
    package.dependencies.append(.package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]))
    for (name, engine) in [("WorldtimeBenchmarks", "Worldtime"), ("ImportBenchmarks", "CSVFiles"), ("MessageCheckBenchmarks", "MessageCheck"), ("SkillsBenchmarks", "Skills"), ("CultureBenchmarks", "Culture")] {
        package.targets.append(.executableTarget(
            name: name,
            dependencies: [.target(name: engine), .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/\(name)",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]))
    }
}

// Fuzz targets (libFuzzer, Fuzz/<Target>/) join the package only when asked, so `swift build`
// and `swift test` never build them. Asked, the package is the engines and the targets alone
// (no storage, web or CLI, and only Yams to fetch), so one sanitizer build makes them all:
//   CROSSWISE_FUZZ=1 swift build -c release --scratch-path .build-fuzz \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
// scripts/fuzz.sh runs that and then the targets (docs/FUZZING.md).
if ProcessInfo.processInfo.environment["CROSSWISE_FUZZ"] == "1" {
    let engines: Set<String> = ["Worldtime", "MessageCheck", "CSVFiles", "YAMLFiles", "Skills", "FormBodies"]
    package.targets.removeAll { !engines.contains($0.name) }
    package.products.removeAll()
    package.dependencies.removeAll { dependency in
        // Yams for the YAML readers; multipart-kit and swift-nio for FormBodies.
        if case .sourceControl(_, let location, _) = dependency.kind {
            return !["/Yams.git", "/multipart-kit.git", "/swift-nio.git"].contains { location.hasSuffix($0) }
        }
        return true
    }
    package.targets.append(.target(name: "FuzzDriver", path: "Fuzz/FuzzDriver"))
    package.targets.append(.target(name: "FuzzSupport", dependencies: ["FuzzDriver"], path: "Fuzz/FuzzSupport", swiftSettings: strict))
    let yams: Target.Dependency = .product(name: "Yams", package: "Yams")
    let targets: [(String, [Target.Dependency])] = [
        ("FuzzHolidayCalendar", ["Worldtime"]), ("FuzzWorkingHours", ["Worldtime"]), ("FuzzCSV", ["CSVFiles"]),
        ("FuzzFrameworkYAML", ["Skills", yams]), ("FuzzFrameworkCASE", ["Skills"]), ("FuzzFrameworkMoodle", ["Skills", "CSVFiles"]),
        ("FuzzMessageCheck", ["MessageCheck"]), ("FuzzCheckConfig", ["MessageCheck"]),
        ("FuzzFormBody", ["FormBodies", .product(name: "NIOCore", package: "swift-nio")]),
    ]
    for (name, engines) in targets {
        package.products.append(.executable(name: name, targets: [name]))
        package.targets.append(.executableTarget(
            name: name,
            dependencies: ["FuzzSupport"] + engines,
            path: "Fuzz/\(name)",
            exclude: ["corpus", "crashes", "\(name).dict"].filter { FileManager.default.fileExists(atPath: "\(Context.packageDirectory)/Fuzz/\(name)/\($0)") },
            swiftSettings: strict))
    }
}
