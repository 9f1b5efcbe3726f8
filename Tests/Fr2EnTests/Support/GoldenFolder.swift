// Licensed under the Apache License, Version 2.0.

import Foundation

/// One stage's golden files, `Tests/Fr2EnTests/Golden/<stage>/`: a case is a `<case>.input.txt` with its
/// `<case>.expected.txt` (and whatever other `<case>.<suffix>` files the stage's suite reads).
struct GoldenFolder: Sendable {
    let url: URL

    init(stage: String) {
        url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden/\(stage)")
    }

    /// The case names: every `<case>.input.txt` in the folder, sorted.
    var cases: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return files.filter { $0.hasSuffix(".input.txt") }.map { String($0.dropLast(".input.txt".count)) }.sorted()
    }

    /// The path of `<name>.<suffix>`, e.g. `path("titles", "input.txt")`.
    func path(_ name: String, _ suffix: String) -> String {
        url.appendingPathComponent("\(name).\(suffix)").path
    }

    /// The UTF-8 text of `<name>.<suffix>`.
    func text(_ name: String, _ suffix: String) throws -> String {
        try String(contentsOfFile: path(name, suffix), encoding: .utf8)
    }
}
