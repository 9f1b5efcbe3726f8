// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// The word-class back-off of `PrepositionTransfer`: `à` + `at-noun` → "at" unless a verb of motion governs it,
/// and a learnt `fr-en.preposition-contexts.tsv` row wins over the class; `de` after a `change-noun` → "in" unless
/// an amount follows.
@Suite struct PrepositionTransferTests {
    /// The fixture lexicons (« à » → "to") with `classes` as the only word classes and `contexts` as the learnt rows.
    private func translate(_ french: String, classes: [WordClasses.WordClass: Set<String>],
                           contexts: String = "") throws -> String {
        var lexicons = try TranslateFixtures.fixtureLexicons()
        let file = try TemporaryFile(contexts)
        lexicons.prepositionContexts = try PrepositionContextLexicon(path: file.path)
        lexicons.classes = WordClasses(classes)
        let translator = SentenceTranslator(lexicons: lexicons)
        let sentence = TranslateFixtures.sentence(french)
        return try translator.process(TranslatedSentence(source: sentence, segments: [.passthrough(french)])).english
    }

    @Test func anAtNounMakesAAt() throws {
        #expect(try translate("Il voit le chat à la souris.", classes: [:]) == "He sees the cat to the mouse.")
        #expect(try translate("Il voit le chat à la souris.", classes: [.atNoun: ["souris"]])
                == "He sees the cat at the mouse.")
        // Found across the article and an adjective.
        #expect(try translate("Il voit le chat au grand homme.", classes: [.atNoun: ["homme"]])
                == "He sees the cat at the great man.")
    }

    @Test func aVerbOfMotionKeepsTo() throws {
        let classes: [WordClasses.WordClass: Set<String>] = [.atNoun: ["souris"], .motionVerb: ["manger"]]
        #expect(try translate("Il mange à la souris.", classes: classes) == "He eats to the mouse.")
        // Across the verb's object.
        #expect(try translate("Il mange le chat à la souris.", classes: classes) == "He eats the cat to the mouse.")
    }

    @Test func aLearntRowWinsOverTheClass() throws {
        let rows = "à\tright\tsouris\tabout\t0.5\n"
        #expect(try translate("Il voit le chat à la souris.", classes: [.atNoun: ["souris"]], contexts: rows)
                == "He sees the cat about the mouse.")
    }

    @Test func aChangeNounTakesInUnlessAnAmountFollows() throws {
        let classes: [WordClasses.WordClass: Set<String>] = [.changeNoun: ["chat"]]
        #expect(try translate("Il voit le chat de la souris.", classes: [:]) == "He sees the cat of the mouse.")
        #expect(try translate("Il voit le chat de la souris.", classes: classes) == "He sees the cat in the mouse.")
        #expect(try translate("Il voit le chat de 5 souris.", classes: classes) == "He sees the cat of 5 mice.")
        #expect(try translate("Il voit le chat d'un homme.", classes: classes) == "He sees the cat of a man.")
    }
}
