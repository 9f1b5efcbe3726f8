// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// The splitter's invariant over many generated paragraphs: no scalar is lost or duplicated, ranges are trimmed and
/// ordered, and each sentence's text and analysis are exactly the display and analysis scalars of its range.
@Suite struct SentenceSplitPropertyTests {
    /// Builds a paragraph's display and analysis renderings side by side, scalar for scalar.
    struct ParagraphBuilder {
        var display = String.UnicodeScalarView()
        var analysis = String.UnicodeScalarView()

        /// Appends text that reads the same in both renderings.
        mutating func append(_ text: String) {
            display.append(contentsOf: text.unicodeScalars)
            analysis.append(contentsOf: text.unicodeScalars)
        }

        /// Appends a scalar shown as `shown` and analysed as `analysed`.
        mutating func append(shown: Unicode.Scalar, analysed: Unicode.Scalar) {
            display.append(shown)
            analysis.append(analysed)
        }

        var paragraph: NormalizedParagraph {
            NormalizedParagraph(index: 3, display: String(display), analysis: String(analysis))
        }
    }

    static let words = ["le", "conseil", "a", "voté", "Paris", "l'été", "aujourd'hui", "Élise", "maison", "très",
                        "ça", "Ensuite", "il", "dit-il", "nous", "États-Unis", "œuvre", "Ô", "À", "été", "x"]
    static let abbreviations = ["M.", "MM.", "Mme", "Dr.", "prof.", "etc.", "p. ex.", "c.-à-d.", "cf.", "art.",
                                "n°", "no.", "vol.", "janv.", "sept.", "J.-P.", "J. R. R.", "G.", "St.", "av. J.-C.",
                                "ibid.", "Cie.", "IV.", "1.", "op. cit."]
    static let numbers = ["3,5", "1.000.000", "3.5", "12.30", "2.0.1", "1985.", "42", "0,75 %"]
    static let marks = [".", "!", "?", "?!", "!!!", "…", "...", "(...)", "[…]", ",", ";", ":", "«", "»", "\"", "(", ")",
                        "—", "-", "'", "www.example.fr", "jean.dupont@example.fr", "https://ex.fr/a?b=C.d", "‼"]

    static func generateParagraph(using random: inout SeededGenerator) -> NormalizedParagraph {
        var builder = ParagraphBuilder()
        let pieces = Int.random(in: 0...40, using: &random)
        for _ in 0..<pieces {
            switch Int.random(in: 0..<100, using: &random) {
            case 0..<40: builder.append(words.randomElement(using: &random)!)
            case 40..<52: builder.append(abbreviations.randomElement(using: &random)!)
            case 52..<60: builder.append(numbers.randomElement(using: &random)!)
            case 60..<80: builder.append(marks.randomElement(using: &random)!)
            case 80..<84: builder.append(shown: "’", analysed: "'")
            case 84..<87: builder.append(shown: "“", analysed: "\"")
            case 87..<90: builder.append(shown: "”", analysed: "\"")
            default: break
            }
            // Whitespace between pieces: none, one, a no-break space, a run, a line break, a tab.
            switch Int.random(in: 0..<20, using: &random) {
            case 0..<2: break
            case 2..<13: builder.append(" ")
            case 13..<15: builder.append(shown: "\u{A0}", analysed: " ")
            case 15: builder.append(shown: "\u{202F}", analysed: " ")
            case 16: builder.append("   ")
            case 17: builder.append("\n")
            case 18: builder.append("\t")
            default: builder.append(shown: "\u{A0}", analysed: "\u{A0}")
            }
        }
        return builder.paragraph
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }

    @Test func sentencesGiveTheParagraphBack() throws {
        let splitter = try SplitFixture.splitter()
        var random = SeededGenerator(state: 20_240_611)
        var multiSentence = 0
        for _ in 0..<3_000 {
            let paragraph = Self.generateParagraph(using: &random)
            let sentences = try splitter.process(paragraph)
            let display = Array(paragraph.display.unicodeScalars)
            let analysis = Array(paragraph.analysis.unicodeScalars)
            if sentences.count > 1 { multiSentence += 1 }
            var covered = [Bool](repeating: false, count: display.count)
            var previousEnd = 0
            for (ordinal, sentence) in sentences.enumerated() {
                let range = sentence.range
                try #require(range.lowerBound >= previousEnd && range.upperBound <= display.count && !range.isEmpty,
                             "bad range \(range) in \(paragraph.display.debugDescription)")
                #expect(sentence.ordinal == ordinal)
                #expect(sentence.paragraph == paragraph.index)
                #expect(!Self.isWhitespace(analysis[range.lowerBound]))
                #expect(!Self.isWhitespace(analysis[range.upperBound - 1]))
                #expect(Array(sentence.text.unicodeScalars) == Array(display[range]))
                #expect(Array(sentence.analysis.unicodeScalars) == Array(analysis[range]))
                for k in range { covered[k] = true }
                previousEnd = range.upperBound
            }
            for (k, scalar) in analysis.enumerated() where !covered[k] {
                #expect(Self.isWhitespace(scalar),
                        "scalar \(k) (\(scalar.escaped(asASCII: true))) lost in \(paragraph.display.debugDescription)")
            }
        }
        // The generator must exercise splitting, not only single-sentence paragraphs.
        #expect(multiSentence > 1_000)
    }

    @Test func generatorIsDeterministic() {
        var first = SeededGenerator(state: 7), second = SeededGenerator(state: 7)
        #expect(Self.generateParagraph(using: &first) == Self.generateParagraph(using: &second))
    }
}
