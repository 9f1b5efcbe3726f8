// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// `en.possessives.tsv`: nouns listed per role; other roles and unlisted nouns are not possessive.
@Suite struct PossessiveNounsTests {
    @Test func rowsAreReadPerRole() throws {
        let file = try TemporaryFile("# lemma<TAB>role<TAB>possessives<TAB>of-phrases\ngovernment\towner\t7\t1\n"
                                     + "decision\towned\t4\t0\n")
        let nouns = try PossessiveNouns(path: file.path)
        #expect(nouns.contains("government", as: .owner))
        #expect(!nouns.contains("government", as: .owned))
        #expect(nouns.contains("decision", as: .owned))
        #expect(!nouns.contains("president", as: .owner))
    }

    @Test func anUnknownRoleIsAnError() throws {
        let bad = try TemporaryFile("government\tmaster\t7\t1\n")
        #expect(throws: LexiconFormatError.self) { try PossessiveNouns(path: bad.path) }
    }
}
