// Licensed under the Apache License, Version 2.0.

/// Dates, ordinals, times and number scales the English way.
///
/// ```
/// mardi 3 juin 2014   → Tuesday, June 3, 2014
/// le 3 juin           → on June 3
/// 1er                 → 1st
/// 14h30               → 14:30
/// 3,5 millions        → 3.5 million
/// tous les trois mois → every three months
/// 375 000 $           → $375,000
/// ```
/// Months and days come from the names lexicon (kinds `month`, `day`); the tokeniser has already written the
/// digits the English way.
struct NumberTransfer: Sendable {
    let names: NameLexicon?
    let classes: WordClasses

    private func kind(_ unit: TransferUnit) -> NameLexicon.Kind? {
        guard unit.isWord else { return nil }
        return names?.lookup(unit.lowered)?.kind
    }

    func apply(_ units: inout [TransferUnit]) {
        let kinds = units.map { unit -> NameLexicon.Kind? in
            // Only months and days take part in dates.
            guard let kind = kind(unit), kind == .month || kind == .day else { return nil }
            return kind
        }

        for index in units.indices where units[index].isWord && !units[index].done {
            if let ordinal = Self.ordinal(units[index].token.text) {
                units[index].english = [ordinal]
                units[index].done = true
            } else if let time = Self.time(units[index].token.text) {
                units[index].english = [time]
                units[index].done = true
            }
        }
        for index in units.indices {
            // "3 juin" → "June 3"; "3 juin 2014" → "June 3, 2014".
            guard index + 1 < units.count, units[index].isNumber || Self.ordinal(units[index].token.text) != nil,
                  kinds[index + 1] == .month else { continue }
            let day = Self.ordinal(units[index].token.text) != nil ? String(units[index].token.text.prefix { $0.isNumber })
                : units[index].token.text
            guard let dayNumber = Int(day), (1...31).contains(dayNumber) else { continue }
            let month = names?.lookup(units[index + 1].lowered).map { [$0.english] } ?? units[index + 1].english
            units[index].english = month + [day]
            units[index].done = true
            units[index + 1].english = []
            units[index + 1].done = true
            if index + 2 < units.count, units[index + 2].isNumber, units[index + 2].token.text.count == 4 {
                units[index].english.append(",")
            }
            // "mardi 3 juin" → "Tuesday, June 3".
            if index > 0, kinds[index - 1] == .day {
                units[index - 1].after.append(",")
            }
            // "le 3 juin" → "on June 3", but "depuis le 3 juin" → "since June 3".
            var article = index - 1
            if article >= 0, kinds[article] == .day { article -= 1 }
            if article >= 0, units[article].is(.determiner), units[article].has(.definite) {
                let afterPreposition = article > 0 && (units[article - 1].is(.preposition) || units[article - 1].lowered == "à")
                let clauseStart = article == 0 || units[article - 1].isPunctuation
                units[article].english = afterPreposition || clauseStart ? [] : ["on"]
                units[article].done = true
            }
        }
        for index in units.indices where kinds[index] == .day && !units[index].done {
            // A bare day name is a time adverbial: "lundi" → "on Monday"; "le lundi" → "on Monday".
            let previous = index > 0 ? units[index - 1] : nil
            if let previous, previous.is(.determiner), previous.has(.definite), !previous.done {
                units[index - 1].english = ["on"]
                units[index - 1].done = true
            } else if previous == nil || !(previous!.is(.preposition) || previous!.is(.determiner)) {
                if index > 0 && !(previous?.isPunctuation ?? true) {
                    units[index].before.append("on")
                    // « il a signé samedi un accord » → "he signed an agreement on Saturday"; not before a date
                    // (« mardi 4 mars » → "on Tuesday, March 4", whose comma is already after the day).
                    if units[index].after.isEmpty, classes.contains(units[index].lowered, in: .afterObjectAdverb) {
                        AdverbPlacement(classes: classes).moveAfterObject(&units, at: index)
                    }
                }
            }
        }
        // "à 15:05 heures" → "at 15:05": a clock time needs no "hours".
        for index in units.indices.dropLast() where units[index].isNumber && Self.time(units[index].token.text) != nil
            && units[index + 1].lemma == "heure" {
            units[index + 1].drop()
        }
        // "à 14h30" → "at 14:30".
        for index in units.indices.dropLast() where units[index].lowered == "à" && !units[index].done {
            let next = units[index + 1]
            if next.done && Self.time(next.token.text) != nil
                || next.isNumber && (Self.time(next.token.text) != nil
                                     || index + 2 < units.count && units[index + 2].lemma == "heure") {
                units[index].english = ["at"]
                units[index].done = true
            }
        }
        // "de 12 à 15 ans" → "from 12 to 15 years".
        for index in units.indices where index + 3 < units.count && (units[index].lowered == "de" || units[index].lowered == "d'")
            && !units[index].done && units[index + 1].isNumber && units[index + 2].lowered == "à" && units[index + 3].isNumber {
            units[index].english = ["from"]
            units[index].done = true
            units[index + 2].english = ["to"]
            units[index + 2].done = true
        }
        // "tous les trois mois" → "every three months": a distributive determiner before a count of a time noun.
        for index in units.indices where index + 2 < units.count && !units[index].done
            && classes.contains(units[index].lowered, in: .distributiveDeterminer)
            && (units[index + 1].isNumber || units[index + 1].is(.numeral))
            && classes.contains(units[index + 2].lemma, in: .timeNoun) {
            units[index].english = ["every"]
            units[index].done = true
        }
        // "3,5 millions" → "3.5 million".
        for index in units.indices.dropFirst() where units[index].is(.noun) && classes.contains(units[index].lemma, in: .scaleNoun) {
            guard units[index - 1].isNumber, let word = units[index].english.first, word.hasSuffix("s") else { continue }
            units[index].english = [String(word.dropLast())]
        }
        // "375 000 $" → "$375,000", "3,5 millions €" → "€3.5 million": the symbol goes before the amount.
        for index in units.indices.dropFirst() where units[index].isPunctuation
            && classes.contains(units[index].token.text, in: .currencySymbol) {
            var amount = index - 1
            if amount > 0, units[amount].is(.noun), classes.contains(units[amount].lemma, in: .scaleNoun) { amount -= 1 }
            guard units[amount].isNumber, units[amount].before.isEmpty, units[index].english.count == 1 else { continue }
            units[amount].before = units[index].english
            units[index].english = []
        }
    }

