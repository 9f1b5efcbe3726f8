// Licensed under the Apache License, Version 2.0.

@testable import Fr2En
import Testing

/// `PhraseCondition`: the optional fourth column of `fr-en.mwe.tsv` (where an expression holds), its loading and the
/// matcher's fallback to the next row of the same words where a condition fails.
@Suite struct PhraseConditionTests {
    static let rows = """
        de plus\tmoreover\tadv\tclause-start
        de plus\talso\tadv\tbetween-verbs
        de plus\tmore\tadv
        près de\tnearly\tadv\tbefore-number
        près de\tnear\tpr
        jusqu'à\tup to\tpr\tbefore-amount
        jusqu'à\tuntil\tpr
        """

    /// The English of the expression starting at the first token whose text is (or else starts with) `word`, with the conditions judged
    /// as the sentence translator judges them.
    func expressionEnglish(_ fixture: PhraseMatcherTests.Fixture, _ sentence: String, at word: String) -> String? {
        let tokens = fixture.tokenizer.tokenize(sentence, atSentenceStart: true)
        let lowered = tokens.map { token -> String in
            if case .word = token.kind { return token.text.lowercased() }
            return ""
        }
        let analyses = tokens.map { token -> [MorphAnalysis] in
            if case .word = token.kind { return fixture.lexicons.morphology.analyses(token.text.lowercased()) }
            return []
        }
        // Elided words may come out with a typographic apostrophe, or joined to the next word.
        let texts = tokens.map { String($0.text.lowercased().map { $0 == "\u{2019}" ? "'" : $0 }) }
        guard let start = texts.firstIndex(of: word.lowercased()) ?? texts.firstIndex(where: { $0.hasPrefix(word) })
        else { return nil }
        return fixture.matcher.match(at: start, lowered: lowered, analyses: analyses,
                                     holds: { $0.holds(over: $1, tokens: tokens, analyses: analyses) })?.entry.english
    }

    @Test(arguments: [
        ("De plus, il pleut.", "moreover"),
        ("Il est parti et, de plus, il pleut.", "moreover"),
        ("Il est parti et de plus il pleut.", "moreover"),
        ("Il a de plus décidé de partir.", "also"),
        ("Ils ont acheté 20 avions de plus.", "more"),
        ("Il gagne 7 % de plus que l'an dernier.", "more"),
        ("Il n'y a rien de plus simple.", "more"),
    ])
    func dePlusDependsOnWhereItStands(_ sentence: String, _ english: String) throws {
        let fixture = try PhraseMatcherTests.Fixture(Self.rows)
        #expect(expressionEnglish(fixture, sentence, at: "de") == english)
    }

    @Test(arguments: [
        ("Il a invité près de 50 personnes.", "près", "nearly"),
        ("Il attend près de deux ans.", "près", "nearly"),
        ("Il habite près de la gare.", "près", "near"),
        ("Il a payé jusqu'à 700 euros.", "jusqu", "up to"),
        ("Il a payé jusqu'à 2000 euros.", "jusqu", "up to"),
        ("Il attend jusqu'à 2015.", "jusqu", "until"),
        ("Il attend jusqu'à demain.", "jusqu", "until"),
    ])
    func numbersAfterTheExpression(_ sentence: String, _ word: String, _ english: String) throws {
        let fixture = try PhraseMatcherTests.Fixture(Self.rows)
        #expect(expressionEnglish(fixture, sentence, at: word) == english)
    }

    @Test func withoutAContextConditionalRowsDoNotMatch() throws {
        let fixture = try PhraseMatcherTests.Fixture(Self.rows)
        #expect(fixture.match("De plus, il pleut.", at: "De").match?.entry.english == "more")
    }

    @Test func theConditionIsLoaded() throws {
        let file = try TemporaryFile(Self.rows)
        let lexicon = try PhraseLexicon(path: file.path)
        #expect(lexicon.entries.map(\.condition) == [.clauseStart, .betweenVerbs, nil, .beforeNumber, nil, .beforeAmount, nil])
    }

    @Test func anUnknownConditionIsAnError() throws {
        let file = try TemporaryFile("de plus\tmoreover\tadv\tsentence-start\n")
        #expect(throws: LexiconFormatError.self) { try PhraseLexicon(path: file.path) }
    }
}
