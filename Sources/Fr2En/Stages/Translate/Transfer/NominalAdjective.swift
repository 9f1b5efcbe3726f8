// Licensed under the Apache License, Version 2.0.

/// Where an adjective stands for a noun: right after a determiner or a number (« les passagers sont arrivés »,
/// « trois blessés », « des jeunes qui »), with no noun, adjective or number after it. `LexicalTransfer` then
/// reads it as its noun when the lexicon gives the lemma a noun sense (passager → "passengers", autrichien →
/// "Austrians"), and `NounPhraseTransfer` gives a `people-adjective` the head noun English needs (« les jeunes »
/// → "young people"); the others keep their adjective ("the British", "the poor").
///
/// Prenominal adjectives (`prenominal-adjective`: « le premier », « les nouveaux ») are left alone unless they
/// are `people-adjective` too (« jeune »): they stand for a noun said before, which English repeats or leaves
/// out ("the first").
enum NominalAdjective {
    /// Whether the unit at `index` heads its noun phrase as described above (its own part of speech is not
    /// checked).
    static func headsNounPhrase(_ units: [TransferUnit], _ index: Int, classes: WordClasses) -> Bool {
        guard index > 0, units[index].phrase == nil, !units[index].isTerm else { return false }
        let previous = units[index - 1]
        guard previous.is(.determiner) || previous.is(.numeral) || previous.isNumber else { return false }
        // « l'Europe tout entière »: a determiner that does not agree with the word is no determiner of it.
        if previous.is(.determiner), disagree(previous.features, units[index].features) { return false }
        let lemma = units[index].lemma
        if classes.contains(lemma, in: .prenominalAdjective) && !classes.contains(lemma, in: .peopleAdjective) {
            return false
        }
        guard index + 1 < units.count else { return true }
        let next = units[index + 1]
        if next.isNominal || next.isNumber || next.isTerm || next.is(.adjective) || next.is(.numeral) { return false }
        // A word with no reading (a name or foreign word the lexicon lacks) may be the noun.
        return !(next.isWord && next.candidates.isEmpty && next.analysis == nil)
    }

    /// Whether two readings carry opposite genders or numbers (masculine against feminine, singular against
    /// plural); a reading without one agrees with anything.
    private static func disagree(_ first: MorphFeatures, _ second: MorphFeatures) -> Bool {
        func opposed(_ one: MorphFeatures, _ other: MorphFeatures) -> Bool {
            (first.contains(one) && !first.contains(other) && second.contains(other) && !second.contains(one))
                || (first.contains(other) && !first.contains(one) && second.contains(one) && !second.contains(other))
        }
        return opposed(.masculine, .feminine) || opposed(.singular, .plural)
    }
}
