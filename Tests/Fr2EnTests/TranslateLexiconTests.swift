// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// Loading of the translator's TSV lexicons: columns, comments, ranked rows, errors with file and line.
@Suite struct TranslateLexiconTests {
    @Test func morphologyKeepsEveryReadingAndParsesTags() throws {
        let morphology = try TranslateFixtures.fixtureLexicons().morphology
        let readings = morphology.analyses("la")
        #expect(readings.count == 2)
        #expect(readings[0].lemma == "le")
        #expect(readings[0].tags == MorphTags(pos: .determiner, features: [.definite, .feminine, .singular]))
        #expect(readings[1].tags.pos == .pronoun)
        #expect(readings[1].tags.has([.proclitic, .third]))
    }

    @Test func morphologyFallsBackToLowerCase() throws {
        let morphology = try TranslateFixtures.fixtureLexicons().morphology
        #expect(morphology.analyses("Chats").first?.lemma == "chat")
        #expect(morphology.analyses(exact: "Chats").isEmpty)
        #expect(morphology.analyses("Zorglub").isEmpty)
    }

    @Test func bilingualSensesKeepFileOrder() throws {
        let bilingual = try TranslateFixtures.fixtureLexicons().bilingual
        #expect(bilingual.senses("maison", .noun) == ["house", "home"])
        #expect(bilingual.best("maison", .noun) == "house")
        #expect(bilingual.best("maison", .verb) == nil)
    }

    @Test func aLineWithTooFewColumnsNamesFileAndLine() throws {
        let file = try TemporaryFile("# comment\nchat\tn\tcat\t1\nchien\n")
        #expect(throws: LexiconFormatError.badLine(file: file.path, line: 3,
                                                   reason: "expected 3 tab-separated columns, found 1")) {
            try BilingualLexicon(path: file.path)
        }
    }

    @Test func anUnknownWordClassIsAnError() throws {
        let file = try TemporaryFile("time-noun\tan\nflying-noun\tavion\n")
        #expect(throws: LexiconFormatError.self) { try WordClasses(path: file.path) }
    }

    @Test func englishAdverbsReadAdjectiveAdverbRows() throws {
        let file = try TemporaryFile("# adjective<TAB>adverb\nprecise\tprecisely\ngood\twell\n")
        let adverbs = try EnglishAdverbs(path: file.path)
        #expect(adverbs.adverb(of: "precise") == "precisely")
        #expect(adverbs.adverb(of: "good") == "well")
        #expect(adverbs.adverb(of: "red") == nil)
        let bad = try TemporaryFile("precise\n")
        #expect(throws: LexiconFormatError.self) { try EnglishAdverbs(path: bad.path) }
    }

    @Test func nounCompoundsAreOrderedPairs() throws {
        let file = try TemporaryFile("# modifier<TAB>head\npress\tconference\ninterest\trate\n")
        let compounds = try NounCompounds(path: file.path)
        #expect(compounds.count == 2)
        #expect(compounds.contains(modifier: "press", head: "conference"))
        #expect(!compounds.contains(modifier: "conference", head: "press"))
        #expect(!compounds.contains(modifier: "press", head: "rate"))
        let bad = try TemporaryFile("press\n")
        #expect(throws: LexiconFormatError.self) { try NounCompounds(path: bad.path) }
    }

    @Test func dativeVerbsReadVerbAndPreposition() throws {
        let file = try TemporaryFile("# lemma<TAB>english<TAB>preposition\ndire\ttell\t_\nparler\t_\tto\n")
        let datives = try DativeVerbs(path: file.path)
        #expect(datives.entry("dire") == DativeVerbs.Entry(english: "tell", preposition: nil))
        #expect(datives.entry("parler") == DativeVerbs.Entry(english: nil, preposition: "to"))
        #expect(datives.entry("voir") == nil)
        let bad = try TemporaryFile("dire\t_\t_\n")
        #expect(throws: LexiconFormatError.self) { try DativeVerbs(path: bad.path) }
    }

    @Test func infinitiveLinksReadFormAndPerfect() throws {
        let file = try TemporaryFile("après\tafter\tVBG\tsimple\nsans\twithout\tVBG\tperfect\n")
        let links = try InfinitiveLinks(path: file.path)
        #expect(links.link("après") == InfinitiveLinks.Link(english: "after", form: .gerund, simplePerfect: true))
        #expect(links.link("sans") == InfinitiveLinks.Link(english: "without", form: .gerund, simplePerfect: false))
        #expect(links.link("pour") == nil)
        let bad = try TemporaryFile("après\tafter\tVBG\tyes\n")
        #expect(throws: LexiconFormatError.self) { try InfinitiveLinks(path: bad.path) }
    }

    @Test func aMissingFileIsAnError() {
        #expect(throws: LexiconFormatError.self) { try MorphLexicon(path: "/nonexistent/fr.morph.tsv") }
    }

    @Test(arguments: [
        ("see", EnglishForm.past, "saw"), ("see", .pastParticiple, "seen"), ("walk", .past, "walked"),
        ("carry", .thirdSingular, "carries"), ("watch", .thirdSingular, "watches"), ("make", .gerund, "making"),
        ("take place", .past, "took place"), ("prime minister", .plural, "prime ministers"),
        ("man", .plural, "men"), ("city", .plural, "cities"), ("big", .comparative, "bigger"),
        ("can", .thirdSingular, "can"), ("must", .thirdSingular, "must"),
    ])
    func inflection(_ lemma: String, _ form: EnglishForm, _ expected: String) throws {
        var inflector = try TranslateFixtures.fixtureLexicons().inflector
        if lemma == "take place" { inflector = try TranslateFixtures.shippedLexicons().inflector }
        #expect(inflector.inflect(lemma, form) == expected)
    }

    @Test(arguments: [
        ("apple", "an"), ("car", "a"), ("hour", "an"), ("university", "a"), ("European", "a"), ("FBI", "an"),
        ("UN", "a"), ("honest", "an"), ("one", "a"),
        ("80-year-old", "an"), ("8%", "an"), ("11-year-old", "an"), ("18,000", "an"), ("110-year-old", "a"),
        ("1,800", "a"), ("45-year-old", "a"),
    ])
    func indefiniteArticle(_ word: String, _ expected: String) throws {
        #expect(try TranslateFixtures.shippedLexicons().articles.article(before: word) == expected)
    }
}
