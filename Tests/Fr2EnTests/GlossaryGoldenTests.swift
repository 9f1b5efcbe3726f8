// Licensed under the Apache License, Version 2.0.

import Foundation
import Fr2En
import Testing

/// Golden files under `Golden/glossary/`: `<case>.input.txt` holds one sentence per line; the glossary is
/// `<case>.builtin.tsv` when present, else the shipped `Lexicons/fr-en.glossary.tsv`, plus `<case>.user.tsv` as a
/// user glossary when present; `<case>.expected.txt` holds one rendered sentence per line (pass-through text as is,
/// each term as `[[matched|target]]`).
@Suite struct GlossaryGoldenTests {
    static let golden = GoldenFolder(stage: "glossary")
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var cases: [String] { golden.cases }

    @Test func thereAreAtLeastFourCases() {
        #expect(Self.cases.count >= 4)
    }

    @Test(arguments: cases)
    func golden(_ name: String) throws {
        let file = { (suffix: String) in Self.golden.path(name, suffix) }
        let builtIn = FileManager.default.fileExists(atPath: file("builtin.tsv"))
            ? file("builtin.tsv") : Self.repositoryRoot.appendingPathComponent("Lexicons/fr-en.glossary.tsv").path
        let user = FileManager.default.fileExists(atPath: file("user.tsv")) ? [file("user.tsv")] : []
        let translator = GlossaryTranslator(glossary: try Glossary.load(builtIn: builtIn, user: user))
        let input = try String(contentsOfFile: file("input.txt"), encoding: .utf8)
        let expected = try String(contentsOfFile: file("expected.txt"), encoding: .utf8)
        var output = ""
        for line in input.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            output += GlossaryFixtures.render(try translator.process(GlossaryFixtures.sentence(String(line)))) + "\n"
        }
        #expect(output == expected)
    }
}
