// Licensed under the Apache License, Version 2.0.

import Testing

/// Where a pronoun's referent may come from (`DiscourseContext`): the previous sentence of the same paragraph, never
/// another paragraph, and in `--line-mode` never another line.
@Suite struct PronounContextCommandTests {
    @Test func paragraphModeCarriesTheReferentToTheNextSentence() throws {
        let result = try CLIRunner.run(["translate"], stdin: "La voiture est rouge. Elle est rapide.\n")
        #expect(result.exitCode == 0)
        #expect(result.stdout == "The car is red. It is fast.\n")
    }

    /// Decision: line mode is for files of independent segments (one sentence per line, aligned corpora), whose
    /// lines may come from unrelated texts; a line's translation depends on that line alone.
    @Test func lineModeTranslatesEveryLineOnItsOwn() throws {
        let result = try CLIRunner.run(["translate", "--line-mode"], stdin: "La voiture est rouge.\nElle est rapide.\n")
        #expect(result.exitCode == 0)
        #expect(result.stdout == "The car is red.\nShe is fast.\n")
    }

    @Test func aBlankLineEndsTheParagraphAndItsReferents() throws {
        let result = try CLIRunner.run(["translate"], stdin: "La voiture est rouge.\n\nElle est rapide.\n")
        #expect(result.exitCode == 0)
        #expect(result.stdout == "The car is red.\n\nShe is fast.\n")
    }
}
