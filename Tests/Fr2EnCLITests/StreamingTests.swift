// Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// The CLI writes output before its input has ended, and line mode keeps one output line per input line.
@Suite struct StreamingTests {
    /// Feeds the first paragraphs, waits for their translation to come out, and only then ends the input.
    @Test(arguments: [["translate"], ["translate", "--line-mode"], ["segment"], ["normalize"]])
    func outputStartsBeforeInputEnds(arguments: [String]) throws {
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = CLIRunner.repositoryRoot
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        input.fileHandleForWriting.write(Data("Premier paragraphe. Il est court.\n\nDeuxième paragraphe.\n\n".utf8))
        // The first paragraph is complete (a blank line follows it): its output must arrive while stdin is open.
        let early = try Self.read(from: output.fileHandleForReading, until: "Premier", timeout: 20)
        #expect(early.contains("Premier"))
        #expect(process.isRunning)

        input.fileHandleForWriting.write(Data("Dernier paragraphe.\n".utf8))
        try input.fileHandleForWriting.close()
        let rest = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let all = early + String(decoding: rest, as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(all.contains("Dernier"))
        #expect(all.range(of: "Premier")!.lowerBound < all.range(of: "Dernier")!.lowerBound)
    }

    @Test func lineModeWritesExactlyOneLinePerInputLine() throws {
        var lines: [String] = []
        var generator = SplitMix64(seed: 2024)
        let shapes = ["", "   ", "…", "!!!", "« Oui ! »", "M. Dupont est arrivé. Il repart demain.",
                      "Le gouvernement a annoncé 3,5 millions d'euros.", "l'État islamique", "\t", "1 000"]
        for i in 0..<3000 {
            lines.append(shapes[Int(generator.next() % UInt64(shapes.count))] + (i % 7 == 0 ? " n° \(i)" : ""))
        }
        let result = try CLIRunner.run(["translate", "--line-mode"], stdin: lines.joined(separator: "\n") + "\n")
        #expect(result.exitCode == 0)
        let outputLines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(outputLines.count == 3001)  // 3000 lines, each ending in "\n"
        #expect(outputLines.last == "")
    }

    @Test func lineModeWithoutFinalNewlineStillWritesTheLastLine() throws {
        let result = try CLIRunner.run(["translate", "--line-mode"], stdin: "un\n\ndeux")
        #expect(result.stdout.split(separator: "\n", omittingEmptySubsequences: false).count == 4)
    }

    @Test func crlfInputGivesTheSameLinesAsLF() throws {
        let lf = try CLIRunner.run(["translate", "--line-mode"], stdin: "Bonjour.\nAu revoir.\n")
        let crlf = try CLIRunner.run(["translate", "--line-mode"], stdin: "Bonjour.\r\nAu revoir.\r\n")
        #expect(lf.stdout == crlf.stdout)
    }

    /// Reads from `handle` until `marker` appears (or fails after `timeout` seconds).
    static func read(from handle: FileHandle, until marker: String, timeout: TimeInterval) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = ""
        while !text.contains(marker) {
            guard Date() < deadline else { throw StreamingTimeout(seen: text) }
            let data = handle.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        return text
    }

    struct StreamingTimeout: Error { var seen: String }
}

/// A small deterministic random generator for test data.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
