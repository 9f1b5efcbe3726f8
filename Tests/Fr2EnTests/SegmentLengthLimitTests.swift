// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// `SegmentLengthLimit`: over-long sentences are cut at safe points, never rejected, and no character is lost.
@Suite struct SegmentLengthLimitTests {
    static func sentence(_ text: String, offset: Int = 0, ordinal: Int = 0) -> Sentence {
        let count = text.unicodeScalars.count
        return Sentence(paragraph: 2, ordinal: ordinal, range: offset..<(offset + count), text: text, analysis: text)
    }

    /// Checks the stage's contract on `pieces` cut from `original` (a sentence starting at paragraph offset 0).
    static func expectContract(_ pieces: [Sentence], original: String, max: Int,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = Array(original.unicodeScalars)
        var covered = 0
        for (index, piece) in pieces.enumerated() {
            #expect(piece.ordinal == index, sourceLocation: sourceLocation)
            #expect(piece.paragraph == 2, sourceLocation: sourceLocation)
            #expect(!piece.range.isEmpty && piece.range.count <= max, "piece \(index): \(piece.range)",
                    sourceLocation: sourceLocation)
            #expect(piece.range.lowerBound >= covered, sourceLocation: sourceLocation)
            let gapIsBlank = scalars[covered..<piece.range.lowerBound].allSatisfy { $0.properties.isWhitespace }
            #expect(gapIsBlank, "only whitespace between pieces", sourceLocation: sourceLocation)
            #expect(String(String.UnicodeScalarView(scalars[piece.range])) == piece.text,
                    sourceLocation: sourceLocation)
            #expect(piece.text == piece.analysis, sourceLocation: sourceLocation)
            #expect(piece.text.unicodeScalars.first?.properties.isWhitespace == false, sourceLocation: sourceLocation)
            #expect(piece.text.unicodeScalars.last?.properties.isWhitespace == false, sourceLocation: sourceLocation)
            covered = piece.range.upperBound
        }
        let tailIsBlank = scalars[covered...].allSatisfy { $0.properties.isWhitespace }
        #expect(tailIsBlank, sourceLocation: sourceLocation)
    }

    @Test func shortSentencesPassThroughUnchanged() {
        let sentences = [Self.sentence("Le chat dort."), Self.sentence("Il pleut.", offset: 14, ordinal: 1)]
        #expect(SegmentLengthLimit(maxScalars: 16).process(sentences) == sentences)
    }

    @Test func wordsAreNeverCutWhenThereIsWhitespace() {
        let words = ["maison", "conseil", "été", "aujourd'hui", "voiture", "municipal", "x"]
        var random = SeededGenerator(state: 6)
        let text = (0..<3_000).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
        let pieces = SegmentLengthLimit(maxScalars: 200).process([Self.sentence(text)])
        #expect(pieces.count > 1)
        Self.expectContract(pieces, original: text, max: 200)
        let scalars = Array(text.unicodeScalars)
        for piece in pieces {
            // Every piece starts at the text's start or after a space, and ends at its end or before a space.
            #expect(piece.range.lowerBound == 0 || scalars[piece.range.lowerBound - 1] == " ")
            #expect(piece.range.upperBound == scalars.count || scalars[piece.range.upperBound] == " ")
            // At least half the window is used, so a run is not cut into slivers.
            if piece.range.upperBound != scalars.count { #expect(piece.range.count >= 100) }
        }
    }

    @Test func clauseMarksArePreferredToOtherWhitespace() {
        let clause = "le conseil a voté le budget, "  // 29 scalars
        let text = String(repeating: clause, count: 20) + "fin"
        let pieces = SegmentLengthLimit(maxScalars: 100).process([Self.sentence(text)])
        Self.expectContract(pieces, original: text, max: 100)
        for piece in pieces.dropLast() { #expect(piece.text.hasSuffix(","), "\(piece.text)") }
    }

    @Test func runsWithoutWhitespaceAreCutAfterPunctuation() {
        let text = (0..<400).map { "mot\($0)" }.joined(separator: ",")
        let pieces = SegmentLengthLimit(maxScalars: 64).process([Self.sentence(text)])
        Self.expectContract(pieces, original: text, max: 64)
        for piece in pieces.dropLast() { #expect(piece.text.hasSuffix(","), "\(piece.text)") }
    }

    @Test func aSingleHugeWordIsCutButNeverBetweenALetterAndItsAccent() {
        let text = String(repeating: "e\u{301}a", count: 1_000)  // decomposed é: a base and a combining mark
        let pieces = SegmentLengthLimit(maxScalars: 50).process([Self.sentence(text)])
        Self.expectContract(pieces, original: text, max: 50)
        for piece in pieces {
            #expect(piece.text.unicodeScalars.first?.properties.generalCategory != .nonspacingMark)
        }
    }

    @Test func ordinalsAreRenumberedAndOffsetsStayInTheParagraph() {
        let long = String(repeating: "un deux trois ", count: 40).dropLast()
        let first = Self.sentence("Court.")
        let second = Self.sentence(String(long), offset: 7, ordinal: 1)
        let third = Self.sentence("Fin.", offset: 7 + long.unicodeScalars.count + 1, ordinal: 2)
        let result = SegmentLengthLimit(maxScalars: 100).process([first, second, third])
        #expect(result.count > 3)
        #expect(result.map(\.ordinal) == Array(result.indices))
        #expect(result.first?.text == "Court." && result.last?.text == "Fin.")
        #expect(result.last?.range == third.range)
        for (previous, next) in zip(result, result.dropFirst()) {
            #expect(previous.range.upperBound < next.range.lowerBound)
        }
    }

    @Test func analysisIsCutWithTheDisplayText() {
        // Display keeps typographic apostrophes and no-break spaces; analysis has ASCII ones.
        let display = String(repeating: "l\u{2019}été\u{A0}: ", count: 30)
        let analysis = String(repeating: "l'été : ", count: 30)
        let count = display.unicodeScalars.count
        let sentence = Sentence(paragraph: 2, ordinal: 0, range: 0..<count, text: display, analysis: analysis)
        let pieces = SegmentLengthLimit(maxScalars: 40).process([sentence])
        #expect(pieces.count > 1)
        let analysed = Array(analysis.unicodeScalars)
        for piece in pieces {
            #expect(piece.range.count <= 40)
            #expect(piece.analysis == String(String.UnicodeScalarView(analysed[piece.range])))
            #expect(piece.text.unicodeScalars.count == piece.analysis.unicodeScalars.count)
        }
    }

    @Test func thePipelineCutsALongRunAndTranslatesEveryPiece() throws {
        let lexicons = LexiconDirectory(path: LexiconDirectory.packageLexiconsPath)
        let pipeline = try TranslationPipeline.standard(lexicons: lexicons)
        #expect(pipeline.segmentLimit.maxScalars == SegmentLengthLimit.defaultMaxScalars)
        let run = String(repeating: "la maison du conseil municipal ", count: 400)  // 12,400 scalars, no full stop
        let translated = try pipeline.translate(Paragraph(index: 0, text: run))
        #expect(translated.sentences.count >= 6)
        for sentence in translated.sentences {
            #expect(sentence.source.range.count <= SegmentLengthLimit.defaultMaxScalars)
            #expect(!sentence.english.isEmpty)
        }
        let squeezed = { (text: String) in String(text.unicodeScalars.filter { !$0.properties.isWhitespace }) }
        #expect(squeezed(translated.sentences.map(\.source.text).joined()) == squeezed(run), "nothing dropped")
    }
}
