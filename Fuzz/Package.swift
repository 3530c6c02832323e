// swift-tools-version:6.0
// The libFuzzer target for QuoteKit: a package of its own, so that the main package's `swift build` and
// `swift test` never build it. Build and run it with scripts/fuzz.sh (it passes -sanitize=fuzzer,address).
import PackageDescription

let package = Package(
    name: "QuoteKitFuzz",
    dependencies: [.package(name: "QuoteKit", path: "..")],
    targets: [
        // libFuzzer's driver, declared for Swift (the fuzzer runtime defines it).
        .target(name: "CFuzzDriver"),
        // No main.swift: SwiftPM links an executable's entry point as `QuoteKitFuzz_main`, which
        // FuzzTarget.swift defines to hand over to libFuzzer's driver.
        .executableTarget(
            name: "QuoteKitFuzz",
            dependencies: ["CFuzzDriver", .product(name: "QuoteKit", package: "QuoteKit")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
