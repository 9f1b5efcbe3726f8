// Licensed under the Apache License, Version 2.0.

/// Puts the English of an adjective in front of the number or article French puts before it: « les cinq derniers
/// jours » → "the last five days", « une telle décision » → "such a decision".
///
/// Input: units after `VerbGroupTransfer`.
/// Output: the adjective's English moved to the front of the number or article (`before`), the adjective dropped.
///
/// ```
/// les cinq derniers jours        → the last five days
/// ces 20 dernières années        → the last 20 years
/// les deux prochaines semaines   → the next two weeks
/// une telle décision             → such a decision
/// les deux autres maisons        → unchanged (the two other houses)
/// ```
/// A `before-number-adjective` moves over a number or numeral that follows a determiner; a
/// `before-article-adjective` (an adjective or determiner reading) moves over an indefinite article whose English is
/// "a"/"an" (without an article of its own: `tel` read as a determiner says "such a"). English puts "the", not a
/// demonstrative, before such an adjective and a number (« ces deux derniers jours » → "the last two days").
struct AdjectiveFronting: Sendable {
    let classes: WordClasses
    /// Reads the last word of a number expression (« deux dernières » of `fr-en.mwe.tsv` → dernier); none: only
    /// single words are read.
    var morphology: MorphLexicon?

    func apply(_ units: inout [TransferUnit]) {
        demonstrativesBeforeNumberExpressions(&units)
        for index in units.indices.dropFirst() {
            let adjective = units[index]
            guard adjective.is(.adjective) || adjective.is(.determiner), adjective.phrase == nil, !adjective.english.isEmpty,
                  adjective.before.isEmpty, adjective.after.isEmpty else { continue }
            let previous = units[index - 1]
            guard previous.phrase == nil, !previous.english.isEmpty else { continue }
            let overNumber = adjective.is(.adjective) && classes.contains(adjective.lemma, in: .beforeNumberAdjective)
                && (previous.isNumber || previous.is(.numeral)) && index >= 2 && units[index - 2].is(.determiner)
            let overArticle = classes.contains(adjective.lemma, in: .beforeArticleAdjective)
                && previous.is(.determiner) && previous.has(.indefinite)
                && (previous.english == ["a"] || previous.english == ["an"])
            guard overNumber || overArticle else { continue }
            // « tel » read as a determiner may already say "such a": the article stays the unit's own.
            var words = adjective.english.joined(separator: " ").split(separator: " ").map(String.init)
            if overArticle, words.count > 1, words.last == "a" || words.last == "an" { words.removeLast() }
            units[index - 1].before += words
            units[index].drop()
            if overNumber, units[index - 2].has(.demonstrative), units[index - 2].phrase == nil {
                units[index - 2].english = ["the"]
            }
        }
    }

    /// « ces deux dernières années » → "the last two years": a demonstrative before a number expression that ends
    /// in a `before-number-adjective` (`fr-en.mwe.tsv`: « deux dernières » → "last two") and heads a noun says
    /// "the" (« ces deux derniers », standing alone for "the latter two", keeps "these").
    private func demonstrativesBeforeNumberExpressions(_ units: inout [TransferUnit]) {
        guard let morphology else { return }
        for index in units.indices.dropLast(2) where units[index + 2].isNominal {
            let determiner = units[index]
            guard determiner.is(.determiner), determiner.has(.demonstrative), determiner.phrase == nil,
                  let phrase = units[index + 1].phrase, phrase.tags.pos == .numeral,
                  let last = phrase.french.split(separator: " ").last,
                  morphology.analyses(String(last)).contains(where: {
                      $0.pos == .adjective && classes.contains($0.lemma, in: .beforeNumberAdjective)
                  }) else { continue }
            units[index].english = ["the"]
        }
    }
}
