// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// One test (or one parametrised list) per rule of `TextNormalizer`.
@Suite struct NormalizeRulesTests {
    /// Text compared scalar by scalar: `String`'s `==` treats `e` + U+0301 and `é` as equal, which would hide a
    /// missing NFC step.
    struct Scalars: Equatable, ExpressibleByStringLiteral, CustomStringConvertible {
        let scalars: [Unicode.Scalar]
        init(_ text: String) { scalars = Array(text.unicodeScalars) }
        init(stringLiteral text: String) { self.init(text) }
        var description: String { String(String.UnicodeScalarView(scalars)).debugDescription }
    }

    let normalizer = TextNormalizer()

    func display(_ text: String, _ options: NormalizationOptions = NormalizationOptions()) throws -> Scalars {
        Scalars(try TextNormalizer(options: options).renderings(of: text).display)
    }

    func analysis(_ text: String, _ options: NormalizationOptions = NormalizationOptions()) throws -> Scalars {
        Scalars(try TextNormalizer(options: options).renderings(of: text).analysis)
    }

    // MARK: - Stage contract

    @Test func keepsParagraphMetadata() throws {
        let paragraph = Paragraph(index: 4, firstLine: 17, text: "Le  chat\u{A0}!", continues: true)
        let result = try normalizer.process(paragraph)
        #expect(result.index == 4)
        #expect(result.firstLine == 17)
        #expect(result.continues)
        #expect(Scalars(result.display) == "Le chat\u{A0}!")
        #expect(Scalars(result.analysis) == "Le chat !")
    }

    @Test func cleanASCIIIsReturnedUnchanged() throws {
        let text = "Le parlement a vote la loi le 12 mai (texte n. 45-B) : 310 voix pour, 12 contre."
        let result = try normalizer.renderings(of: text)
        #expect(Scalars(result.display) == Scalars(text))
        #expect(Scalars(result.analysis) == Scalars(text))
    }

    @Test func emptyAndBlankParagraphsBecomeEmpty() throws {
        #expect(try display("") == "")
        #expect(try display(" \t\r\n\u{A0}\u{200B} ") == "")
        #expect(try analysis(" \t\r\n\u{A0}\u{200B} ") == "")
    }

    @Test func displayAndAnalysisAlwaysAlign() throws {
        let text = "  «\u{A0}Qu’en\u{AD}tends-tu\u{202F}?\u{A0}»\r\n— Rien\u{2026}\u{200B} dit-il. 👩\u{200D}💻 "
        let result = try normalizer.renderings(of: text)
        let display = Array(result.display.unicodeScalars), analysis = Array(result.analysis.unicodeScalars)
        #expect(display.count == analysis.count)
        for (shown, analysed) in zip(display, analysis) where shown != analysed {
            #expect(analysed.isASCII, "\(shown) analysed as \(analysed)")
        }
    }

    // MARK: - NFC

    @Test func composesDecomposedAccents() throws {
        let decomposed = "Ame\u{301}lie a e\u{301}te\u{301} la\u{300}-bas, c\u{327}a oui\u{308}."
        #expect(try display(decomposed) == "Amélie a été là-bas, ça ouï.")
        #expect(try analysis(decomposed) == "Amélie a été là-bas, ça ouï.")
    }

    @Test func composesAfterRemovingAnInvisibleBetweenLetterAndAccent() throws {
        #expect(try display("l’e\u{200B}\u{301}te\u{301}") == "l’été")
        #expect(try analysis("l’e\u{200B}\u{301}te\u{301}") == "l'été")
    }

    @Test func decomposedTextStillGetsAnalysisMappings() throws {
        let text = "«\u{A0}C’est l’e\u{301}te\u{301}\u{A0}»"
        #expect(try display(text) == "«\u{A0}C’est l’été\u{A0}»")
        #expect(try analysis(text) == "« C'est l'été »")
    }

