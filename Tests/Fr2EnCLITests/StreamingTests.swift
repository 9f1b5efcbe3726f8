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
        let early = try Self.readFirstLine(from: output.fileHandleForReading, timeout: 30)
        #expect(!early.isEmpty)
        #expect(process.isRunning)

        input.fileHandleForWriting.write(Data("Dernier paragraphe.\n".utf8))
        try input.fileHandleForWriting.close()
        let rest = CLIRunner.readToEnd(output.fileHandleForReading)
        process.waitUntilExit()
        let all = early + String(decoding: rest, as: UTF8.self)
        #expect(process.terminationStatus == 0)
        // Three paragraphs (or lines) came out, the first of them before the input ended.
        #expect(all.split(separator: "\n").count >= 3)
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

    /// Reads from `handle` until a first complete line has arrived; fails after `timeout` seconds instead of
    /// hanging (the reads happen on another thread, and closing the pipe ends them).
    static func readFirstLine(from handle: FileHandle, timeout: TimeInterval) throws -> String {
        let box = TextBox()
        let arrived = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            while true {
                let data = handle.availableData
                if data.isEmpty { break }
                let text = box.append(String(decoding: data, as: UTF8.self))
                if text.contains("\n") { break }
            }
            arrived.signal()
        }
        guard arrived.wait(timeout: .now() + timeout) == .success else { throw StreamingTimeout(seen: box.text) }
        return box.text
    }

    /// Text shared between the reading thread and the test.
    final class TextBox: @unchecked Sendable {
        private let lock = NSLock()
        private var value = ""
        var text: String { lock.withLock { value } }
        func append(_ more: String) -> String { lock.withLock { value += more; return value } }
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
