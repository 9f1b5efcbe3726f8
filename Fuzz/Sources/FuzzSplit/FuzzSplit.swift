// Licensed under the Apache License, Version 2.0.

import Fr2En
import FuzzSupport

let splitter: SentenceSplitter = {
    let lexicons = try! LexiconDirectory.locate(executablePath: nil)
    return try! SentenceSplitter(abbreviations: AbbreviationList.load(path: lexicons.file("fr.abbreviations.txt")))
}()

/// Fuzz target: sentence splitting of one normalised paragraph of arbitrary bytes.
/// Invariants: ranges are non-empty, ordered, disjoint and inside the paragraph; each sentence's text is exactly
/// the display scalars of its range; nothing but whitespace lies outside the ranges (no character is lost).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSplit(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = FuzzInput(data, size)
    guard let paragraph = try? TextNormalizer().process(Paragraph(index: 0, text: input.text)),
          let sentences = try? splitter.process(paragraph)
    else { return 0 }
    let display = Array(paragraph.display.unicodeScalars)
    var covered = 0
    for sentence in sentences {
        FuzzCheck.require(!sentence.range.isEmpty, "empty sentence range \(sentence.range)")
        FuzzCheck.require(sentence.range.lowerBound >= covered && sentence.range.upperBound <= display.count,
                          "range \(sentence.range) overlaps or leaves the paragraph (\(display.count) scalars)")
        for gap in display[covered..<sentence.range.lowerBound] {
            FuzzCheck.require(gap.properties.isWhitespace, "non-whitespace U+\(gap.value) lost between sentences")
        }
        FuzzCheck.require(String(String.UnicodeScalarView(display[sentence.range])) == sentence.text,
                          "sentence text differs from its range")
        covered = sentence.range.upperBound
    }
    for gap in display[covered...] {
        FuzzCheck.require(gap.properties.isWhitespace, "non-whitespace U+\(gap.value) lost after the last sentence")
    }
    return 0
}
