// swift-tools-version:6.0
// Fuzz targets for fr2en (issue 6). A separate package, so the root package's `swift build` / `swift test` never
// build these executables, which link only with libFuzzer (their `main` calls `LLVMFuzzerRunDriver`). Build:
//   swift build -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer,address --scratch-path .build-fuzz-lf
// Run them through scripts/fuzz, which also knows each target's seed corpus (Fuzz/Corpus/<target>/).
import PackageDescription

/// One libFuzzer entry point (`LLVMFuzzerTestOneInput`) per target; the name is the corpus folder's name.
let targets = ["normalize", "split", "glossary", "lexicon", "translate", "summarize"]

func executableName(_ target: String) -> String {
    "Fuzz" + target.prefix(1).uppercased() + target.dropFirst()
}

let package = Package(
    name: "fr2en-fuzz",
    products: targets.map { .executable(name: "fuzz-\($0)", targets: [executableName($0)]) },
    dependencies: [.package(name: "fr2en", path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver", .product(name: "Fr2En", package: "fr2en")]),
    ] + targets.map {
        .executableTarget(name: executableName($0),
                          dependencies: ["FuzzSupport", .product(name: "Fr2En", package: "fr2en")])
    },
    swiftLanguageModes: [.v6]
)
