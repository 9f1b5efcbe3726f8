// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// English inflection: listed forms, a verb the table lacks made of a listed prefix and a listed irregular verb, and a
/// hyphenated word the table lacks inflected on its listed last part.
@Suite struct EnglishInflectorTests {
    static func inflector() throws -> EnglishInflector {
        let table = try TemporaryFile("sell\tVBD\tsold\nsell\tVBN\tsold\nbuild\tVBD\tbuilt\nset\tVBG\tsetting\n"
                                      + "stop\tVBD\tstopped\nwalk\tVBD\twalked\n")
        return try EnglishInflector(path: table.path, prefixes: ["re", "over", "co-"])
    }

    @Test(arguments: [("resell", EnglishForm.past, "resold"), ("resell", .pastParticiple, "resold"),
                      ("rebuild", .past, "rebuilt"), ("reset", .gerund, "resetting"), ("co-build", .past, "co-built"),
                      ("overstop", .past, "overstopped")])
    func aPrefixedVerbKeepsItsVerbsIrregularForm(_ lemma: String, _ form: EnglishForm, _ expected: String) throws {
        #expect(try Self.inflector().inflect(lemma, form) == expected)
    }

    @Test(arguments: [("rewalk", EnglishForm.past, "rewalked"), ("resell", .thirdSingular, "resells"),
                      ("unsell", .past, "unselled"), ("resell", .plural, "resells"), ("Resell", .past, "Reselled")])
    func otherWordsFollowTheRules(_ lemma: String, _ form: EnglishForm, _ expected: String) throws {
        #expect(try Self.inflector().inflect(lemma, form) == expected)
    }

    static func hyphenInflector() throws -> EnglishInflector {
        let table = try TemporaryFile("Turkish\tNNS\tTurkish\ndiabetes\tNNS\tdiabetes\nwrite\tVBD\twrote\n")
        return try EnglishInflector(path: table.path, prefixes: [])
    }

    @Test(arguments: [("German-Turkish", EnglishForm.plural, "German-Turkish"),
                      ("pre-diabetes", .plural, "pre-diabetes"), ("ghost-write", .past, "ghost-wrote"),
                      ("Anglo-Saxon", .plural, "Anglo-Saxons"), ("sit-in", .plural, "sit-ins")])
    func aHyphenatedWordTakesItsLastPartsListedForm(_ lemma: String, _ form: EnglishForm, _ expected: String) throws {
        #expect(try Self.hyphenInflector().inflect(lemma, form) == expected)
    }
}
