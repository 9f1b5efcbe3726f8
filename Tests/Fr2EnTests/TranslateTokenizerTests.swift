// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// The French tokeniser: elision, contractions, hyphenated clitics, numbers, verbatim runs.
@Suite struct TranslateTokenizerTests {
    static func tokenizer() throws -> FrenchTokenizer {
        let lexicons = try TranslateFixtures.fixtureLexicons()
        return FrenchTokenizer(rules: lexicons.tokenization, morphology: lexicons.morphology)
    }

    static func texts(_ french: String) throws -> [String] {
        try tokenizer().tokenize(french).map(\.text)
    }

    @Test(arguments: [
        ("l'homme", ["l'", "homme"]),
        ("L’homme", ["L'", "homme"]),
        ("jusqu'à demain", ["jusqu'", "à", "demain"]),
        ("lorsqu'il", ["lorsqu'", "il"]),
        ("puisqu'elle", ["puisqu'", "elle"]),
        ("qu'on", ["qu'", "on"]),
        ("aujourd'hui", ["aujourd'hui"]),
        ("peut-être", ["peut-être"]),
        ("d'un", ["d'", "un"]),
        ("s'est", ["s'", "est"]),
        ("s'imposer", ["s'", "imposer"]),
        ("d' un", ["d'", "un"]),
        // After a word that is no elision, a final apostrophe closes a single quotation.
        ("les 'indignés' campent", ["les", "'", "indignés", "'", "campent"]),
        ("les ‘indignés’ campent", ["les", "‘", "indignés", "’", "campent"]),
    ])
    func elision(_ french: String, _ expected: [String]) throws {
        #expect(try Self.texts(french) == expected)
    }

    @Test(arguments: [
        ("du pain", ["de", "le", "pain"]),
        ("des lois", ["de", "les", "lois"]),
        ("au marché", ["à", "le", "marché"]),
        ("aux urnes", ["à", "les", "urnes"]),
        ("Du pain", ["De", "le", "pain"]),
        ("s'il pleut", ["si", "il", "pleut"]),
        ("S’ils partent", ["Si", "ils", "partent"]),
    ])
    func contractions(_ french: String, _ expected: [String]) throws {
        let tokens = try Self.tokenizer().tokenize(french)
        #expect(tokens.map(\.text) == expected)
        #expect(tokens[0].origin.contains(.contracted))
    }

    /// Words that look like contractions in length or initial but are not, and contractions in every case.
    @Test(arguments: [
        ("DU PAIN", ["De", "le", "PAIN"]),
        ("AUX urnes", ["À", "les", "urnes"]),
        ("Auxquels", ["À", "lesquels"]),
        ("dus", ["dus"]),
        ("duc", ["duc"]),
        ("aube", ["aube"]),
        ("désir", ["désir"]),
        ("Dû", ["Dû"]),
    ])
    func contractionsAndTheirLookAlikes(_ french: String, _ expected: [String]) throws {
        #expect(try Self.texts(french) == expected)
    }

    @Test(arguments: [
        ("si l'on veut", ["si", "on", "veut"]),
        ("L'on dit", ["On", "dit"]),
        ("ce que l’on voit", ["ce", "que", "on", "voit"]),
    ])
    func euphonicLBeforeOnIsDropped(_ french: String, _ expected: [String]) throws {
        let tokens = try Self.tokenizer().tokenize(french)
        #expect(tokens.map(\.text) == expected)
        #expect(tokens.allSatisfy { !$0.origin.contains(.contracted) && !$0.origin.contains(.elided) })
    }

    @Test(arguments: [
        ("à 15:05 heures", ["à", "15:05", "heures"]),
        ("score de 2:1.", ["score", "de", "2:1", "."]),
        ("Note : 12 morts", ["Note", ":", "12", "morts"]),
        ("123:45", ["123", ":", "45"]),
    ])
    func colonNumbersStayWhole(_ french: String, _ expected: [String]) throws {
        #expect(try Self.texts(french) == expected)
    }

