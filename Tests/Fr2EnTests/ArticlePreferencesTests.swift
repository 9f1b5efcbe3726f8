// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// `en.article-preferences.tsv` loading (errors name file and line) and the definite-article rule it drives.
@Suite struct ArticlePreferencesTests {
    static let header = "# form<TAB>context<TAB>lemma<TAB>bare_rate<TAB>count\n"

    @Test func loadsRatesByFormAndContext() throws {
        let file = try TemporaryFile(Self.header + "children\tplain\tchild\t0.7419\t25\nchildren\tbefore-de\tchild\t0.2000\t9\n"
            + "growth\tafter-de\tgrowth\t0.5000\t6\n")
        let preferences = try ArticlePreferences(path: file.path)
        #expect(preferences.bareRate("children", .plain) == 0.7419)
        #expect(preferences.prefersBare("children", .plain))
        #expect(!preferences.prefersBare("children", .beforeDe))
        // Exactly one half is not "mostly bare"; an unlisted word or context keeps "the".
        #expect(!preferences.prefersBare("growth", .afterDe))
        #expect(!preferences.prefersBare("growth", .plain))
        #expect(preferences.bareRate("child", .plain) == nil)
    }

    @Test(arguments: [
        ("children\tgeneric\tchild\t0.7\t25\n", "unknown context \"generic\" (plain, after-de, before-de)"),
        ("children\tplain\tchild\t1.5\t25\n", "bare rate must be a number from 0 to 1"),
        ("children\tplain\tchild\tmany\t25\n", "bare rate must be a number from 0 to 1"),
        ("children\tplain\tchild\t0.7\t2.5\n", "count must be a whole number"),
        ("children\tplain\tchild\t0.7\n", "expected 5 tab-separated columns, found 4"),
        ("\tplain\tchild\t0.7\t25\n", "bad English form \"\""),
        ("children\tplain\tchild\t0.7\t25\nchildren\tplain\tchild\t0.6\t20\n", "children plain listed twice"),
    ])
    func aBadLineNamesFileAndLine(_ body: String, _ reason: String) throws {
        let file = try TemporaryFile(Self.header + "people\tplain\tperson\t0.7500\t50\n" + body)
        let line = body.split(separator: "\n").count == 2 ? 4 : 3
        #expect(throws: LexiconFormatError.badLine(file: file.path, line: line, reason: reason)) {
            try ArticlePreferences(path: file.path)
        }
    }

    static let overridesHeader = "# english<TAB>contexts<TAB>article\n"

    @Test func handWrittenOverridesWinOverTheLearntRates() throws {
        let rates = try TemporaryFile(Self.header + "project\tplain\tproject\t0.9000\t25\n")
        let overrides = try TemporaryFile(Self.overridesHeader + "Congress\tplain,after-de\tbare\n"
            + "global warming\tplain\tbare\nproject\tplain\tthe\n")
        let preferences = try ArticlePreferences(path: rates.path, overridesPath: overrides.path)
        #expect(preferences.prefersBare("Congress", .plain))
        #expect(preferences.prefersBare("Congress", .afterDe))
        // "the Congress of Deputies": a context the row does not list keeps "the".
        #expect(!preferences.prefersBare("Congress", .beforeDe))
        #expect(preferences.override("Congress", .beforeDe) == nil)
        #expect(preferences.prefersBare("global warming", .plain))
        #expect(preferences.override("project", .plain) == false)
        #expect(!preferences.prefersBare("project", .plain))
        #expect(preferences.bareRate("project", .plain) == 0.9)
    }

    @Test(arguments: [
        ("Congress\tplain\tnone\n", "unknown article \"none\" (bare, the)"),
        ("Congress\tplain,generic\tbare\n", "unknown context \"generic\" (plain, after-de, before-de)"),
        ("Congress\t\tbare\n", "unknown context \"\" (plain, after-de, before-de)"),
        (" Congress\tplain\tbare\n", "bad English \" Congress\""),
        ("Congress\tplain\n", "expected 3 tab-separated columns, found 2"),
        ("Congress\tplain\tbare\nCongress\tafter-de,plain\tbare\n", "Congress plain listed twice"),
    ])
    func aBadOverrideNamesFileAndLine(_ body: String, _ reason: String) throws {
        let rates = try TemporaryFile(Self.header)
        let file = try TemporaryFile(Self.overridesHeader + "NASA\tplain\tbare\n" + body)
        let line = body.split(separator: "\n").count == 2 ? 4 : 3
        #expect(throws: LexiconFormatError.badLine(file: file.path, line: line, reason: reason)) {
            try ArticlePreferences(path: rates.path, overridesPath: file.path)
        }
    }

    @Test func theShippedFileLoads() throws {
        let preferences = try TranslateFixtures.shippedLexicons().articlePreferences
        #expect(preferences.prefersBare("children", .plain))
        #expect(!preferences.prefersBare("project", .plain))
    }

    private func translate(_ french: String, _ preferences: ArticlePreferences) throws -> String {
        var lexicons = try TranslateFixtures.shippedLexicons()
        lexicons.articlePreferences = preferences
        let translator = SentenceTranslator(lexicons: lexicons)
        let sentence = TranslateFixtures.sentence(french)
        return try translator.process(TranslatedSentence(source: sentence, segments: [.passthrough(french)])).english
    }

    @Test func anEmptyTableKeepsEveryArticle() throws {
        #expect(try translate("Les enfants jouent.", ArticlePreferences()) == "The children play.")
    }

    @Test func aBareWordLosesItsArticleOnlyInItsContext() throws {
        let preferences = ArticlePreferences([("project", .plain, 0.9), ("project", .afterDe, 0.1)])
        #expect(try translate("Le projet avance.", preferences) == "Project advances.")
        #expect(try translate("Il parle du projet.", preferences) == "He speaks about the project.")
    }

    @Test func aListedExpressionLosesItsArticleUnlessAnAdjectiveFollows() throws {
        let preferences = ArticlePreferences(overrides: [("global warming", .plain, true), ("global warming", .afterDe, true)])
        #expect(try translate("Le réchauffement climatique menace les côtes.", preferences)
            == "Global warming threatens the coasts.")
        #expect(try translate("Les effets du réchauffement climatique sont graves.", preferences)
            == "The effects of global warming are serious.")
        #expect(try translate("Le réchauffement climatique menace les côtes.", ArticlePreferences())
            == "The global warming threatens the coasts.")
    }

    @Test func aListedNameOfSeveralWordsLosesItsArticle() throws {
        let preferences = ArticlePreferences(overrides: [("Deutsche Bank", .plain, true)])
        #expect(try translate("La Deutsche Bank a annoncé des pertes.", preferences) == "Deutsche Bank announced losses.")
        #expect(try translate("La Deutsche Bank a annoncé des pertes.", ArticlePreferences())
            == "The Deutsche Bank announced losses.")
    }

    @Test func ordinalsNumbersAndSuperlativesKeepTheArticle() throws {
        let preferences = ArticlePreferences([("children", .plain, 0.9)])
        #expect(try translate("Les deux enfants jouent.", preferences) == "The two children play.")
        #expect(try translate("Les premiers enfants jouent.", preferences) == "The first children play.")
        #expect(try translate("Les enfants les plus jeunes jouent.", preferences) == "The youngest children play.")
    }
}
