// Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// Exit codes and error messages of the CLI.
@Suite struct ExitCodeTests {
    @Test func unknownOptionIsAUsageError() throws {
        let result = try CLIRunner.run(["translate", "--no-such-option"], stdin: "")
        #expect(result.exitCode == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--no-such-option"))
    }

    @Test func missingFileExitsWithOneAndNamesTheFile() throws {
        let result = try CLIRunner.run(["translate", "no/such/file.txt"], stdin: "")
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("no/such/file.txt"))
        #expect(result.stdout.isEmpty)
    }

    @Test func invalidUTF8NamesTheByteOffset() throws {
        let result = try CLIRunner.run(["segment"], stdin: Data([0x41, 0x0A, 0x42, 0xC3, 0x28, 0x0A]))
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("<stdin>: invalid UTF-8 at byte offset 3 (line 2)"))
    }

    @Test func oneBadFileDoesNotStopTheOthers() throws {
        let article = CLIRunner.repositoryRoot.appendingPathComponent("Corpus/fr/reference-article.txt").path
        let result = try CLIRunner.run(["normalize", "missing.txt", article], stdin: "")
        #expect(result.exitCode == 1)
        #expect(result.stdout.contains("Sergueï Ivanov"))
    }

    @Test func helpExitsWithZero() throws {
        let result = try CLIRunner.run(["translate", "--help"], stdin: "")
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("--line-mode"))
        #expect(result.stdout.contains("--glossary"))
    }
}
