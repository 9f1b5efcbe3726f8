// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// Compares `TextNormalizer`'s byte-level fast paths with a slow, scalar-by-scalar reference written from the
/// documented rules, over many generated strings.
@Suite struct NormalizeReferenceTests {
    enum Kind { case keep, remove, space, lineBreak, typographicSpace, joiner }

    static func kind(_ scalar: Unicode.Scalar) -> Kind {
        switch scalar.value {
        case 0x20, 0x09: .space
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: .lineBreak
        case 0x00...0x1F, 0x7F, 0x80...0x9F: .remove
        case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: .typographicSpace
        case 0x200D: .joiner
        case 0xAD, 0x61C, 0x180E, 0x200B, 0x200C, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064,
             0x2066...0x206F, 0xFEFF, 0xFFF9...0xFFFB: .remove
        default: .keep
        }
    }

    static func analysed(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2019, 0x2018, 0x201B, 0x2BC, 0xB4, 0x60, 0x2032: "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: "\""
        case 0x2010, 0x2011, 0x2212: "-"
        default: kind(scalar) == .typographicSpace ? " " : scalar
        }
    }

    static func isEmoji(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0xA9 && scalar.properties.isEmoji }

    /// The rules applied one scalar at a time, then NFC, then the analysis mapping.
    static func reference(_ text: String, _ options: NormalizationOptions) throws -> (display: [Unicode.Scalar],
                                                                                       analysis: [Unicode.Scalar]) {
        let input = Array(text.unicodeScalars)
        let keepsTypographic = options.typographicSpaces == .keep
        var out: [Unicode.Scalar] = []
        var pending: Unicode.Scalar? = nil
        for (index, scalar) in input.enumerated() {
            switch kind(scalar) {
            case .remove:
                continue
            case .space, .lineBreak, .typographicSpace:
                let isTypographic = kind(scalar) == .typographicSpace
                let written: Unicode.Scalar = isTypographic && keepsTypographic ? scalar : " "
                if options.collapsesWhitespace {
                    if pending == nil || (pending == " " && written != " ") { pending = written }
                } else if !(scalar == "\r" && index + 1 < input.count && input[index + 1] == "\n") {
                    out.append(written)
                }
            case .joiner:
                let previousIsEmoji = out.last.map { $0 == "\u{FE0F}" || isEmoji($0) } ?? false
                let nextIsEmoji = index + 1 < input.count && isEmoji(input[index + 1])
                if pending == nil, previousIsEmoji, nextIsEmoji { out.append(scalar) }
            case .keep:
                if let space = pending {
                    if !out.isEmpty { out.append(space) }
                    pending = nil
                }
                out.append(scalar)
            }
        }
        let display = Array(try ICUText.normalize(String(String.UnicodeScalarView(out)), form: .nfc).unicodeScalars)
        return (display, display.map(analysed))
    }

    /// Extra pieces that make long ASCII stretches, so that the eight-bytes-at-a-time path meets spaces, doubled
    /// spaces, backquotes and controls at every position in a word.
    static let asciiPieces = ["abcdefgh", "ijklmno", "pq", "r", " ", "  ", "`", "\u{7F}", "\t", "\n", "St-Malo", "l'an"]

    static func generate(_ generator: inout SeededGenerator) -> String {
        let length = Int.random(in: 0...30, using: &generator)
        var text = ""
        for _ in 0..<length {
            text += Bool.random(using: &generator)
                ? asciiPieces.randomElement(using: &generator)!
                : NormalizeIdempotenceTests.pieces.randomElement(using: &generator)!
        }
        return text
    }

    @Test(arguments: [
        (NormalizationOptions(), UInt64(11)),
        (NormalizationOptions(typographicSpaces: .plain), UInt64(12)),
        (NormalizationOptions(collapsesWhitespace: false), UInt64(13)),
        (NormalizationOptions(typographicSpaces: .plain, collapsesWhitespace: false), UInt64(14)),
    ])
    func fastPathsMatchTheReference(options: NormalizationOptions, seed: UInt64) throws {
        let normalizer = TextNormalizer(options: options)
        var generator = SeededGenerator(state: seed)
        for sample in 0..<3_000 {
            let text = Self.generate(&generator)
            let actual = try normalizer.renderings(of: text)
            let expected = try Self.reference(text, options)
            #expect(Array(actual.display.unicodeScalars) == expected.display,
                    "seed \(seed), sample \(sample): \(text.debugDescription)")
            #expect(Array(actual.analysis.unicodeScalars) == expected.analysis,
                    "seed \(seed), sample \(sample): \(text.debugDescription)")
        }
    }

    @Test func asciiRulesHoldAtEveryOffset() throws {
        let normalizer = TextNormalizer()
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        for offset in 1..<letters.count - 1 {
            let before = String(letters[..<offset]), after = String(letters[offset...])
            for (inserted, shown, analysed) in [("  ", " ", " "), ("`", "`", "'"), ("\u{7F}", "", ""),
                                                ("\t", " ", " "), (" \n ", " ", " ")] {
                let result = try normalizer.renderings(of: "é" + before + inserted + after)
                #expect(result.display == "é" + before + shown + after,
                        "offset \(offset), \(inserted.debugDescription)")
                #expect(result.analysis == "é" + before + analysed + after)
            }
        }
    }
}
