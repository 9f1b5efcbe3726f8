// Licensed under the Apache License, Version 2.0.

import Fr2En
import FuzzSupport

/// Fuzz target: glossary parsing and matching. The input is a glossary file, then a NUL byte, then a paragraph
/// to match it against (without a NUL the whole input is the glossary, matched against its own text).
/// Invariants: matches lie inside their sentence, are ordered and disjoint, and their `matchedText` is the
/// sentence's display text over their range.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGlossary(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput(data, size).bytes
    let cut = bytes.firstIndex(of: 0)
    let file = Array(bytes[..<(cut ?? bytes.endIndex)])
    let text = String(decoding: cut.map { bytes[($0 + 1)...] } ?? bytes[...], as: UTF8.self)
    guard let glossary = try? Glossary(parsing: file, name: "fuzz.tsv", priority: 1) else { return 0 }
    guard let paragraph = try? TextNormalizer().process(Paragraph(index: 0, text: text)) else { return 0 }
    // Whole paragraph as one sentence: the matcher must cope with any text, not only what the splitter makes.
    let sentence = Sentence(paragraph: 0, ordinal: 0, range: 0..<paragraph.display.unicodeScalars.count,
                            text: paragraph.display, analysis: paragraph.analysis)
    let scalars = Array(sentence.text.unicodeScalars)
    var end = 0
    for match in glossary.matches(in: sentence) {
        FuzzCheck.require(!match.range.isEmpty && match.range.lowerBound >= end
                              && match.range.upperBound <= scalars.count,
                          "match range \(match.range) out of order or outside the sentence (\(scalars.count))")
        FuzzCheck.require(String(String.UnicodeScalarView(scalars[match.range])) == match.matchedText,
                          "matchedText differs from the sentence over its range")
        end = match.range.upperBound
    }
    _ = try? GlossaryTranslator(glossary: glossary).process(sentence)
    return 0
}