    /// `1er` → "1st", `2e`/`2ème` → "2nd", `21e` → "21st".
    static func ordinal(_ text: String) -> String? {
        guard Self.startsWithDigit(text) else { return nil }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let value = Int(digits) else { return nil }
        let suffix = text.dropFirst(digits.count).lowercased()
        guard ["er", "re", "ère", "e", "ème", "eme", "è"].contains(suffix) else { return nil }
        let lastTwo = value % 100
        let english: String
        if (11...13).contains(lastTwo) {
            english = "th"
        } else {
            switch value % 10 {
            case 1: english = "st"
            case 2: english = "nd"
            case 3: english = "rd"
            default: english = "th"
            }
        }
        return String(digits) + english
    }

    /// `14h30` → "14:30", `9h` → "9:00", and a clock time already written with a colon, `15:05` (not the score
    /// `2:1`).
    static func time(_ text: String) -> String? {
        guard Self.startsWithDigit(text) else { return nil }
        let hours = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(hours.count), let hourValue = Int(hours), hourValue < 24 else { return nil }
        let rest = text.dropFirst(hours.count)
        guard rest.first == "h" || rest.first == "H" || rest.first == ":" else { return nil }
        let minutes = rest.dropFirst()
        if minutes.isEmpty { return rest.first == ":" ? nil : String(hours) + ":00" }
        guard minutes.count == 2, minutes.allSatisfy({ $0.isASCII && $0.isNumber }), Int(minutes)! < 60 else { return nil }
        return String(hours) + ":" + minutes
    }

    /// Whether the first byte is an ASCII digit: a cheap test that rules out words before `ordinal` and `time`
    /// look at their characters (a text whose first character is an ASCII digit starts with its byte).
    private static func startsWithDigit(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first >= 0x30 && first <= 0x39
    }
}
