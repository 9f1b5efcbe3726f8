// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// `ForeignTextGuard`: sentences that are not French are copied as they are and reported; French stays translated.
@Suite struct ForeignTextGuardTests {
    static let pipeline: TranslationPipeline = {
        try! TranslationPipeline.standard(lexicons: LexiconDirectory(path: LexiconDirectory.packageLexiconsPath))
    }()

    static func translate(_ text: String) throws -> [TranslatedSentence] {
        try pipeline.translate(Paragraph(index: 0, text: text)).sentences
    }

    @Test(arguments: [
        ("The committee will publish its final report on the new railway next week.", UntranslatedReason.notFrench),
        ("Der Ausschuss wird seinen Bericht über die neue Bahnstrecke veröffentlichen.", .notFrench),
        ("for (int i = 0; i < n; i++) { total += x[i]; }", .code),
        ("if [ -f \"$HOME/.profile\" ]; then source ~/.profile; fi", .code),
        ("SELECT name, count(*) FROM users WHERE id = 3 GROUP BY name;", .notFrench),
    ])
    func nonFrenchIsCopiedVerbatimAndReported(text: String, reason: UntranslatedReason) throws {
        let sentences = try Self.translate(text)
        #expect(sentences.map(\.untranslated) == sentences.map { _ in reason })
        #expect(sentences.map(\.english).joined(separator: " ") == text)
    }

    @Test(arguments: [
        "Le conseil municipal a voté le budget de la ville.",
        "Ce stratagème a échoué.",
        "Jean-Luc Mélenchon, Marine Le Pen et Emmanuel Macron se sont rencontrés à Strasbourg.",
        "Le taux = 3,5 % et l'inflation < 2 %.",
        "3,14159 42 1 000 000",
        "Il a dit « I love Paris » en souriant devant les journalistes.",
        "**Le conseil** a voté *le budget* de la ville.",
        "Voir [le rapport](https://exemple.fr/?a=1&b=2) du conseil municipal.",
    ])
    func frenchStaysTranslated(text: String) throws {
        for sentence in try Self.translate(text) { #expect(sentence.untranslated == nil, "\(sentence.source.text)") }
    }

    @Test func aSentenceWithAGlossaryTermIsNeverCopied() {
        let text = "The OCS summit will be held next week in the capital city."
        let count = text.unicodeScalars.count
        let source = Sentence(paragraph: 0, ordinal: 0, range: 0..<count, text: text, analysis: text)
        let entry = GlossaryEntry(term: "OCS", translation: "SCO", origin: GlossaryOrigin(priority: 1, file: "t",
                                                                                               line: 1))
        let match = GlossaryMatch(entry: entry, matchedText: "OCS", range: 4..<7, target: "SCO")
        let unknown = ["summit", "will", "be", "held", "next", "week", "in", "the", "capital", "city"]
        let sentence = TranslatedSentence(source: source, segments: [.translated("The "), .term(match),
                                                                     .translated(" summit…")],
                                          unknownWords: unknown)
        let guarded = ForeignTextGuard()
        #expect(guarded.reason(for: sentence) == .notFrench)
        #expect(guarded.process(sentence) == sentence)
    }

    @Test func countsSmallWordsAndCodeSymbols() {
        let counts = ForeignTextGuard.count("Aujourd'hui, l'été est peut-être x[i] = 3;")
        #expect(counts.smallWords == 5)  // l'été, est, peut-être, x, i
        #expect(counts.codeSymbols == 4)  // [ ] = ;
    }
}
