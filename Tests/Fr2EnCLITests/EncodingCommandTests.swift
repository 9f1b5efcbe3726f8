// Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// `--encoding`: Windows-1252 and Latin-1 input, and the `auto` fallback that says what it did.
@Suite struct EncodingCommandTests {
    /// "Un été à Noël – œuvre." in Windows-1252.
    static let windows1252: [UInt8] = Array("Un ".utf8) + [0xE9, 0x74, 0xE9, 0x20, 0xE0, 0x20, 0x4E, 0x6F, 0xEB, 0x6C,
                                                         0x20, 0x96, 0x20, 0x9C] + Array("uvre.\n".utf8)

    @Test func windows1252IsDecodedWhenAskedFor() throws {
        let result = try CLIRunner.run(["normalize", "--encoding", "windows-1252"], stdin: Data(Self.windows1252))
        #expect(result.exitCode == 0)
        #expect(result.stdout == "Un été à Noël – œuvre.\n")
    }

    @Test func autoFallsBackAndSaysSo() throws {
        let result = try CLIRunner.run(["normalize", "--encoding", "auto"], stdin: Data(Self.windows1252))
        #expect(result.exitCode == 0)
        #expect(result.stdout == "Un été à Noël – œuvre.\n")
        #expect(result.stderr.contains("<stdin>: not valid UTF-8 from line 1 on; decoded as Windows-1252"))
    }

    @Test func autoLeavesValidUTF8Alone() throws {
        let result = try CLIRunner.run(["normalize", "--encoding", "auto"], stdin: "Un été.\n")
        #expect(result.stdout == "Un été.\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func utf8IsTheDefaultAndRejectsWindows1252() throws {
        let result = try CLIRunner.run(["normalize"], stdin: Data(Self.windows1252))
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("--encoding"))
    }
}
