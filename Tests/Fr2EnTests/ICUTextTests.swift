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

    /// ICU works on UTF-16; the boundaries it finds must come back as UTF-8 byte offsets whatever the mix of one-,
    /// two-, three- and four-byte scalars (the last take two UTF-16 units), and eight-byte ASCII runs on either side.
    @Test(arguments: ["", "é", "’", "😀", "𝒜 et é", "« Déjà »", "aaaaaaaaaaaaaaaa", "été 😀 éèà ’’ 𝒜𝒜𝒜"])
    func breakOffsetsAreUTF8ByteOffsets(filler: String) throws {
        let breaker = try ICUSentenceBreaker(locale: "fr@ss=standard")
        let first = "Il a ri \(filler) ici. "
        let second = "Puis \(filler) il est parti loin. "
        let third = "Fin \(filler)"
        let ends = try breaker.boundaries(in: first + second + third)
        #expect(ends == [first.utf8.count, first.utf8.count + second.utf8.count,
                         first.utf8.count + second.utf8.count + third.utf8.count])
    }

    @Test func breakerHandlesALongParagraphAfterAShortOne() throws {
        let breaker = try ICUSentenceBreaker(locale: "fr@ss=standard")
        #expect(try breaker.boundaries(in: "Oui. Non.") == [5, 9])
        let sentence = "Le député a voté la loi 😀 à l’Assemblée nationale. "
        let long = String(repeating: sentence, count: 50_000)
        let ends = try breaker.boundaries(in: long)
        #expect(ends.count == 50_000)
        #expect(ends.last == long.utf8.count)
        #expect(ends.first == sentence.utf8.count)
        #expect(try breaker.boundaries(in: "Oui. Non.") == [5, 9])
    }
}
