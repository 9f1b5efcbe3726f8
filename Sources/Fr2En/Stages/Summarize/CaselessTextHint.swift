// Licensed under the Apache License, Version 2.0.

/// Gives the sentence splitter the capitals that lowercased text lacks.
///
/// Text in which every letter is lowercase (corpora are often distributed case-folded) offers no capital to
/// start a sentence, so a splitter that keeps lowercase continuations inside the sentence sees one long
/// sentence. For such a paragraph this hint capitalises, in the `analysis` rendering only, the first letter of
/// the paragraph and the first letter after each `.`, `!`, `?` or `…` followed by a space (closing and
/// opening quotation marks and brackets in between are skipped). `display` is untouched, and a letter whose
/// capital is not a single scalar is left alone, so both renderings keep the same scalar count.
///
/// ```
/// "the talks ended. ministers left." → analysis "The talks ended. Ministers left."
/// ```
/// Paragraphs with any capital letter are returned unchanged.
public enum CaselessTextHint {
    public static func apply(_ paragraph: NormalizedParagraph) -> NormalizedParagraph {
        var scalars = Array(paragraph.analysis.unicodeScalars)
        guard !scalars.contains(where: ScalarClass.isUppercase) else { return paragraph }
        var capitaliseNext = true
        var sawSpace = true
        for index in scalars.indices {
            let scalar = scalars[index]
            if ScalarClass.isWhitespace(scalar) {
                sawSpace = true
                continue
            }
            if ".!?…".unicodeScalars.contains(scalar) {
                capitaliseNext = true
                sawSpace = false
                continue
            }
            if ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar) {
                if capitaliseNext, sawSpace || index == 0, scalar.properties.isLowercase {
                    let upper = scalar.properties.uppercaseMapping.unicodeScalars
                    if upper.count == 1, let capital = upper.first { scalars[index] = capital }
                }
                capitaliseNext = false
                sawSpace = false
                continue
            }
            // Quotes and brackets between the stop and the next word keep the pending capital.
            if !"\"'«»“”‘’()[]".unicodeScalars.contains(scalar) {
                capitaliseNext = false
            }
        }
        var analysis = String.UnicodeScalarView()
        analysis.append(contentsOf: scalars)
        return NormalizedParagraph(index: paragraph.index, firstLine: paragraph.firstLine,
                                   display: paragraph.display, analysis: String(analysis),
                                   continues: paragraph.continues)
    }
}
