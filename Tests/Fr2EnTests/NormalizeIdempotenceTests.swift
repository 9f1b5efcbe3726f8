// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// Property-style checks of `TextNormalizer` over many generated strings: normalising `display` again changes
/// nothing, `analysis` is always `display` with the analysis mappings applied, and no removed character survives.
@Suite struct NormalizeIdempotenceTests {
    /// Pieces the generator draws from: French words, accents both composed and decomposed, stray combining marks,
    /// controls, every kind of space and line break, invisibles, quotes, dashes and emoji sequences.
    static let pieces: [String] = [
        "le", "chat", "été", "e\u{301}te\u{301}", "ça", "c\u{327}a", "œuvre", "Noël", "Noe\u{308}l", "aujourd’hui",
        "l’", "qu'", "«", "»", "“", "”", "„", "‘", "`", "´", "ʼ", "″", "—", "–", "-", "\u{2011}", "\u{2212}", "…",
        ".", "!", "?", ":", ";", ",", "\u{301}", "\u{327}", "\u{308}\u{301}", "\u{323}\u{302}", "\u{302}\u{323}",
        " ", "  ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}",
        "\u{A0}", "\u{202F}", "\u{2007}", "\u{2000}", "\u{2009}", "\u{3000}",
        "\u{00}", "\u{01}", "\u{1B}", "\u{7F}", "\u{80}", "\u{9F}",
        "\u{AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202E}", "\u{2060}",
        "\u{2066}", "\u{2069}", "\u{FEFF}",
        "😀", "👩", "💻", "🏽", "\u{FE0F}", "🇫🇷", "👩\u{200D}💻", "\u{212B}", "\u{1FEF}", "Å", "A\u{30A}", "한",
        "\u{1100}\u{1161}", "\u{FFFD}", "€", "10", "000",
    ]

    static func generate(_ generator: inout SeededGenerator) -> String {
        let length = Int.random(in: 0...24, using: &generator)
        var text = ""
        for _ in 0..<length { text += pieces.randomElement(using: &generator)! }
        return text
    }

    static let removed: Set<UInt32> = [
        0x00, 0x01, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x7F, 0x80, 0x85, 0x9F, 0xAD, 0x200B, 0x200C, 0x200E, 0x200F,
        0x202A, 0x202E, 0x2028, 0x2029, 0x2060, 0x2066, 0x2069, 0xFEFF,
    ]

    static let analysisMap: [UInt32: Unicode.Scalar] = [
        0x2019: "'", 0x2018: "'", 0x60: "'", 0xB4: "'", 0x2BC: "'", 0x201C: "\"", 0x201D: "\"", 0x201E: "\"",
        0x2033: "\"", 0x2011: "-", 0x2212: "-", 0xA0: " ", 0x202F: " ", 0x2007: " ", 0x2002: " ", 0x2009: " ",
        0x3000: " ",
    ]

    @Test(arguments: [
        (NormalizationOptions(), UInt64(1)),
        (NormalizationOptions(typographicSpaces: .plain), UInt64(2)),
        (NormalizationOptions(collapsesWhitespace: false), UInt64(3)),
        (NormalizationOptions(typographicSpaces: .plain, collapsesWhitespace: false), UInt64(4)),
    ])
    func normalisingTwiceChangesNothing(options: NormalizationOptions, seed: UInt64) throws {
        let normalizer = TextNormalizer(options: options)
        var generator = SeededGenerator(state: seed)
        for sample in 0..<3_000 {
            let text = Self.generate(&generator)
            let first = try normalizer.renderings(of: text)
            let second = try normalizer.renderings(of: first.display)
            // Scalar by scalar: String's == would accept canonically equivalent but different renderings.
            #expect(second.display.unicodeScalars.elementsEqual(first.display.unicodeScalars),
                    "seed \(seed), sample \(sample): \(text.debugDescription)")
            #expect(second.analysis.unicodeScalars.elementsEqual(first.analysis.unicodeScalars),
                    "seed \(seed), sample \(sample): \(text.debugDescription)")
            #expect(try ICUText.normalize(first.display, form: .nfc).unicodeScalars
                .elementsEqual(first.display.unicodeScalars), "\(text.debugDescription) is not in NFC")

            let display = Array(first.display.unicodeScalars), analysis = Array(first.analysis.unicodeScalars)
            #expect(display.count == analysis.count)
            for (shown, analysed) in zip(display, analysis) {
                #expect(!Self.removed.contains(shown.value), "\(text.debugDescription) kept \(shown.value)")
                #expect(analysed == Self.analysisMap[shown.value] ?? shown,
                        "\(text.debugDescription): \(shown) analysed as \(analysed)")
            }
            if options.collapsesWhitespace {
                #expect(analysis.first != " " && analysis.last != " ", "\(text.debugDescription)")
                #expect(!zip(analysis, analysis.dropFirst()).contains { $0 == " " && $1 == " " },
                        "\(text.debugDescription)")
            }
        }
    }
}
