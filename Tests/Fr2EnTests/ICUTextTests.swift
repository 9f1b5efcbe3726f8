// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

@Suite struct ICUTextTests {
    @Test func composesDecomposedAccents() throws {
        #expect(try ICUText.normalize("e\u{301}te\u{301}", form: .nfc) == "été")
        #expect(try ICUText.normalize("été", form: .nfd).unicodeScalars.count == 5)
    }

    @Test func quickCheckSeesNormalisedText() throws {
        #expect(try ICUText.isNormalized("déjà", form: .nfc))
        #expect(try !ICUText.isNormalized("de\u{301}ja\u{300}", form: .nfc))
    }

    @Test func foldsCase() throws {
        #expect(try ICUText.foldCase("ÉTAT Straße") == "état strasse")
    }

    @Test func breaksFrenchSentencesKeepingMonsieur() throws {
        let breaker = try ICUSentenceBreaker(locale: "fr@ss=standard")
        let text = "M. Dupont est là. Il part."
        let ends = try breaker.boundaries(in: text)
        #expect(ends == [19, text.utf8.count])  // ICU counts the trailing space in
    }
}
