// Licensed under the Apache License, Version 2.0.

/// Decades: a plural `decade-noun` before a round year names a decade, which English writes as the year with "s".
///
/// ```
/// les années 80          → the 1980s
/// dans les années 1990   → in the 1990s
/// la musique des années 60 → the music of the 1960s
/// ```
///
/// A two-digit year from 20 to 90 is in the twentieth century; a four-digit one counts from 1800 to 2090. Runs
/// first in `NounPhraseTransfer`, whose partitive rule leaves the article of a decade alone (« à partir des années
/// 60 » → "from the 1960s"), and before `DefiniteArticleTransfer`, so that the article is judged for "1980s", not
/// for "years".
struct DecadeTransfer: Sendable {
    let classes: WordClasses

    func apply(_ units: inout [TransferUnit]) {
        for index in units.indices.dropLast() where startsDecade(units, at: index) {
            units[index].english = [Self.decade(units[index + 1].token.text) ?? ""]
            units[index].done = true
            units[index + 1].drop()
        }
    }

    /// Whether the unit at `index` is a plural `decade-noun` before a round year that does not open a range or a
    /// list of years (« les années 2000 à 2006 », « les années 2000 et 2010 » are years).
    private func startsDecade(_ units: [TransferUnit], at index: Int) -> Bool {
        guard index + 1 < units.count, !units[index].done, units[index].is(.noun), units[index].has(.plural),
              classes.contains(units[index].lemma, in: .decadeNoun) else { return false }
        let year = units[index + 1]
        guard year.isNumber, !year.done, Self.decade(year.token.text) != nil else { return false }
        if index + 3 < units.count, units[index + 3].isNumber,
           ["à", "et", "-", "ou"].contains(units[index + 2].token.text) { return false }
        return true
    }

    /// "1980s" for `80` or `1980`; nil for a number that is not a round year of the range.
    private static func decade(_ text: String) -> String? {
        guard text.allSatisfy(\.isASCII), let value = Int(text), value % 10 == 0 else { return nil }
        if text.count == 2, (20...90).contains(value) { return "19\(value)s" }
        if text.count == 4, (1800...2090).contains(value) { return "\(value)s" }
        return nil
    }
}
