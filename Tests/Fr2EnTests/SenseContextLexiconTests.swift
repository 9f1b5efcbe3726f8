// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// `fr-en.sense-contexts.tsv` (senses selected by a neighbouring word) and the learnt collocations file read as
/// phrases after `fr-en.mwe.tsv`: loading, errors with file and line, and their effect on translation.
@Suite struct SenseContextLexiconTests {
    static let rows = """
        # fr_lemma<TAB>pos<TAB>side<TAB>context_lemma<TAB>en_lemma<TAB>score
        action\tn\tleft\tprix\tshare\t0.6667
        action\tn\tright\tbourse\tstock\t0.5000
        peine\tn\tright\tmort\tpenalty\t0.8000
        peine\tn\tleft\tréduction\tsentence\t0.8000

        """

    @Test func looksUpBySideAndContext() throws {
        let file = try TemporaryFile(Self.rows)
        let lexicon = try SenseContextLexicon(path: file.path)
        #expect(lexicon.count == 4)
        #expect(lexicon.sense("action", .noun, .left, context: "prix")?.english == "share")
        #expect(lexicon.sense("action", .noun, .left, context: "prix")?.score == 0.6667)
        #expect(lexicon.sense("action", .noun, .right, context: "prix") == nil)
        #expect(lexicon.sense("action", .verb, .left, context: "prix") == nil)
        #expect(lexicon.sense("action", .noun, left: nil, right: "bourse") == "stock")
        #expect(lexicon.sense("action", .noun, left: "marché", right: "politique") == nil)
    }

    @Test func handWrittenLayersComeFirstAndCanBeAskedAlone() throws {
        let handWritten = try TemporaryFile("passer\tvblex\tright\ttemps\tspend\t1.0\n")
        let learnt = try TemporaryFile(Self.rows + "passer\tvblex\tright\tfrontière\tcross\t0.6\n")
        let lexicon = try SenseContextLexicon(handWritten: [handWritten.path], learnt: [learnt.path])
        #expect(lexicon.sense("passer", .verb, left: nil, right: "temps", handWrittenOnly: true) == "spend")
        #expect(lexicon.sense("passer", .verb, left: nil, right: "frontière") == "cross")
        #expect(lexicon.sense("passer", .verb, left: nil, right: "frontière", handWrittenOnly: true) == nil)
        #expect(lexicon.sense("action", .noun, left: "prix", right: nil, handWrittenOnly: true) == nil)
    }

    @Test func theHigherScoredSideWinsAndTheLeftOneOnATie() throws {
        let file = try TemporaryFile(Self.rows)
        let lexicon = try SenseContextLexicon(path: file.path)
        #expect(lexicon.sense("action", .noun, left: "prix", right: "bourse") == "share")
        #expect(lexicon.sense("peine", .noun, left: "réduction", right: "mort") == "sentence")
    }

    @Test func severalNeighboursOnASideTheHighestScoreWins() throws {
        let file = try TemporaryFile(Self.rows)
        let lexicon = try SenseContextLexicon(path: file.path)
        // The nearest word (an adjective with no row), then the noun beyond it.
        #expect(lexicon.sense("peine", .noun, left: [], right: ["capital", "mort"]) == "penalty")
        #expect(lexicon.sense("action", .noun, left: ["nouveau", "prix"], right: ["grand", "bourse"]) == "share")
        #expect(lexicon.sense("action", .noun, left: ["nouveau"], right: ["grand", "bourse"]) == "stock")
        #expect(lexicon.sense("action", .noun, left: ["nouveau"], right: ["grand"]) == nil)
    }

    @Test(arguments: [
        ("action\tn\tabove\tprix\tshare\t0.5\n", "side must be left or right"),
        ("action\tn\tleft\tprix\tshare\tmuch\n", "score is not a number"),
        ("action\tnoun\tleft\tprix\tshare\t0.5\n", "unknown part of speech"),
        ("action\tn\tleft\t\tshare\t0.5\n", "empty lemma, context or English"),
        ("action\tn\tleft\tprix\tshare\t0.5\naction\tn\tleft\tprix\tstock\t0.4\n", "the same context is listed twice"),
        ("action\tn\tleft\tprix\tshare\n", "expected 6 tab-separated columns, found 5"),
    ])
    func aBadLineNamesFileAndLine(_ body: String, _ reason: String) throws {
        let file = try TemporaryFile("# header\n" + body)
        let line = body.split(separator: "\n").count + 1
        #expect(throws: LexiconFormatError.badLine(file: file.path, line: line, reason: reason)) {
            try SenseContextLexicon(path: file.path)
        }
    }

    @Test func phraseFilesLoadInOrderAndAnErrorNamesTheFileAtFault() throws {
        let first = try TemporaryFile("petit déjeuner\tbreakfast\tn\n")
        let second = try TemporaryFile("# learnt\nmoteur de recherche\tsearch engine\tn\nbureau\tdesk\tn\n")
        #expect(throws: LexiconFormatError.badLine(file: second.path, line: 3,
                                                   reason: "a multi-word expression needs two or more words")) {
            try PhraseLexicon(paths: [first.path, second.path])
        }
        let valid = try TemporaryFile("moteur de recherche\tsearch engine\tn\n")
        let lexicon = try PhraseLexicon(paths: [first.path, valid.path])
        #expect(lexicon.entries.map(\.english) == ["breakfast", "search engine"])
    }

    /// The fixture lexicons give `maison` → "house"; a context row makes it "home" after `voir`.
    private func translate(_ french: String, contexts: String) throws -> String {
        var lexicons = try TranslateFixtures.fixtureLexicons()
        let file = try TemporaryFile(contexts)
        lexicons.senseContexts = try SenseContextLexicon(path: file.path)
        let translator = SentenceTranslator(lexicons: lexicons)
        let sentence = TranslateFixtures.sentence(french)
        return try translator.process(TranslatedSentence(source: sentence, segments: [.passthrough(french)])).english
    }

    @Test func aMatchingContextWinsOverTheContextFreeSense() throws {
        let rows = "maison\tn\tleft\tvoir\thome\t0.9\n"
        #expect(try translate("Il voit la maison.", contexts: "") == "He sees the house.")
        #expect(try translate("Il voit la maison.", contexts: rows) == "He sees the home.")
        #expect(try translate("Il voit la maison.", contexts: "maison\tn\tright\tvoir\thome\t0.9\n")
            == "He sees the house.")
    }

    @Test func theContextIsTheNearestContentWordAndPastAdjectivesTheWordBeyondInTheSameClause() throws {
        let rows = "chat\tn\tleft\tvoir\ttomcat\t0.9\nchat\tn\tleft\tgrand\tkitty\t0.5\n"
        #expect(try translate("Il voit le chat.", contexts: rows) == "He sees the tomcat.")
        // « grand » stands between: it and « voir » beyond it are both looked at, the higher score wins.
        let adjective = try translate("Il voit le grand chat.", contexts: rows)
        #expect(adjective.hasSuffix(" tomcat."), "\(adjective)")
        let adjectiveRow = try translate("Il voit le grand chat.", contexts: "chat\tn\tleft\tgrand\tkitty\t0.5\n")
        #expect(adjectiveRow.hasSuffix(" kitty."), "\(adjectiveRow)")
        // « souris » stands between and has no row: « voir » is not looked at.
        let noun = try translate("Il voit la souris du chat.", contexts: rows)
        #expect(noun.hasSuffix(" cat."), "\(noun)")
        // A comma ends the clause.
        #expect(try translate("Il voit, le chat.", contexts: rows) == "He sees, the cat.")
    }
}
