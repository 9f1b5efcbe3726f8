// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// `le N1 de X` → "X's N1" with hand-made possessive lists (the shipped list is learnt, and changes with the data):
/// owned decision and profit, owners government and company.
@Suite struct GenitiveTransferTests {
    private static let nouns = PossessiveNouns([.owned: ["decision", "profit"], .owner: ["government", "company"]])

    private func translate(_ french: String) throws -> String {
        var lexicons = try TranslateFixtures.shippedLexicons()
        lexicons.possessiveNouns = Self.nouns
        let translator = SentenceTranslator(lexicons: lexicons)
        return try translator.process(TranslatedSentence(source: TranslateFixtures.sentence(french),
                                                         segments: [.passthrough(french)])).english
    }

    @Test(arguments: [
        ("La décision du gouvernement est tombée.", "The government's decision"),
        ("La décision de l'entreprise est tombée.", "The company's decision"),
        ("La décision de Nicolas Sarkozy est tombée.", "Nicolas Sarkozy's decision"),
        ("Les trois décisions du gouvernement sont tombées.", "The government's three decisions"),
        ("La décision du gouvernement allemand est tombée.", "The German government's decision"),
        ("On attend les bénéfices des entreprises.", "companies' profits"),
    ])
    func listedNounsTakeThePossessive(_ french: String, _ expected: String) throws {
        let english = try translate(french)
        #expect(english.contains(expected), "\(french) → \(english)")
    }

    @Test(arguments: [
        ("La décision du président est tombée.", "The decision of the president"),
        ("Une décision du gouvernement est tombée.", "A decision of the government"),
        ("La décision du gouvernement de Paris est tombée.", "The decision of the government of Paris"),
        ("La décision du gouvernement et du parlement est tombée.", "The decision of the government and"),
        ("La décision de Marie, qui est partie, est tombée.", "The decision of Marie,"),
        ("La fin du gouvernement est proche.", "The end of the government"),
    ])
    func otherPhrasesKeepOf(_ french: String, _ expected: String) throws {
        let english = try translate(french)
        #expect(english.contains(expected), "\(french) → \(english)")
    }

    @Test func withoutListsNothingChanges() throws {
        var lexicons = try TranslateFixtures.shippedLexicons()
        lexicons.possessiveNouns = PossessiveNouns()
        let french = "La décision du gouvernement est tombée."
        let english = try SentenceTranslator(lexicons: lexicons)
            .process(TranslatedSentence(source: TranslateFixtures.sentence(french), segments: [.passthrough(french)]))
            .english
        #expect(english.hasPrefix("The decision of the government"))
    }
}
