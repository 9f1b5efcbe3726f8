// swift-tools-version:6.0
// fr2en — offline French→English translation and summarisation.
import PackageDescription

let package = Package(
    name: "fr2en",
    products: [
        .library(name: "Fr2En", targets: ["Fr2En"]),
        .executable(name: "fr2en", targets: ["fr2en"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-async-algorithms", from: "1.1.4"),
    ],
    targets: [
        // System ICU 72 (Debian libicu-dev): link flags only. Never imported by Swift code,
        // because its headers clash with Foundation's own ICU (see Sources/CICU/README.md).
        .systemLibrary(
            name: "SystemICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        // Plain-C facade over ICU: its public header uses only C types, so Swift never sees ICU's.
        .target(name: "CICU", dependencies: ["SystemICU"]),
        .target(
            name: "Fr2En",
            dependencies: [
                "CICU",
                .product(name: "AsyncAlgorithms", package: "swift-async-algorithms"),
            ]
        ),
        .executableTarget(
            name: "fr2en",
            dependencies: [
                "Fr2En",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Golden files and fixtures are read through #filePath, not bundled as resources.
        .testTarget(name: "Fr2EnTests", dependencies: ["Fr2En"], exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "Fr2EnCLITests", dependencies: ["fr2en"]),
    ],
    swiftLanguageModes: [.v6]
)
