// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// Builders shared by the glossary tests (sentences are built directly, without the normaliser or splitter).
enum GlossaryFixtures {
    /// A sentence whose `analysis` unifies what `TextNormalizer` unifies: apostrophes, no-break spaces, hyphens.
    static func sentence(_ text: String) -> Sentence {
        var analysis = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{2019}", "\u{2018}": analysis.append("'")
            case "\u{A0}", "\u{202F}": analysis.append(" ")
            case "\u{2010}", "\u{2011}": analysis.append("-")
            default: analysis.append(scalar)
            }
        }
        return Sentence(paragraph: 0, ordinal: 0, range: 0..<text.unicodeScalars.count, text: text,
                        analysis: String(analysis))
    }

    static func entry(_ term: String, _ translation: String, priority: Int = 0, file: String = "test.tsv",
                      line: Int = 1) -> GlossaryEntry {
        GlossaryEntry(term: term, translation: translation, origin: GlossaryOrigin(priority: priority, file: file,
                                                                                  line: line))
    }

    /// A glossary of `terms` (French → English), each on its own line of one file.
    static func glossary(_ terms: KeyValuePairs<String, String>) -> Glossary {
        Glossary(entries: terms.enumerated().map { entry($1.key, $1.value, line: $0 + 1) })
    }

    /// Each match as `matched→target`.
    static func describe(_ matches: [GlossaryMatch]) -> [String] {
        matches.map { "\($0.matchedText)→\($0.target)" }
    }

    /// A translated sentence as one line: pass-through text as is, each term as `[[matched|target]]`.
    static func render(_ sentence: TranslatedSentence) -> String {
        sentence.segments.map { segment in
            switch segment {
            case .term(let match): "[[\(match.matchedText)|\(match.target)]]"
            case .passthrough(let text), .translated(let text): text
            }
        }.joined()
    }
}

/// One matching case: a sentence, a glossary, and the matches expected (`matched→target`, left to right).
struct GlossaryMatchingCase: Sendable, CustomTestStringConvertible {
    var sentence: String
    var terms: [String: String]
    var expected: [String]
    var note: String

    init(_ note: String, _ sentence: String, _ terms: [String: String], _ expected: [String]) {
        self.note = note
        self.sentence = sentence
        self.terms = terms
        self.expected = expected
    }

    var testDescription: String { note }
}

@Suite struct GlossaryMatchingTests {
    static let cases: [GlossaryMatchingCase] = [
        .init("single word", "La délégation est arrivée à Pékin mardi.", ["Pékin": "Beijing"], ["Pékin→Beijing"]),
        .init("multi-word term", "Le service russe de renseignement extérieur a démenti l'information.",
              ["service russe de renseignement extérieur": "Russian Foreign Intelligence Service"],
              ["service russe de renseignement extérieur→Russian Foreign Intelligence Service"]),
        .init("longest match wins", "Les membres de l'Organisation de coopération de Shanghai se réunissent.",
              ["Organisation": "Organisation", "Organisation de coopération de Shanghai": "SCO body"],
              ["Organisation de coopération de Shanghai→SCO body"]),
        .init("falls back to a shorter term", "Les services de renseignement intérieur ont été alertés.",
              ["services de renseignement": "intelligence services",
               "services de renseignement extérieur": "foreign intelligence services"],
              ["services de renseignement→intelligence services"]),
        .init("acronym not inside a longer word", "L'OCSE a publié un rapport sévère.", ["OCS": "SCO"], []),
        .init("acronym after elision", "Le sommet de l'OCS aura lieu en juin.", ["OCS": "SCO"], ["OCS→SCO"]),
        .init("acronym needs its capitals", "Le mot ocs n'est pas un sigle, ni Ocs.", ["OCS": "SCO"], []),
        .init("name not a prefix of a word", "Irana est un prénom rare.", ["Iran": "Iran"], []),
        .init("name after d'", "Les délégués d'Iran et d’Irak sont arrivés.", ["Iran": "Iran", "Irak": "Iraq"],
              ["Iran→Iran", "Irak→Iraq"]),
        .init("accent dropped on a capital", "Ils ont combattu l'Etat islamique.",
              ["État islamique": "Islamic State"], ["Etat islamique→Islamic State"]),
        .init("all capitals", "ALERTE : L'ÉTAT ISLAMIQUE REVENDIQUE L'ATTAQUE",
              ["État islamique": "Islamic State"], ["ÉTAT ISLAMIQUE→Islamic State"]),
        .init("all capitals without accents", "UN NOUVEAU PREFET A ETE NOMME", ["préfet": "prefect"],
              ["PREFET→prefect"]),
        .init("capitalised term refuses small letters", "Ils rêvent d'un état islamique idéal.",
              ["État islamique": "Islamic State"], []),
        .init("small letters keep their accents", "le prefet est arrive hier", ["préfet": "prefect"], []),
        .init("small-letter term at sentence start", "Porte-parole du ministère, elle a démenti.",
              ["porte-parole": "spokesperson"], ["Porte-parole→Spokesperson"]),
        .init("hyphen matched literally", "Le porte-parole a parlé, puis il s'est porte parole.",
              ["porte-parole": "spokesperson"], ["porte-parole→spokesperson"]),
        .init("whitespace run matches one space", "Le  Premier\u{A0}ministre   est attendu.",
              ["Premier ministre": "Prime Minister"], ["Premier\u{A0}ministre→Prime Minister"]),
        .init("typographic apostrophe in the text", "Le ministère de l’Intérieur a réagi.",
              ["ministère de l'Intérieur": "Interior Ministry"], ["ministère de l’Intérieur→Interior Ministry"]),
        .init("typographic apostrophe in the term", "Le ministère de l'Intérieur a réagi.",
              ["ministère de l’Intérieur": "Interior Ministry"], ["ministère de l'Intérieur→Interior Ministry"]),
        .init("several matches, left to right", "La Russie, la Chine et le Pakistan coopèrent.",
              ["Russie": "Russia", "Chine": "China", "Pakistan": "Pakistan"],
              ["Russie→Russia", "Chine→China", "Pakistan→Pakistan"]),
        .init("set phrase at sentence start", "En ce qui concerne la sécurité, rien n'a changé.",
              ["en ce qui concerne": "regarding"], ["En ce qui concerne→Regarding"]),
        .init("leftmost beats longer overlapping", "Le projet en Asie centrale nucléaire avance.",
              ["Asie centrale": "Central Asia", "centrale nucléaire": "nuclear power plant"],
              ["Asie centrale→Central Asia"]),
        .init("digits are word characters", "Le G77 n'est pas le G7.", ["G7": "G7"], ["G7→G7"]),
        .init("compound parts are words", "L'axe Pékin-Moscou se renforce.", ["Pékin": "Beijing", "Moscou": "Moscow"],
              ["Pékin→Beijing", "Moscou→Moscow"]),
        .init("unaccented capital in a compound", "Les Etats-Unis ont réagi.", ["États-Unis": "United States"],
              ["Etats-Unis→United States"]),
        .init("not capitalised after an elided article", "L'agence de presse TASS l'a confirmé.",
              ["agence de presse": "news agency", "TASS": "TASS"], ["agence de presse→news agency", "TASS→TASS"]),
        .init("capitalised after an opening guillemet", "« Porte-parole », a-t-il répété.",
              ["porte-parole": "spokesperson"], ["Porte-parole→Spokesperson"]),
        .init("no capital added to a small-letter sentence", "porte-parole du gouvernement depuis mai",
              ["porte-parole": "spokesperson"], ["porte-parole→spokesperson"]),
        .init("term ending with a full stop", "Selon M. Dupont, tout va bien.", ["M. Dupont": "Mr Dupont"],
              ["M. Dupont→Mr Dupont"]),
        .init("term followed by punctuation", "Ils partent pour Moscou.", ["Moscou": "Moscow"], ["Moscou→Moscow"]),
        .init("no term at all", "Rien à signaler aujourd'hui.", ["Moscou": "Moscow"], []),
        .init("ligature and accents in capitals", "Au SACRE-CŒUR, pas au Sacre-Cœur ; au Sacré-Cœur.",
              ["Sacré-Cœur": "Sacred Heart"], ["SACRE-CŒUR→Sacred Heart", "Sacré-Cœur→Sacred Heart"]),
        .init("decomposed term is composed at load", "Le préfet est là.", ["pre\u{301}fet": "prefect"],
              ["préfet→prefect"]),
    ]