    @Test func hyphenatedInversionSplitsTheSubject() throws {
        let tokens = try Self.tokenizer().tokenize("a-t-il dit-elle")
        #expect(tokens.map(\.text) == ["a", "il", "dit", "elle"])
        #expect(tokens[1].origin.contains(.enclitic))
        #expect(tokens[3].origin.contains(.enclitic))
        #expect(!tokens[0].origin.contains(.enclitic))
    }

    @Test(arguments: [
        ("1 000", "1,000"),
        ("1\u{202F}000\u{A0}000", "1,000,000"),
        ("3,5", "3.5"),
        ("2012", "2012"),
        ("12 345,75", "12,345.75"),
        ("7.50", "7.50"),
        ("1.500", "1,500"),
        ("99.80", "99.80"),
        ("1.5", "1.5"),
        ("1.000", "1,000"),
    ])
    func numbers(_ french: String, _ expected: String) throws {
        let tokens = try Self.tokenizer().tokenize(french)
        #expect(tokens.count == 1)
        #expect(tokens.first?.text == expected)
        #expect(tokens.first?.kind == .number)
    }

    /// A decimal point copied from English text keeps its number whole before a currency symbol; numbered
    /// sections with several points are not one number.
    @Test func aDecimalPointKeepsTheNumberWhole() throws {
        #expect(try Self.texts("à 99.80$ le baril") == ["à", "99.80", "$", "le", "baril"])
        #expect(try Self.texts("l'article 1.2.3") == ["l'", "article", "1", ".", "2", ".", "3"])
    }

    @Test func aYearBeforeAGroupOfThreeDigitsStaysApart() throws {
        #expect(try Self.texts("en 2012 200 personnes") == ["en", "2012", "200", "personnes"])
    }

    @Test func urlsAndAddressesAreVerbatim() throws {
        let tokens = try Self.tokenizer().tokenize("voir https://exemple.fr/a?b=1, ou écrire à jean.dupont@exemple.fr.")
        #expect(tokens.map(\.text) == ["voir", "https://exemple.fr/a?b=1", ",", "ou", "écrire", "à",
                                      "jean.dupont@exemple.fr", "."])
        #expect(tokens[1].kind == .verbatim)
        #expect(tokens[6].kind == .verbatim)
    }

    @Test func abbreviationsKeepTheirFullStop() throws {
        #expect(try Self.texts("M. Dupont est là.") == ["M.", "Dupont", "est", "là", "."])
    }

    @Test func theFirstWordIsMarkedSentenceInitial() throws {
        let tokens = try Self.tokenizer().tokenize("« Le chat", atSentenceStart: true)
        #expect(!tokens[0].origin.contains(.sentenceInitial))
        #expect(tokens[1].origin.contains(.sentenceInitial))
        #expect(!tokens[2].origin.contains(.sentenceInitial))
    }

    /// Words glued by a lost space split after a known function word (before a capital) or a function word or verb
    /// (before a digit); brand names, units and words the lexicon knows whole stay one token.
    @Test(arguments: [
        ("àWashington", ["à", "Washington"]),
        ("avecWillard", ["avec", "Willard"]),
        ("avait30", ["avait", "30"]),
        ("depuis1993", ["depuis", "1993"]),
        ("iPhone", ["iPhone"]),
        ("eBay", ["eBay"]),
        ("cm2", ["cm2"]),
        ("Mazda3", ["Mazda3"]),
        ("G20", ["G20"]),
    ])
    func gluedWords(_ french: String, _ expected: [String]) throws {
        let lexicons = try TranslateFixtures.shippedLexicons()
        let tokenizer = FrenchTokenizer(rules: lexicons.tokenization, morphology: lexicons.morphology)
        #expect(tokenizer.tokenize(french).map(\.text) == expected)
    }
}
