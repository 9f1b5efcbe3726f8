// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// `fr-en.preposition-contexts.tsv` (English prepositions selected by the governor or the object's head): loading,
/// errors with file and line, and its effect on translation.
@Suite struct PrepositionContextLexiconTests {
    static let rows = """
        # french<TAB>side<TAB>context_lemma<TAB>english<TAB>score
        de\tleft\taugmenter\tby\t0.6000
        à\tleft\tpermettre\t_\t0.7000
        à\tright\thôpital\tin\t0.5000
        à\tright\tnoël\tat\t0.7000

        """

    @Test func looksUpBySideAndContext() throws {
        let file = try TemporaryFile(Self.rows)
        let lexicon = try PrepositionContextLexicon(path: file.path)
        #expect(lexicon.count == 4)
        #expect(lexicon.choice("de", .left, context: "augmenter")?.english == "by")
        #expect(lexicon.choice("de", .left, context: "augmenter")?.score == 0.6)
        #expect(lexicon.choice("de", .right, context: "augmenter") == nil)
        #expect(lexicon.choice("à", .left, context: "augmenter") == nil)
        #expect(lexicon.english("à", left: nil, right: "hôpital") == "in")
        #expect(lexicon.english("à", left: "aller", right: "maison") == nil)
    }

    @Test func theHigherScoredSideWinsAndTheLeftOneOnATie() throws {
        let file = try TemporaryFile(Self.rows + "à\tleft\tfêter\tfor\t0.7000\n")
        let lexicon = try PrepositionContextLexicon(path: file.path)
        #expect(lexicon.english("à", left: "permettre", right: "hôpital") == "_")
        #expect(lexicon.english("à", left: "fêter", right: "noël") == "for")
    }

    @Test func anEarlierFileWinsWhereverItHasAMatch() throws {
        // The hand-written overrides load first: their governor row beats a higher-scored learnt object row.
        let overrides = try TemporaryFile("# overrides\nà\tleft\trésister\t_\t1.0\n")
        let learnt = try TemporaryFile(Self.rows + "à\tleft\trésister\tagainst\t0.9000\nà\tright\tpression\tunder\t0.9500\n")
        let lexicon = try PrepositionContextLexicon(paths: [overrides.path, learnt.path])
        #expect(lexicon.count == 7)
        #expect(lexicon.english("à", left: "résister", right: "pression") == "_")
        #expect(lexicon.choice("à", .left, context: "résister")?.english == "_")
        // Where the first file has no match, the later one decides.
        #expect(lexicon.english("à", left: "permettre", right: "pression") == "under")
        #expect(lexicon.english("de", left: "augmenter", right: nil) == "by")
    }

    @Test(arguments: [
        ("de\tabove\taugmenter\tby\t0.5\n", "side must be left or right"),
        ("de\tleft\taugmenter\tby\tmuch\n", "score is not a number"),
        ("de\tleft\t\tby\t0.5\n", "empty preposition, context or English"),
        ("de\tleft\taugmenter\tby\t0.5\nde\tleft\taugmenter\tto\t0.4\n", "the same context is listed twice"),
        ("de\tleft\taugmenter\tby\n", "expected 5 tab-separated columns, found 4"),
    ])
    func aBadLineNamesFileAndLine(_ body: String, _ reason: String) throws {
        let file = try TemporaryFile("# header\n" + body)
        let line = body.split(separator: "\n").count + 1
        #expect(throws: LexiconFormatError.badLine(file: file.path, line: line, reason: reason)) {
            try PrepositionContextLexicon(path: file.path)
        }
    }

    /// The fixture lexicons translate « à » as "to" and « de » as "of"; `contexts` replaces the learnt rows.
    private func translate(_ french: String, contexts: String) throws -> String {
        var lexicons = try TranslateFixtures.fixtureLexicons()
        let file = try TemporaryFile(contexts)
        lexicons.prepositionContexts = try PrepositionContextLexicon(path: file.path)
        let translator = SentenceTranslator(lexicons: lexicons)
        let sentence = TranslateFixtures.sentence(french)
        return try translator.process(TranslatedSentence(source: sentence, segments: [.passthrough(french)])).english
    }

    @Test func theObjectsHeadNounSelectsThePreposition() throws {
        let rows = "à\tright\tsouris\tat\t0.5\nà\tright\thomme\tabout\t0.8\n"
        let plain = try translate("Il voit le chat à la souris.", contexts: "")
        #expect(plain == "He sees the cat to the mouse.")
        let head = try translate("Il voit le chat à la souris.", contexts: rows)
        #expect(head == "He sees the cat at the mouse.")
        // The head is found across the article and an adjective.
        let acrossAdjective = try translate("Il voit le chat au grand homme.", contexts: rows)
        #expect(acrossAdjective == "He sees the cat about the great man.")
    }

    @Test func theGovernorSelectsThePrepositionAcrossAnAdverb() throws {
        let rows = "à\tleft\tmanger\tfrom\t0.6\n"
        let next = try translate("Il mange à la souris.", contexts: rows)
        #expect(next == "He eats from the mouse.")
        let acrossAdverb = try translate("Il mange aujourd'hui à la souris.", contexts: rows)
        #expect(acrossAdverb == "He eats today from the mouse.")
        // A noun between the verb and the preposition is the governor instead.
        let noun = try translate("Il mange le chat à la souris.", contexts: rows)
        #expect(noun == "He eats the cat to the mouse.")
    }

    @Test func anUnderscoreDropsThePrepositionAndTheHigherScoreWins() throws {
        let rows = "à\tleft\tdire\t_\t0.7\nà\tright\thomme\tabout\t0.8\nà\tright\tsouris\tat\t0.5\n"
        let object = try translate("Il dit à l'homme.", contexts: rows)
        #expect(object == "He says about the man.")
        let governor = try translate("Il dit à la souris.", contexts: rows)
        #expect(governor == "He says the mouse.")
    }

    @Test func aPrepositionBeforeAPronounIsLeftAlone() throws {
        let rows = "de\tleft\tdire\tfrom\t0.9\n"
        let plain = try translate("Il dit d'elle.", contexts: "")
        #expect(plain == "He says of her.")
        let withRow = try translate("Il dit d'elle.", contexts: rows)
        #expect(withRow == plain)
    }
}
