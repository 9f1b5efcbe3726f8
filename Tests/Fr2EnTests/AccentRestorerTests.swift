// Licensed under the Apache License, Version 2.0.

@testable import Fr2En
import Testing

/// Words typed without (or with the wrong) accents find their lexicon form.
@Suite struct AccentRestorerTests {
    static func restorer() throws -> AccentRestorer {
        let file = try TemporaryFile("""
            août\taoût\tn.m.sg
            succès\tsuccès\tn.m.sp
            événement\tévénement\tn.m.sg
            élevé\télever\tvblex.pp.m.sg
            thé\tthé\tn.m.sg
            """ + "\n")
        return try withExtendedLifetime(file) { AccentRestorer(morphology: try MorphLexicon(path: file.path)) }
    }

    @Test func missingAndWrongAccentsAreRestored() throws {
        let restorer = try Self.restorer()
        #expect(restorer.restore("aout") == "août")
        #expect(restorer.restore("succés") == "succès")
        #expect(restorer.restore("evenement") == "événement")
        #expect(restorer.restore("eleve") == "élevé")
    }

    @Test func shortUnknownAndKnownWordsAreLeftAlone() throws {
        let restorer = try Self.restorer()
        #expect(restorer.restore("the") == nil)
        #expect(restorer.restore("maison") == nil)
        #expect(restorer.restore("succès") == nil)
        #expect(restorer.restore("a1b2") == nil)
    }
}
