// Licensed under the Apache License, Version 2.0.

import Foundation
import Fr2En
import Testing

/// Batch mode never reads or writes outside the folders it is given, whatever the manifest, the links or the
/// output folder's contents say. Each test snapshots a folder "dehors" (outside both) and proves it unchanged.
@Suite struct BatchPathSafetyTests {
    /// Every file below `path` with its content, for before/after comparisons (symlinks are listed, not followed).
    static func snapshot(_ path: String) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: path) else { return result }
        for case let relative as String in walker {
            if let data = FileManager.default.contents(atPath: path + "/" + relative) { result[relative] = data }
        }
        return result
    }

    static func manifestLine(path: String, outputs: [String]) -> String {
        JSONValue.object([
            ("path", .string(path)), ("sha256", .null), ("options", .string("o")), ("lexicons", .string("l")),
            ("status", .string("done")), ("outputs", .array(outputs.map { .string($0) })), ("error", .null),
            ("notes", .array([])),
        ]).rendered + "\n"
    }

    @Test func aHostileManifestCannotMakeTheBatchReadOrWriteOutside() async throws {
        let folder = try BatchTemporaryFolder()
        try folder.write("in/a.txt", BatchRunnerTests.article)
        try folder.write("dehors/secret.txt", "Ne pas lire ce texte secret.\n")
        try folder.write("dehors/victime.en.txt", "intact\n")
        let outside = folder.path + "/dehors"
        // A previous run's manifest, edited by an attacker: paths and outputs leading out of both folders.
        let hostile = Self.manifestLine(path: "../dehors/secret.txt", outputs: ["../dehors/victime.en.txt"])
            + Self.manifestLine(path: outside + "/secret.txt", outputs: [outside + "/victime.en.txt"])
            + Self.manifestLine(path: "a.txt", outputs: ["../dehors/victime.en.txt", "a.en.txt"])
            + Self.manifestLine(path: "sub/../../dehors/secret.txt", outputs: ["x/../../../dehors/y.en.txt"])
        try folder.write("out/manifest.jsonl", hostile)
        let before = Self.snapshot(outside)

        let report = try await BatchRunnerTests.run(folder.path + "/in", folder.path + "/out")
        #expect(report.outcomes.map(\.record.path.string) == ["a.txt"])
        #expect(report.outcomes.first?.record.status == .done)
        #expect(report.outcomes.first?.reused == false, "a record with an unsafe output path is not trusted")
        #expect(Self.snapshot(outside) == before)
        let written = folder.files().filter { $0.hasPrefix("out/") }
        #expect(!written.contains { $0.contains("secret") || $0.contains("victime") })
    }

    @Test func symlinksLeavingTheInputFolderAreNeverRead() async throws {
        let folder = try BatchTemporaryFolder()
        try folder.write("in/a.txt", BatchRunnerTests.article)
        try folder.write("dehors/secret.txt", "Le code secret est quarante-deux.\n")
        try folder.write("dehors/sous/autre.txt", "Un autre texte secret.\n")
        let input = folder.path + "/in"
        let links = [("absolu.txt", folder.path + "/dehors/secret.txt"), ("relatif.txt", "../dehors/secret.txt"),
                     ("dossier", "../dehors/sous"), ("racine", "/"), ("etc.txt", "/etc/passwd")]
        for (name, target) in links {
            try FileManager.default.createSymbolicLink(atPath: input + "/" + name, withDestinationPath: target)
        }
        let before = Self.snapshot(folder.path + "/dehors")

        let report = try await BatchRunnerTests.run(input, folder.path + "/out")
        let statuses = BatchRunnerTests.statuses(report)
        #expect(statuses["a.txt"] == .done)
        for (name, _) in links { #expect(statuses[name] == .skipped, "\(name)") }
        let outputs = folder.files().filter { $0.hasPrefix("out/") && $0.hasSuffix(".en.txt") }
        #expect(outputs.allSatisfy { $0.hasPrefix("out/a.") }, "\(outputs)")
        for output in outputs {
            let text = folder.read(output) ?? ""
            #expect(!text.contains("secret") && !text.contains("forty-two") && !text.contains("root:"))
        }
        #expect(Self.snapshot(folder.path + "/dehors") == before)
    }

    @Test func anOutputSubfolderThatIsASymlinkOutsideIsNotWrittenThrough() async throws {
        let folder = try BatchTemporaryFolder()
        try folder.write("in/sous/a.txt", BatchRunnerTests.article)
        try folder.write("in/b.txt", "Une phrase simple.\n")
        try folder.write("dehors/garde.txt", "x\n")
        try FileManager.default.createDirectory(atPath: folder.path + "/out", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/out/sous",
                                                   withDestinationPath: folder.path + "/dehors")
        let before = Self.snapshot(folder.path + "/dehors")

        let report = try await BatchRunnerTests.run(folder.path + "/in", folder.path + "/out")
        let statuses = BatchRunnerTests.statuses(report)
        #expect(statuses["b.txt"] == .done, "other documents are not affected")
        #expect(statuses["sous/a.txt"] == .failed)
        #expect(BatchRunnerTests.reasons(report)["sous/a.txt"]?.contains("symlinks are not followed") == true)
        #expect(Self.snapshot(folder.path + "/dehors") == before)
    }

    @Test func namesThatOnlyLookLikeEscapesAreOrdinaryFiles() async throws {
        let folder = try BatchTemporaryFolder()
        try folder.write("in/..a.txt", "Une phrase simple.\n")  // hidden (starts with '.'): skipped, not an escape
        try folder.write("in/a..b.txt", "Une phrase simple.\n")
        try folder.write("in/...txt", "Une phrase simple.\n")
        let report = try await BatchRunnerTests.run(folder.path + "/in", folder.path + "/out")
        let statuses = BatchRunnerTests.statuses(report)
        #expect(statuses["a..b.txt"] == .done)
        #expect(statuses["..a.txt"] == .skipped && statuses["...txt"] == .skipped)
        #expect(folder.exists("out/a..b.en.txt"))
    }
}
