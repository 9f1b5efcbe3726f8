// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// The glossary stage alone: sentence in, segments out.
@Suite struct GlossaryTranslatorTests {
    private let translator = GlossaryTranslator(glossary: GlossaryFixtures.glossary([
        "porte-parole": "spokesperson", "OCS": "SCO", "Pékin": "Beijing", "État islamique": "Islamic State",
    ]))

    @Test func alternatesPassthroughAndTerms() throws {
        let sentence = GlossaryFixtures.sentence("Le porte-parole de l'OCS est arrivé à Pékin.")
        let result = try translator.process(sentence)
        #expect(result.source == sentence)
        #expect(result.segments.count == 7)
        #expect(GlossaryFixtures.render(result)
                == "Le [[porte-parole|spokesperson]] de l'[[OCS|SCO]] est arrivé à [[Pékin|Beijing]].")
        #expect(result.english == "Le spokesperson de l'SCO est arrivé à Beijing.")
        #expect(result.glossaryMatches.map(\.range) == [3..<15, 21..<24, 38..<43])
    }

    @Test func passthroughKeepsTheDisplayText() throws {
        let text = "Selon le porte\u{2011}parole\u{A0}: «\u{A0}l’État islamique\u{A0}» recule."
        let result = try translator.process(GlossaryFixtures.sentence(text))
        #expect(result.segments == [
            .passthrough("Selon le "),
            .term(GlossaryMatch(entry: GlossaryFixtures.entry("porte-parole", "spokesperson", line: 1),
                                matchedText: "porte\u{2011}parole", range: 9..<21, target: "spokesperson")),
            .passthrough("\u{A0}: «\u{A0}l’"),
            .term(GlossaryMatch(entry: GlossaryFixtures.entry("État islamique", "Islamic State", line: 4),
                                matchedText: "État islamique", range: 28..<42, target: "Islamic State")),
            .passthrough("\u{A0}» recule."),
        ])
    }

    @Test func sentenceWithoutTermsIsOnePassthrough() throws {
        let result = try translator.process(GlossaryFixtures.sentence("Rien de neuf à Moscou."))
        #expect(result.segments == [.passthrough("Rien de neuf à Moscou.")])
        #expect(result.glossaryMatches.isEmpty)
    }

    @Test func sentenceThatIsOneTermHasNoPassthrough() throws {
        let result = try translator.process(GlossaryFixtures.sentence("Pékin"))
        #expect(result.segments.count == 1)
        #expect(result.english == "Beijing")
    }

    @Test func emptySentenceHasNoSegments() throws {
        let result = try translator.process(GlossaryFixtures.sentence(""))
        #expect(result.segments.isEmpty)
        #expect(result.english.isEmpty)
    }

    @Test func capitalisesOnlyAtSentenceStart() throws {
        let result = try translator.process(GlossaryFixtures.sentence("Porte-parole et porte-parole."))
        #expect(result.english == "Spokesperson et spokesperson.")
    }

    @Test func keepsParagraphAndOrdinal() throws {
        let sentence = Sentence(paragraph: 4, ordinal: 2, range: 10..<15, text: "Pékin", analysis: "Pékin")
        let result = try translator.process(sentence)
        #expect(result.source.paragraph == 4 && result.source.ordinal == 2)
        #expect(result.glossaryMatches.first?.range == 0..<5)
    }

    @Test func stageIdentity() {
        #expect(GlossaryTranslator.id == .glossary)
    }
}
