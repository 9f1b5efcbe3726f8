// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// Which definition of a term is in force: user glossaries over the built-in one, later user files over earlier.
@Suite struct GlossaryPriorityTests {
    private func targets(_ glossary: Glossary, _ text: String) -> [String] {
        glossary.matches(in: GlossaryFixtures.sentence(text)).map(\.target)
    }

    @Test func userGlossaryOverridesBuiltIn() throws {
        let files = try GlossaryTempFiles()
        let builtIn = try files.write("builtin.tsv", "porte-parole\tspokesperson\nPékin\tBeijing\n")
        let user = try files.write("user.tsv", "porte-parole\tspokesman\n")
        let glossary = try Glossary.load(builtIn: builtIn, user: [user])
        #expect(targets(glossary, "Le porte-parole est à Pékin.") == ["spokesman", "Beijing"])
        let match = try #require(glossary.matches(in: GlossaryFixtures.sentence("un porte-parole")).first)
        #expect(match.entry.origin == GlossaryOrigin(priority: 1, file: user, line: 1))
    }

    @Test func laterUserGlossaryWins() throws {
        let files = try GlossaryTempFiles()
        let builtIn = try files.write("builtin.tsv", "OCS\tSCO\n")
        let first = try files.write("first.tsv", "OCS\tShanghai bloc\nPékin\tPeking\n")
        let second = try files.write("second.tsv", "OCS\tthe SCO\n")
        let glossary = try Glossary.load(builtIn: builtIn, user: [first, second])
        #expect(targets(glossary, "L'OCS se réunit à Pékin.") == ["the SCO", "Peking"])
        let reversed = try Glossary.load(builtIn: builtIn, user: [second, first])
        #expect(targets(reversed, "L'OCS se réunit à Pékin.") == ["Shanghai bloc", "Peking"])
    }

    @Test func overrideMatchesTheCanonicalForm() throws {
        let files = try GlossaryTempFiles()
        let builtIn = try files.write("builtin.tsv", "ministère de l'Intérieur\tInterior Ministry\n")
        let user = try files.write("user.tsv", "ministère  de l’Intérieur\tHome Office\n")
        let glossary = try Glossary.load(builtIn: builtIn, user: [user])
        #expect(glossary.count == 1)
        #expect(targets(glossary, "Le ministère de l'Intérieur a réagi.") == ["Home Office"])
    }

    @Test func userSpellingVariantOutranksBuiltInOnTheSameText() {
        let glossary = Glossary(entries: [
            GlossaryFixtures.entry("État islamique", "Islamic State", priority: 0),
            GlossaryFixtures.entry("Etat islamique", "ISIS", priority: 1),
        ])
        #expect(targets(glossary, "L'État islamique recule.") == ["ISIS"])
    }

    @Test func longerBuiltInTermBeatsShorterUserTerm() {
        let glossary = Glossary(entries: [
            GlossaryFixtures.entry("premier ministre britannique", "British Prime Minister", priority: 0),
            GlossaryFixtures.entry("premier ministre", "PM", priority: 1),
        ])
        #expect(targets(glossary, "Le premier ministre britannique et le premier ministre irlandais.")
                == ["British Prime Minister", "PM"])
    }

    @Test func equalPriorityLaterEntryWins() {
        let glossary = Glossary(entries: [
            GlossaryFixtures.entry("Pékin", "Peking", priority: 2, line: 1),
            GlossaryFixtures.entry("Pékin", "Beijing", priority: 2, line: 9),
            GlossaryFixtures.entry("Pékin", "Beiping", priority: 1, line: 4),
        ])
        #expect(glossary.count == 1)
        #expect(glossary.entries.first?.origin.line == 9)
        #expect(targets(glossary, "à Pékin") == ["Beijing"])
    }

    @Test func missingUserFileFails() throws {
        let files = try GlossaryTempFiles()
        let builtIn = try files.write("builtin.tsv", "Pékin\tBeijing\n")
        #expect(throws: GlossaryError.cannotOpen(file: "/no/such/user.tsv", reason: "No such file or directory")) {
            try Glossary.load(builtIn: builtIn, user: ["/no/such/user.tsv"])
        }
    }
}