    @Test func canonicalSingletonsAreReplaced() throws {
        // U+212B ANGSTROM SIGN → Å, U+2000 EN QUAD → U+2002 EN SPACE (kept as a typographic space).
        #expect(try display("12 \u{212B}") == "12 Å")
        #expect(try display("deux\u{2000}mots") == "deux\u{2002}mots")
        #expect(try analysis("deux\u{2000}mots") == "deux mots")
    }

    // MARK: - Line breaks and whitespace

    @Test(arguments: [
        ("Le chat\r\ndort.", "Le chat dort."),
        ("Le chat\rdort.", "Le chat dort."),
        ("Le chat\ndort.", "Le chat dort."),
        ("Le chat\u{0B}dort.", "Le chat dort."),
        ("Le chat\u{0C}dort.", "Le chat dort."),
        ("Le chat\u{85}dort.", "Le chat dort."),
        ("Le chat\u{2028}dort.", "Le chat dort."),
        ("Le chat\u{2029}dort.", "Le chat dort."),
        ("Le chat \r\n  dort.\r\n", "Le chat dort."),
        ("Le chat\r\r\ndort.\r", "Le chat dort."),
    ])
    func lineBreaksBecomeOneSpace(input: String, expected: String) throws {
        #expect(try display(input) == Scalars(expected))
        #expect(try analysis(input) == Scalars(expected))
    }

