// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "QuoteKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "QuoteKit", targets: ["QuoteKit"]),
        .executable(name: "quotekit", targets: ["quotekit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The only place that includes ICU headers; its public header uses stdint types and opaque handles.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        // Thin C layers over the system SQLite and zlib (batch outputs, gzip inputs); same rule as CICU.
        .target(name: "CSQLite", linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(name: "CZlib", linkerSettings: [.linkedLibrary("z")]),
        .target(name: "QuoteKit", dependencies: ["CICU", "CSQLite", "CZlib"]),
        .executableTarget(
            name: "quotekit",
            dependencies: ["QuoteKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "quotekit-bench", dependencies: ["QuoteKit", "CICU"]),
        .testTarget(name: "QuoteKitTests", dependencies: ["QuoteKit"], exclude: ["Fixtures-scoring", "Fixtures-eval", "Golden/expected"]),
    ]
)
