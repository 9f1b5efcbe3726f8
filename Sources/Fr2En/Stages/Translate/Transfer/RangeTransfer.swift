// Licensed under the Apache License, Version 2.0.

/// Ranges `de A à B` whose two ends are of one kind: "from A to B".
///
/// ```
/// de janvier à mars          → from January to March
/// du lundi au vendredi       → from Monday to Friday
/// de 2001 à 2005             → from 2001 to 2005
/// passer de 5 % à 7 %        → go from 5% to 7%
/// de Paris à Lyon            → from Paris to Lyon
/// ```
/// The ends are numbers with the same unit word (`de 9 heures à 17 heures`, `de 5 % à 7 %`), months or days
/// (kinds `month`, `day` of the names lexicon; a month may carry its year) or places (proper nouns with a place
/// reading, when no noun governs the range).
/// An article after `de` or `à` (`du lundi au vendredi`) says nothing in English. Both ends must be of the same
/// kind: « la visite de Merkel à Paris » is no range. It runs before the noun-phrase rules, which would otherwise
/// read « du » as a partitive or « de lundi » as "of Monday".
///
/// After a `from-to-verb` (`fr.word-classes.tsv`: passer), « de » + a number and a later « à » + a number make a
/// range whatever their units: « le nombre est passé de 107 en 2009 à 160 » → "passed from 107 in 2009 to 160";
/// « faire passer des réformes » and « ne passe pas du tout » have no number and stay as they are.
struct RangeTransfer: Sendable {
    let names: NameLexicon?
    var classes = WordClasses()

    /// What one end of a range is; a number end carries the lemma of its unit word (`%`, `heure`), if any.
    private enum End: Equatable {
        case number(unit: String?, value: Double), month, day, place
    }

    func apply(_ units: inout [TransferUnit]) {
        var index = 0
        while index < units.count {
            if let to = verbRangeEnd(units, de: index) {
                units[index].english = ["from"]
                units[index].done = true
                units[to].english = ["to"]
                units[to].done = true
                index = to + 1
                continue
            }
            guard units[index].isDePreposition, !units[index].done, let (kind, first) = end(units, at: index + 1),
                  first.end < units.count, units[first.end].lowered == "à", units[first.end].is(.preposition),
                  !units[first.end].done, let (other, second) = end(units, at: first.end + 1),
                  matches(kind, other), kind != .place || !(index > 0 && units[index - 1].isNominal)
            else {
                index += 1
                continue
            }
            units[index].english = [units[index].token.isCapitalized ? "From" : "from"]
            units[index].done = true
            units[first.end].english = ["to"]
            units[first.end].done = true
            for article in [first.article, second.article].compactMap({ $0 }) { units[article].drop() }
            index = second.end
        }
    }

    /// How many words may stand between the first number of a verb's range and its « à » (« de 7,94 pour cent en
    /// décembre 2007 à »).
    private static let verbRangeWindow = 6

    /// The index of the « à » closing a range after a `from-to-verb` whose « de » stands at `index`: the verb right
    /// before « de », a number right after it, then « à » + a number within `verbRangeWindow` words, with no
    /// punctuation or verb between. Nil otherwise.
    private func verbRangeEnd(_ units: [TransferUnit], de index: Int) -> Int? {
        guard index > 0, index + 1 < units.count, units[index].isDePreposition, !units[index].done,
              units[index - 1].analysis?.pos.isVerb == true, units[index - 1].phrase == nil,
              classes.contains(units[index - 1].lemma, in: .fromToVerb), units[index + 1].isNumber else { return nil }
        var cursor = index + 2
        while cursor + 1 < units.count, cursor - index <= Self.verbRangeWindow {
            let unit = units[cursor]
            if unit.lowered == "à", unit.is(.preposition), !unit.done {
                return units[cursor + 1].isNumber ? cursor : nil
            }
            if unit.isPunctuation || unit.analysis?.pos.isVerb == true { return nil }
            cursor += 1
        }
        return nil
    }

    /// Whether two ends make a range. Numbers need a unit word after the first, the same after the second
    /// (« de 5 % à 7 % »; « une baisse de 1,2 % à 5985 points » is a fall of 1.2% to a level, and bare
    /// « de 18 à 21 ans » is left to the age and number rules), and values of one order of magnitude: « le Dow
    /// Jones a progressé de 68 points à 10 405 points » rose by a change to a level. A place range cannot hang
    /// on a noun (« le rôle de Collserola à Barcelone » is the role of one place in another).
    private func matches(_ first: End, _ second: End) -> Bool {
        switch (first, second) {
        case (.number(let unit, let low), .number(let other, let high)):
            return unit != nil && unit == other && low > 0 && high > 0 && max(low, high) / min(low, high) <= 10
        default:
            return first == second
        }
    }

    /// The value of a number token as the tokeniser wrote it (`10,405.83`), or nil.
    private func value(_ text: String) -> Double? {
        Double(String(text.unicodeScalars.filter { $0 != "," }.map(Character.init)))
    }

    /// The kind of the range end that starts at `start` (after an optional definite article), with the index
    /// of its article and the index right after it.
    private func end(_ units: [TransferUnit], at start: Int) -> (End, (article: Int?, end: Int))? {
        guard start < units.count else { return nil }
        var cursor = start
        var article: Int?
        // The article may already say nothing (`LexicalTransfer` drops it before a country: « du Portugal »).
        if units[cursor].isDefiniteArticle {
            article = cursor
            cursor += 1
            guard cursor < units.count else { return nil }
        }
        let unit = units[cursor]
        if unit.isNumber {
            guard article == nil, let value = value(unit.token.text) else { return nil }
            cursor += 1
            // One unit word after the number: « de 9 heures à 17 heures », « de 5 % à 7 % ».
            var unitWord: String?
            if cursor < units.count, units[cursor].lowered != "à",
               units[cursor].is(.noun) || units[cursor].token.text == "%" {
                unitWord = units[cursor].is(.noun) ? units[cursor].lemma : units[cursor].token.text
                cursor += 1
            }
            return (.number(unit: unitWord, value: value), (nil, cursor))
        }
        if isPlace(unit) { return (.place, (article, cursor + 1)) }
        guard unit.isWord, !unit.done else { return nil }
        if case .month = names?.lookup(unit.lowered)?.kind {
            guard article == nil else { return nil }
            cursor += 1
            // « de janvier 2009 à mars 2010 ».
            if cursor < units.count, units[cursor].isNumber, units[cursor].token.text.count == 4 { cursor += 1 }
            return (.month, (nil, cursor))
        }
        if case .day = names?.lookup(unit.lowered)?.kind {
            return (.day, (article, cursor + 1))
        }
        return nil
    }

    /// A place: a proper noun with a place reading, or a glossary term or word the names lexicon lists as a
    /// territory, city or place (« Grèce »).
    private func isPlace(_ unit: TransferUnit) -> Bool {
        if unit.is(.properNoun), unit.candidates.contains(where: { $0.tags.features.contains(.place) }) { return true }
        guard unit.isTerm || unit.isWord, unit.token.isCapitalized, let kind = names?.lookup(unit.token.text)?.kind
        else { return false }
        return kind.isPlace
    }
}