    @Test func hardWrappedParagraphBecomesOneLine() throws {
        let wrapped = "Il était une fois, au bord de la\n    Loire, un petit village où l’on\n  cultivait la vigne."
        #expect(try display(wrapped)
                == "Il était une fois, au bord de la Loire, un petit village où l’on cultivait la vigne.")
    }

    @Test func tabsBecomeSpaces() throws {
        #expect(try display("Prix\t:\t12\u{A0}€") == "Prix : 12\u{A0}€")
        #expect(try analysis("Prix\t:\t12\u{A0}€") == "Prix : 12 €")
    }

    @Test func runsOfWhitespaceCollapseAndEndsAreTrimmed() throws {
        #expect(try display("   Le   chat \t dort  sur le   tapis.   ") == "Le chat dort sur le tapis.")
    }

    @Test func aRunKeepsItsTypographicSpace() throws {
        #expect(try display("Vraiment \u{A0}? Oui\u{202F} !") == "Vraiment\u{A0}? Oui\u{202F}!")
        #expect(try analysis("Vraiment \u{A0}? Oui\u{202F} !") == "Vraiment ? Oui !")
    }

    @Test func invisiblesInsideARunDoNotSplitIt() throws {
        #expect(try display("rendez-vous \u{200B} demain") == "rendez-vous demain")
    }

    @Test func withoutCollapsingEveryWhitespaceScalarStays() throws {
        let options = NormalizationOptions(collapsesWhitespace: false)
        #expect(try display(" un  deux\r\ntrois\tquatre\rcinq\u{A0}six ", options)
                == " un  deux trois quatre cinq\u{A0}six ")
        #expect(try analysis(" un  deux\r\ntrois\tquatre\rcinq\u{A0}six ", options)
                == " un  deux trois quatre cinq six ")
    }

    // MARK: - Removed characters

    @Test(arguments: [0x01, 0x07, 0x08, 0x1B, 0x1F, 0x7F, 0x80, 0x9B, 0x9F] as [UInt32])
    func controlCharactersAreRemoved(value: UInt32) throws {
        let control = String(Unicode.Scalar(value)!)
        #expect(try display("Bon\(control)jour à tous\(control)") == "Bonjour à tous")
        #expect(try analysis("Bon\(control)jour\(control)") == "Bonjour")
    }

    @Test(arguments: [
        0x00AD, 0x061C, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
        0x2060, 0x2061, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0x206F, 0xFEFF, 0xFFF9, 0xFFFB,
    ] as [UInt32])
    func invisibleCharactersAreRemoved(value: UInt32) throws {
        let invisible = String(Unicode.Scalar(value)!)
        #expect(try display("\(invisible)aujourd’\(invisible)hui\(invisible)") == "aujourd’hui")
        #expect(try analysis("\(invisible)aujourd’\(invisible)hui\(invisible)") == "aujourd'hui")
    }

    @Test func softHyphensFromAPDFDisappear() throws {
        #expect(try display("anti\u{AD}consti\u{AD}tution\u{AD}nelle\u{AD}ment") == "anticonstitutionnellement")
    }

    @Test func bidiControlsAroundAQuotationDisappear() throws {
        #expect(try display("Il a écrit \u{202B}« مرحبا »\u{202C} puis \u{2067}שלום\u{2069}.")
                == "Il a écrit « مرحبا » puis שלום.")
    }

    @Test func zeroWidthJoinerSurvivesOnlyInsideEmoji() throws {
        #expect(try display("Développeuse 👩\u{200D}💻 !") == "Développeuse 👩\u{200D}💻 !")
        #expect(try display("drapeau 🏳\u{FE0F}\u{200D}🌈") == "drapeau 🏳\u{FE0F}\u{200D}🌈")
        #expect(try display("main 👋🏽\u{200D}👋") == "main 👋🏽\u{200D}👋")
        #expect(try display("co\u{200D}opération") == "coopération")
        #expect(try display("👩 \u{200D}💻") == "👩 💻")
        #expect(try display("👩\u{200D}") == "👩")
    }

    @Test func replacementCharactersAndEmojiStay() throws {
        #expect(try display("caf\u{FFFD} ☕️ 🇫🇷") == "caf\u{FFFD} ☕️ 🇫🇷")
    }

    // MARK: - Analysis rendering

    @Test(arguments: ["’", "‘", "‛", "ʼ", "´", "`", "′"])
    func apostrophesUnifyForAnalysis(apostrophe: String) throws {
        let text = "L\(apostrophe)homme qu\(apostrophe)on attendait"
        #expect(try display(text) == Scalars(text))
        #expect(try analysis(text) == "L'homme qu'on attendait")
    }

    @Test func doubleQuotesUnifyButGuillemetsStay() throws {
        let text = "Il a lu “Le Monde”, „Die Zeit‟, « Libération » et ‹ Charlie › 12″."
        #expect(try display(text) == Scalars(text))
        #expect(try analysis(text) == "Il a lu \"Le Monde\", \"Die Zeit\", « Libération » et ‹ Charlie › 12\".")
    }

    @Test func noBreakSpacesStayInDisplayAndAreSpacesInAnalysis() throws {
        let text = "Il a dit\u{A0}: «\u{A0}Non\u{202F}!\u{A0}» Prix\u{A0}: 10\u{2007}000\u{A0}€"
        #expect(try display(text) == Scalars(text))
        #expect(try analysis(text) == "Il a dit : « Non ! » Prix : 10 000 €")
    }

    @Test func plainOptionWritesTypographicSpacesAsSpaces() throws {
        let options = NormalizationOptions(typographicSpaces: .plain)
        let text = "Il a dit\u{A0}: «\u{A0}Non\u{202F}!\u{A0}»"
        #expect(try display(text, options) == "Il a dit : « Non ! »")
        #expect(try analysis(text, options) == "Il a dit : « Non ! »")
        #expect(try display("a\u{2000}b", options) == "a b")
    }

    @Test func hyphensAndMinusBecomeHyphenMinusButDashesStay() throws {
        let text = "Peut\u{2011}être va\u{2010}t\u{2010}il faire \u{2212}5\u{A0}°C — ou pas – de 1914–1918."
        #expect(try display(text) == Scalars(text))
        #expect(try analysis(text) == "Peut-être va-t-il faire -5 °C — ou pas – de 1914–1918.")
    }

    @Test func ellipsisStaysOneScalar() throws {
        #expect(try analysis("Eh bien\u{2026} non.") == "Eh bien\u{2026} non.")
    }

    @Test func backquoteInOtherwiseCleanASCIIIsAnApostropheForAnalysis() throws {
        #expect(try display("l`arbre") == "l`arbre")
        #expect(try analysis("l`arbre") == "l'arbre")
    }
}
