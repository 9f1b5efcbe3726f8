// Licensed under the Apache License, Version 2.0.

/// Ages the English way: `de N ans` after a noun becomes a compound adjective before it ("N-year-old", or
/// "N-year" for a `duration-noun`), `âgé de N ans` is "aged N" (or the compound after a noun, or "N years old"
/// after `être`), an age in apposition is the bare number, and `l'âge de N ans` drops "years".
///
/// ```
/// un homme de 45 ans             → a 45-year-old man
/// la jeune femme de 19 ans       → the 19-year-old young woman
/// un banquier âgé de 51 ans      → a 51-year-old banker
/// elle était âgée de 25 ans      → she was 25 years old
/// quatre hommes âgés de 18 à 21 ans → four men aged 18 to 21
/// Marie Dupont, 41 ans, a dit    → Marie Dupont, 41, said
/// l'âge de 12 ans                → the age of 12
/// un contrat de trois ans        → a three-year contract   (`duration-noun`)
/// une peine de 25 ans de prison  → unchanged (`de` follows)
/// ```
/// Runs first among the noun-phrase rules, while `de` and the adjectives after the noun are untouched.
struct AgeTransfer: Sendable {
    let classes: WordClasses

    func apply(_ units: inout [TransferUnit]) {
        for years in units.indices.dropFirst(2) where isYears(units[years]) && !units[years].done {
            let number = years - 1
            guard isAge(units[number]) else { continue }
            // "âgés de 18 à 21 ans": a range.
            var de = number - 1
            var range: Int?
            if de >= 2, units[de].lowered == "à", isAge(units[de - 1]), units[de - 2].isDePreposition {
                range = de
                de -= 2
            }
            let next = years + 1 < units.count ? units[years + 1] : nil
            let endsPhrase = next.map(endsApposition) ?? true
            guard de > 0 else { continue }
            let before = units[de - 1]
            if units[de].isPunctuation, units[de].token.text == ",", range == nil, before.isNominal, endsPhrase {
                // "Marie Dupont, 41 ans," → "Marie Dupont, 41,".
                units[years].drop()
                continue
            }
            guard units[de].isDePreposition, !units[de].done else { continue }
            if before.lemma == "âgé" || before.lowered.hasPrefix("âgé") {
                aged(&units, aged: de - 1, de: de, number: number, years: years, range: range)
            } else if range == nil, before.is(.noun), before.lemma == "âge" {
                units[years].drop()
            } else if range == nil, before.isPunctuation, before.token.text == ",", de > 1, units[de - 2].isNominal,
                      endsPhrase {
                // "Fujimori, de 72 ans," → "Fujimori, 72,".
                units[de].drop()
                units[years].drop()
            } else if range == nil, next.map({ !$0.isDePreposition }) ?? true,
                      let noun = describedNoun(units, before: de) {
                compound(&units, noun: noun, number: number, de: de, years: years)
            }
        }
    }

    /// `âgé de N ans`: the compound after a noun, "N years old" after `être`, "aged N" elsewhere.
    private func aged(_ units: inout [TransferUnit], aged: Int, de: Int, number: Int, years: Int, range: Int?) {
        if range == nil, let noun = describedNoun(units, before: aged) {
            compound(&units, noun: noun, number: number, de: de, years: years)
            units[aged].drop()
            return
        }
        if range == nil, aged > 0, units[aged - 1].analysis?.pos.isVerb == true, units[aged - 1].lemma == "être" {
            units[aged].drop()
            units[de].drop()
            units[years].english = [units[years].has(.plural) ? "years" : "year", "old"]
            units[years].done = true
            return
        }
        units[aged].english = ["aged"]
        units[aged].done = true
        units[de].drop()
        if let range {
            units[range].english = ["to"]
            units[range].done = true
        }
        units[years].drop()
    }

    /// "45-year-old" before the noun phrase of `noun` (after its determiner), or "45-year" before a
    /// `duration-noun` (`un contrat de trois ans` → "a three-year contract"); `de N ans` disappears.
    private func compound(_ units: inout [TransferUnit], noun: Int, number: Int, de: Int, years: Int) {
        let digits = units[number].isNumber ? units[number].token.text : units[number].english.joined(separator: "-")
        let lasting = classes.contains(units[noun].lemma, in: .durationNoun)
        let start = phraseStart(units, noun: noun)
        units[start].before = [digits + (lasting ? "-year" : "-year-old")] + units[start].before
        units[de].drop()
        units[number].drop()
        units[years].drop()
    }

    /// `an`, `ans`.
    private func isYears(_ unit: TransferUnit) -> Bool { unit.is(.noun) && unit.lemma == "an" }

    /// A number that can be an age: digits from 1 to 150, or a numeral.
    private func isAge(_ unit: TransferUnit) -> Bool {
        if unit.isNumber { return Int(unit.token.text).map { (1...150).contains($0) } ?? false }
        return unit.is(.numeral) && !unit.english.isEmpty
    }

    /// Whether an age in apposition ends before `unit`.
    private func endsApposition(_ unit: TransferUnit) -> Bool {
        unit.isPunctuation && [",", ".", ")", ";"].contains(unit.token.text)
    }

    /// The noun an age before `end` describes: the previous unit, across at most two adjectives; not a time noun
    /// (`une période de 10 ans`) nor `âge`.
    private func describedNoun(_ units: [TransferUnit], before end: Int) -> Int? {
        var cursor = end - 1
        var adjectives = 0
        while cursor >= 0, adjectives < 2, units[cursor].is(.adjective) {
            cursor -= 1
            adjectives += 1
        }
        guard cursor >= 0, units[cursor].is(.noun) || (units[cursor].isNominal && !units[cursor].isTerm),
              !units[cursor].done, !classes.contains(units[cursor].lemma, in: .timeNoun), units[cursor].lemma != "âge"
        else { return nil }
        return cursor
    }

    /// The first adjective before `noun` (`la jeune femme`), or the noun itself.
    private func phraseStart(_ units: [TransferUnit], noun: Int) -> Int {
        var cursor = noun
        while cursor > 0, noun - cursor < 2, units[cursor - 1].is(.adjective) {
            cursor -= 1
        }
        return cursor
    }
}
