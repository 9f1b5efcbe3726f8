// Licensed under the Apache License, Version 2.0.

/// Finds where a noun phrase that follows a verb ends, for rules that move words over it (`CausativeInversion`,
/// `AdverbPlacement`'s `after-object-adverb`s).
///
/// The noun phrase starts with a determiner, a predeterminer, a number or a name (or is an expression standing for
/// one: « tout le monde »), and goes on across adjectives, numbers, nouns and `de` complements (« le prix du
/// pétrole »), up to `longest` units. It may be moved over only when it ends the clause's object: at the end of the
/// sentence or before a unit that starts no second noun phrase, no coordinated noun phrase, no relative clause and
/// no infinitive.
///
/// ```
/// … rire les enfants .             → ends before "."
/// … partir les otages de la ville → ends before "." (« de la ville » is a complement)
/// … plein de bijoux et d'argent   → no end: a coordinated noun phrase follows
/// ```
struct NounPhraseExtent: Sendable {
    /// The most units a noun phrase may have.
    static let longest = 8

    /// The index just after the noun phrase starting at `start` when it ends where it may be moved over, or nil;
    /// with `atClauseEnd`, only the end of the sentence, punctuation or a conjunction may follow it (a preposition
    /// may open a complement of the noun: « le projet de loi sur les retraites »).
    static func end(_ units: [TransferUnit], from start: Int, atClauseEnd: Bool = false) -> Int? {
        guard let end = scan(units, from: start), mayEnd(units, at: end) else { return nil }
        if atClauseEnd, end < units.count {
            let unit = units[end]
            guard unit.isPunctuation || unit.is(.coordinator) || unit.is(.subordinator) else { return nil }
        }
        return end
    }

    /// Puts `words` after the noun phrase that ends before `end`: before the unit there, or after the last unit.
    static func place(_ words: [String], before end: Int, in units: inout [TransferUnit]) {
        if end < units.count {
            units[end].before = words + units[end].before
        } else {
            units[end - 1].after += words
        }
    }

    /// The index just after the noun phrase starting at `start`, or nil when none starts there.
    private static func scan(_ units: [TransferUnit], from start: Int) -> Int? {
        guard start < units.count else { return nil }
        if let phrase = units[start].phrase, phrase.tags.pos == .pronoun {
            // « tout le monde » → "everyone": an expression standing for a noun phrase.
            var cursor = start + 1
            while cursor < units.count, units[cursor].saysNothing, units[cursor].phrase?.french == phrase.french {
                cursor += 1
            }
            return cursor
        }
        guard startsNounPhrase(units[start]) else { return nil }
        var cursor = start
        var sawNoun = false
        while cursor < units.count, cursor - start < longest {
            let unit = units[cursor]
            if unit.isNominal {
                sawNoun = true
            } else if unit.is(.determiner) || unit.is(.predeterminer) {
                // « tout le monde », « les » after « de »; a determiner after a noun starts another noun phrase.
                if sawNoun && !units[cursor - 1].isDePreposition { break }
            } else if unit.is(.adjective) || unit.is(.numeral) || unit.isNumber {
                // part of the noun phrase
            } else if sawNoun, unit.isDePreposition, cursor + 1 < units.count,
                      units[cursor + 1].is(.determiner) || units[cursor + 1].isNominal {
                // « le prix du pétrole »
            } else {
                break
            }
            cursor += 1
        }
        return sawNoun ? cursor : nil
    }

    /// Whether a noun phrase may start with `unit`: a determiner, a number or a name.
    static func startsNounPhrase(_ unit: TransferUnit) -> Bool {
        unit.is(.determiner) || unit.is(.predeterminer) || unit.is(.numeral) || unit.isNumber
            || (unit.isNominal && unit.token.isCapitalized)
    }

    /// Whether a noun phrase may end before `index`: the end of the sentence, punctuation other than an opening
    /// quotation mark, or a unit that starts no second noun phrase, no coordinated one, no relative clause and no
    /// infinitive.
    private static func mayEnd(_ units: [TransferUnit], at index: Int) -> Bool {
        guard index < units.count else { return true }
        let unit = units[index]
        if unit.isPunctuation { return !unit.mayOpenQuotation }
        // « plein de bijoux et d'argent »: a coordinated noun phrase goes on after the conjunction.
        if unit.is(.coordinator), index + 1 < units.count,
           startsNounPhrase(units[index + 1]) || units[index + 1].isDePreposition || units[index + 1].isNominal {
            return false
        }
        return !(startsNounPhrase(unit) || unit.isNominal || unit.is(.relative) || unit.is(.pronoun)
                 || unit.analysis?.tags.has(.infinitive) == true)
    }
}
