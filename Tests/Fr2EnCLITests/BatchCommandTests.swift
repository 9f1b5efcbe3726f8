// Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// `fr2en batch` end to end: exit codes, report, progress output, resume, shards and merge.
@Suite struct BatchCommandTests {
    /// A temporary folder (world-writable, so that a test may run the tool as an unprivileged user).
    final class Folder {
        let path: String
        init() throws {
            path = FileManager.default.temporaryDirectory
                .appendingPathComponent("fr2en-cli-batch-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o777])
        }
        func write(_ relative: String, _ data: Data, permissions: Int = 0o644) throws {
            let file = path + "/" + relative
            try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o777])
            try data.write(to: URL(fileURLWithPath: file))
            try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: file)
        }
        func write(_ relative: String, _ text: String, permissions: Int = 0o644) throws {
            try write(relative, Data(text.utf8), permissions: permissions)
        }
        func read(_ relative: String) -> String? {
            try? String(contentsOfFile: path + "/" + relative, encoding: .utf8)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    static let text = "Le marché ouvre à huit heures. Les commerçants installent leurs étals.\n\nIl pleut ce matin.\n"

    @Test func helpDocumentsTheExitCodesAndOptions() throws {
        let result = try CLIRunner.run(["batch", "--help"])
        #expect(result.exitCode == 0)
        let help = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for expected in ["--jobs", "--shard", "--merge-manifests", "--force", "--progress", "--format",
                         "3 some inputs failed", "2 usage error", "1 the batch could not run"] {
            #expect(help.contains(expected), "help lacks \(expected)")
        }
    }

    @Test(arguments: [["batch"], ["batch", "only-one"], ["batch", "a", "b", "--jobs", "0"],
                      ["batch", "a", "b", "--shard", "4/4"], ["batch", "a", "b", "--shard", "x"],
                      ["batch", "--merge-manifests", "a", "b"]])
    func usageErrorsExitWithTwo(arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.exitCode == 2)
    }

    @Test func aBatchThatCannotRunExitsWithOne() throws {
        let folder = try Folder()
        try folder.write("in/a.txt", Self.text)
        try folder.write("not-a-folder", "x")
        let result = try CLIRunner.run(["batch", folder.path + "/in", folder.path + "/not-a-folder/out"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("cannot write to the output folder"))
        let missing = try CLIRunner.run(["batch", folder.path + "/missing", folder.path + "/out"])
        #expect(missing.exitCode == 1)
        #expect(missing.stderr.contains("not a folder"))
    }

    @Test func allGoodExitsWithZeroAndFailuresWithThree() throws {
        let folder = try Folder()
        try folder.write("in/a.txt", Self.text)
        try folder.write("in/b/c.md", "# Titre\n\n- un point\n")
        let good = try CLIRunner.run(["batch", "--progress", "none", folder.path + "/in", folder.path + "/out"])
        #expect(good.exitCode == 0, "\(good.stderr)")
        #expect(good.stdout.hasPrefix("fr2en batch: 2 inputs: 2 done, 0 unchanged, 0 empty, 0 failed, 0 skipped\n"))
        #expect(folder.read("out/a.en.txt") != nil && folder.read("out/a.summary.en.txt") != nil)
        #expect(folder.read("out/b/c.en.md")?.hasPrefix("# ") == true)

        try folder.write("in/bad.txt", Data([0x61, 0xC3, 0x28, 0x0A]))
        let bad = try CLIRunner.run(["batch", "--progress", "none", folder.path + "/in", folder.path + "/out"])
        #expect(bad.exitCode == 3)
        #expect(bad.stdout.contains("2 unchanged"))
        #expect(bad.stdout.contains("failed bad.txt: invalid UTF-8 at byte offset 1 (line 1)"))
        let auto = try CLIRunner.run(["batch", "--progress", "none", "--encoding", "auto", folder.path + "/in",
                                      folder.path + "/out"])
        #expect(auto.exitCode == 0)
        #expect(auto.stdout.contains("done bad.txt: not valid UTF-8: decoded as Windows-1252 from line 1"))
    }

    @Test func unreadableFilesFailWithTheirReason() throws {
        let folder = try Folder()
        try folder.write("in/a.txt", Self.text)
        try folder.write("in/secret.txt", Self.text, permissions: 0o000)
        let arguments = ["batch", "--progress", "none", folder.path + "/in", folder.path + "/out"]
        let result = getuid() == 0 ? try Self.runAsNobody(arguments) : try CLIRunner.run(arguments)
        #expect(result.exitCode == 3, "\(result.stderr)")
        #expect(result.stdout.contains("failed secret.txt: cannot open (Permission denied)"))
        #expect(folder.read("out/a.en.txt") != nil)
    }

    /// Root reads every file whatever its permissions: run fr2en as nobody (setpriv) so that they apply.
    static func runAsNobody(_ arguments: [String]) throws -> CLIRunner.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", CLIRunner.executable.path]
            + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["FR2EN_LEXICONS": CLIRunner.repositoryRoot.appendingPathComponent("Lexicons").path]) { _, new in new }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errorData = CLIRunner.readToEnd(errors.fileHandleForReading)
        let outData = CLIRunner.readToEnd(output.fileHandleForReading)
        process.waitUntilExit()
        return CLIRunner.Result(stdout: String(decoding: outData, as: UTF8.self),
                                stderr: String(decoding: errorData, as: UTF8.self),
                                exitCode: process.terminationStatus)
    }

    @Test func progressIsMachineReadableOrFreeOfControlCharacters() throws {
        let folder = try Folder()
        for index in 0..<4 { try folder.write("in/f\(index).txt", Self.text) }
        let jsonl = try CLIRunner.run(["batch", "--progress", "jsonl", folder.path + "/in", folder.path + "/out1"])
        #expect(jsonl.exitCode == 0)
        let events = jsonl.stderr.split(separator: "\n")
        #expect(events.count == 6)
        #expect(events.first == #"{"event":"start","total":4}"#)
        #expect(events[1...4].allSatisfy { $0.hasPrefix(#"{"event":"document","path":"f"#) })
        #expect(events.last?.hasPrefix(#"{"event":"finish","done":4,"total":4,"failed":0"#) == true)

        let plain = try CLIRunner.run(["batch", folder.path + "/in", folder.path + "/out2"])
        #expect(plain.exitCode == 0)
        #expect(plain.stderr.hasPrefix("fr2en batch: 4/4 done"))
        #expect(!plain.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "no control characters")
    }

    @Test func resumeRedoesOnlyTheDeletedOutput() throws {
        let folder = try Folder()
        for index in 0..<3 { try folder.write("in/f\(index).txt", "Numéro \(index). " + Self.text) }
        // A private copy of the data, so that its version cannot change between the runs.
        try FileManager.default.copyItem(atPath: CLIRunner.repositoryRoot.appendingPathComponent("Lexicons").path,
                                         toPath: folder.path + "/Lexicons")
        let arguments = ["batch", "--progress", "jsonl", "--lexicons", folder.path + "/Lexicons", folder.path + "/in",
                         folder.path + "/out"]
        #expect(try CLIRunner.run(arguments).exitCode == 0)
        try FileManager.default.removeItem(atPath: folder.path + "/out/f1.summary.en.txt")
        let rerun = try CLIRunner.run(arguments)
        #expect(rerun.exitCode == 0)
        let redone = rerun.stderr.split(separator: "\n").filter { $0.contains(#""reused":false"#) }
        #expect(redone.count == 1 && redone[0].contains(#""path":"f1.txt""#))
        #expect(rerun.stdout.contains("1 done, 2 unchanged"))
        let forced = try CLIRunner.run(arguments + ["--force"])
        #expect(forced.stdout.contains("3 done, 0 unchanged"))
    }

    @Test func shardsThenMergeGiveTheWholeCorpus() throws {
        let folder = try Folder()
        for index in 0..<12 { try folder.write("in/f\(index).txt", "Numéro \(index). " + Self.text) }
        var total = 0
        for index in 0..<3 {
            let result = try CLIRunner.run(["batch", "--progress", "none", "--format", "jsonl", "--shard", "\(index)/3",
                                            folder.path + "/in", folder.path + "/out"])
            #expect(result.exitCode == 0)
            let count = result.stdout.split(separator: " ")[4]  // "fr2en batch (shard i/3): N inputs"
            total += Int(count) ?? -100
        }
        #expect(total == 12)
        let merged = try CLIRunner.run(["batch", "--merge-manifests", folder.path + "/out"])
        #expect(merged.exitCode == 0)
        #expect(merged.stdout.hasPrefix("fr2en batch: 12 inputs: 12 done"))
        #expect(folder.read("out/corpus.jsonl")?.split(separator: "\n").count == 12)
    }
}
