// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// The sentence translator as a stage: glossary terms stay untouched, unknown words are kept and reported.
@Suite struct TranslateSentenceTests {
    static func term(_ french: String, _ english: String, at range: Range<Int>) -> GlossaryMatch {
        GlossaryMatch(entry: GlossaryEntry(term: french, translation: english,
                                           origin: GlossaryOrigin(priority: 1, file: "test.tsv", line: 1)),
                      matchedText: french, range: range, target: english)
    }

    @Test func glossaryTermsComeOutUnchanged() throws {
        let translator = try SentenceTranslator(lexicons: TranslateFixtures.fixtureLexicons())
        let match = Self.term("souris", "Mighty Mouse", at: 10..<16)
        let input = TranslatedSentence(source: TranslateFixtures.sentence("Le chat a souris noire."),
                                       segments: [.passthrough("Le chat a "), .term(match), .passthrough(" noire.")])
        let output = try translator.process(input)
        #expect(output.glossaryMatches == [match])
        #expect(output.segments.contains(.term(match)))
        #expect(output.english.contains("Mighty Mouse"))
        #expect(!output.segments.contains { if case .passthrough = $0 { true } else { false } })
    }

    @Test func termsAreNounsForReordering() throws {
        let translator = try SentenceTranslator(lexicons: TranslateFixtures.fixtureLexicons())
        let match = Self.term("Zorglub", "Zorglub Inc.", at: 3..<10)
        let input = TranslatedSentence(source: TranslateFixtures.sentence("Le Zorglub voit la maison."),
                                       segments: [.passthrough("Le "), .term(match), .passthrough(" voit la maison.")])
        #expect(try translator.process(input).english == "The Zorglub Inc. sees the house.")
    }

    @Test func adjectivesMoveBeforeTheNoun() throws {
        let translator = try SentenceTranslator(lexicons: TranslateFixtures.fixtureLexicons())
        let input = TranslatedSentence(source: TranslateFixtures.sentence("Le chat noir a vu la souris."),
                                       segments: [.passthrough("Le chat noir a vu la souris.")])
        #expect(try translator.process(input).english == "The black cat saw the mouse.")
    }

    @Test func unknownWordsAreKeptReportedAndOptionallyMarked() throws {
        let text = "Le chat voit Zorglub et blorf."
        let input = TranslatedSentence(source: TranslateFixtures.sentence(text), segments: [.passthrough(text)])
        let plain = try SentenceTranslator(lexicons: TranslateFixtures.fixtureLexicons()).process(input)
        #expect(plain.english == "The cat sees Zorglub and blorf.")
        #expect(plain.unknownWords == ["Zorglub", "blorf"])
        let marked = try SentenceTranslator(lexicons: TranslateFixtures.fixtureLexicons(),
                                            options: .init(markUnknown: true)).process(input)
        #expect(marked.english == "The cat sees *Zorglub and *blorf.")
    }

    @Test func englishPunctuationSpacing() throws {
        let text = "Le chat ( noir ) voit « la maison » !"
        let input = TranslatedSentence(source: TranslateFixtures.sentence(text), segments: [.passthrough(text)])
        #expect(try SentenceTranslator(lexicons: TranslateFixtures.fixtureLexicons()).process(input).english
                == "The cat (black) sees “the house”!")
    }
}
