// Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// Hostile input through the CLI (issue 6): `--line-mode` keeps one output line per input line whatever the line
/// holds, huge lines are translated rather than rejected, NUL bytes and encoded lone surrogates get the documented
/// treatment, and text that is not French is copied and reported instead of mangled.
@Suite struct HardeningCommandTests {
    static func lines(_ output: String) -> [Substring] {
        output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    }

    /// Lines that could each break "one line in, one line out": empty, blank, punctuation only, Unicode line and
    /// paragraph separators, NEL, vertical tab, form feed, lone carriage return, BOM and joiners mid-line, bidi
    /// controls, a 10,000-letter word.
    static let hostileLines = [
        "", " ", "\t\t", "...", "!!!???", "« »", "—", "(", ")", "…………",
        "Le chat\u{2028}dort.", "Un\u{2029}deux.", "Il\u{85}pleut.", "x\u{0B}q\u{0C}z", "seul\rretour",
        "a\u{FEFF}b", "e\u{301}\u{301}\u{301}", "\u{200D}\u{200D}", "\u{202E}txet\u{202C} inversé",
        String(repeating: "m", count: 10_000), "Fin.",
    ]

    @Test func lineModeWritesOneLinePerLineForHostileLines() throws {
        let result = try CLIRunner.run(["translate", "--line-mode"], stdin: Self.hostileLines.joined(separator: "\n")
                                           + "\n")
        #expect(result.exitCode == 0, "\(result.stderr)")
        let output = Self.lines(result.stdout)
        #expect(output.count == Self.hostileLines.count)
        // Blank input lines stay blank, and the last line is still the last line's translation.
        for (input, output) in zip(Self.hostileLines, output) where input.allSatisfy(\.isWhitespace) {
            #expect(output.isEmpty)
        }
        #expect(output.last == "End.")
    }

    @Test func oneMegabyteLinesAreTranslatedOnOneLine() throws {
        // 1 MB without sentence punctuation (cut into segments of at most 2,000 scalars), then 1.5 MB of one
        // "word" (also longer than the reader's 1 MiB line buffer), between two short lines.
        let words = String(repeating: String(repeating: "a", count: 999) + " ", count: 1_000)
        let word = String(repeating: "x", count: 1_500_000)
        let input = "Bonjour.\n" + words + "\n" + word + "\nFin.\n"
        let result = try CLIRunner.run(["translate", "--line-mode"], stdin: input)
        #expect(result.exitCode == 0, "\(result.stderr)")
        let output = Self.lines(result.stdout)
        #expect(output.count == 4)
        guard output.count == 4 else { return }
        #expect(output[1].count(where: { $0 == "a" }) == 999_000, "no letter dropped")
        #expect(output[2].count(where: { $0 == "x" }) == 1_500_000, "no letter dropped")
        #expect(output[3] == "End.")
    }

    /// Decision: a NUL byte means the input is not text. fr2en says so on stderr (with the byte offset) and exits
    /// with 1; what it wrote before (whole lines only) stays, nothing after is written. Batch mode skips such files.
    /// Decision: in `--line-mode` a line with a NUL byte or invalid UTF-8 is reported (file, byte offset, line) and
    /// kept, with NUL bytes dropped and invalid bytes as U+FFFD, so that every input line still gives one output
    /// line; the run then exits with 1. In paragraph mode such input stops the file with the same message.
    @Test func aNulByteIsReportedAndItsLineKeptInLineMode() throws {
        let input = Data("Bonjour.\nun\0deux\nFin.\n".utf8)
        let lines = try CLIRunner.run(["translate", "--line-mode"], stdin: input)
        #expect(lines.exitCode == 1)
        #expect(lines.stderr.contains("NUL byte at offset 11"))
        #expect(Self.lines(lines.stdout).count == 3)
        #expect(Self.lines(lines.stdout).last == "End.")
        let paragraphs = try CLIRunner.run(["translate"], stdin: input)
        #expect(paragraphs.exitCode == 1)
        #expect(paragraphs.stderr.contains("looks like a binary file (NUL byte at offset 11)"))
        #expect(!paragraphs.stdout.contains("End"))
    }

    /// An encoded lone surrogate (ED A0 80, "CESU" UTF-8) is invalid UTF-8: reported with its byte offset and line
    /// and, in line mode, kept as U+FFFD; with `--encoding auto` the rest of the input is read as Windows-1252,
    /// said on stderr, and every line still gives one line.
    @Test func anEncodedLoneSurrogateIsReportedOrDecodedAsAsked() throws {
        let bytes = Data("Bonjour.\ncaf".utf8) + Data([0xED, 0xA0, 0x80]) + Data(" noir\nFin.\n".utf8)
        let strict = try CLIRunner.run(["translate", "--line-mode"], stdin: bytes)
        #expect(strict.exitCode == 1)
        #expect(strict.stderr.contains("invalid UTF-8 at byte offset 12 (line 2)"))
        #expect(Self.lines(strict.stdout).count == 3)
        #expect(Self.lines(strict.stdout)[1].contains("\u{FFFD}"))
        let auto = try CLIRunner.run(["translate", "--line-mode", "--encoding", "auto"], stdin: bytes)
        #expect(auto.exitCode == 0)
        #expect(auto.stderr.contains("not valid UTF-8 from line 2 on; decoded as Windows-1252"))
        #expect(Self.lines(auto.stdout).count == 3)
        #expect(Self.lines(auto.stdout).last == "End.")
    }

    @Test func nonFrenchLinesAreCopiedAndReported() throws {
        let input = """
            The committee will publish its final report on the new railway next week.
            Der Ausschuss wird seinen Bericht über die neue Bahnstrecke nächste Woche veröffentlichen.
            for (int i = 0; i < n; i++) { total += x[i]; }
            ls -la | grep "*.txt" > out.log 2>&1
            Le comité publiera son rapport la semaine prochaine.

            """
        let text = try CLIRunner.run(["translate", "--line-mode"], stdin: input)
        let inputLines = input.split(separator: "\n")
        let output = Self.lines(text.stdout)
        #expect(output.count == 5)
        guard output.count == 5 else { return }
        #expect(Array(output[0..<4]) == Array(inputLines[0..<4]), "copied verbatim")
        #expect(output[4] != inputLines[4], "French is still translated")
        let jsonl = try CLIRunner.run(["translate", "--line-mode", "--format", "jsonl"], stdin: input)
        let reasons = jsonl.stdout.split(separator: "\n").map { line in
            ["\"untranslated\":\"not-french\"", "\"untranslated\":\"code\"", "\"untranslated\":null"]
                .first { line.contains($0) } ?? "missing"
        }
        #expect(reasons == ["\"untranslated\":\"not-french\"", "\"untranslated\":\"not-french\"",
                            "\"untranslated\":\"code\"", "\"untranslated\":\"code\"", "\"untranslated\":null"])
    }
}