    @Test(arguments: cases)
    func matches(_ testCase: GlossaryMatchingCase) {
        let glossary = Glossary(entries: testCase.terms.sorted { $0.key < $1.key }.enumerated().map {
            GlossaryFixtures.entry($1.key, $1.value, line: $0 + 1)
        })
        let matches = glossary.matches(in: GlossaryFixtures.sentence(testCase.sentence))
        #expect(GlossaryFixtures.describe(matches) == testCase.expected)
    }

    @Test func rangesAreScalarOffsetsIntoTheSentence() {
        let glossary = GlossaryFixtures.glossary(["État islamique": "Islamic State", "Pékin": "Beijing"])
        let text = "«\u{A0}L’État islamique\u{A0}» menace Pékin."
        let matches = glossary.matches(in: GlossaryFixtures.sentence(text))
        #expect(matches.map(\.range) == [4..<18, 28..<33])
        let scalars = Array(text.unicodeScalars)
        for match in matches {
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[match.range])
            #expect(String(slice) == match.matchedText)
        }
    }

    @Test func caseVariantsPreferTheExactSpelling() {
        let glossary = GlossaryFixtures.glossary(["premier ministre": "prime minister",
                                                  "Premier ministre": "Prime Minister"])
        let small = glossary.matches(in: GlossaryFixtures.sentence("Le premier ministre parle."))
        let capital = glossary.matches(in: GlossaryFixtures.sentence("Le Premier ministre parle."))
        let shouting = glossary.matches(in: GlossaryFixtures.sentence("LE PREMIER MINISTRE PARLE."))
        #expect(small.map(\.target) == ["prime minister"])
        #expect(capital.map(\.target) == ["Prime Minister"])
        #expect(shouting.count == 1)
    }

    @Test func emptyGlossaryAndEmptySentence() {
        let empty = Glossary(entries: [])
        #expect(empty.matches(in: GlossaryFixtures.sentence("Pékin")).isEmpty)
        let glossary = GlossaryFixtures.glossary(["Pékin": "Beijing"])
        #expect(glossary.matches(in: GlossaryFixtures.sentence("")).isEmpty)
    }

    @Test func whitespaceOnlyTermsAreIgnored() {
        let glossary = GlossaryFixtures.glossary([" \u{A0} ": "nothing", "  Pékin  ": "Beijing"])
        #expect(glossary.count == 1)
        #expect(GlossaryFixtures.describe(glossary.matches(in: GlossaryFixtures.sentence("à Pékin")))
                == ["Pékin→Beijing"])
    }

    @Test func nonLatinScriptsFoldCase() {
        let glossary = GlossaryFixtures.glossary(["москва": "Moscow"])
        #expect(GlossaryFixtures.describe(glossary.matches(in: GlossaryFixtures.sentence("Город МОСКВА.")))
                == ["МОСКВА→Moscow"])
    }
}
