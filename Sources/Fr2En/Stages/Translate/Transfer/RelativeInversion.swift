// Licensed under the Apache License, Version 2.0.

/// Puts the subject of a relative clause back before its verb: after `que` and `où` French may put a noun-phrase
/// subject after the verb, English cannot.
///
/// ```
/// les mesures que propose le gouvernement → the measures that the government proposes
/// la ville où règne la peur               → the city where fear reigns
/// le texte qu'a adopté le parlement hier  → the text that the parliament adopted yesterday
/// le livre que lui a donné son père       → the book that his father gave him
/// ```
///
/// The verb group (already rewritten) must follow the relative pronoun, with only clitics between, and the
/// subject must start with a determiner or a name, hold a noun or a name, and end at punctuation, a preposition
/// other than `de`, an adverb or a finite verb (the main clause's). Questions are left alone (« Où est la gare ? »).
struct RelativeInversion: Sendable {
    /// The most units a moved subject may have.
    private static let longestSubject = 8

    /// Moves the verb group `head...end` after its inverted subject when the rule applies.
    func apply(_ units: inout [TransferUnit], head: Int, end: Int, isQuestion: Bool) {
        guard !isQuestion, followsRelative(units, head), end + 1 < units.count,
              let after = subjectEnd(units, from: end + 1), after < units.count, mayFollowSubject(units[after]) else {
            return
        }
        let words = units[head...end].flatMap { $0.takeWords() }
        guard !words.isEmpty else { return }
        units[after].before = words + units[after].before
    }

    /// Whether a relative `que`/`où` stands before `head`, with only clitic pronouns between, and is not the
    /// sentence's first word.
    private func followsRelative(_ units: [TransferUnit], _ head: Int) -> Bool {
        var cursor = head - 1
        while cursor > 0, units[cursor].is(.pronoun), units[cursor].has(.proclitic) { cursor -= 1 }
        guard cursor > 0 else { return false }
        let word = units[cursor]
        // « où » also as an indirect question: « je ne sais pas où est la gare ».
        return (word.is(.relative) && ["que", "qu'", "où"].contains(word.lowered))
            || (word.is(.adverb) && word.lowered == "où")
    }

    /// The index just after the subject starting at `start`, or nil when no subject starts there.
    private func subjectEnd(_ units: [TransferUnit], from start: Int) -> Int? {
        let first = units[start]
        guard first.is(.determiner) || (first.isNominal && first.token.isCapitalized) else { return nil }
        var cursor = start
        var sawNoun = false
        while cursor < units.count, cursor - start < Self.longestSubject {
            let unit = units[cursor]
            if unit.isNominal {
                sawNoun = true
            } else if unit.is(.determiner) || unit.is(.adjective) || unit.is(.numeral) || unit.isNumber {
                // part of the noun phrase
            } else if unit.isDePreposition, cursor + 1 < units.count,
                      units[cursor + 1].is(.determiner) || units[cursor + 1].isNominal {
                // « le ministre de la Défense »
            } else {
                break
            }
            cursor += 1
        }
        return sawNoun ? cursor : nil
    }

    /// Whether the subject may end before `unit`: a punctuation mark other than an opening quotation mark, a
    /// preposition other than `de`, an adverb, a finite verb.
    private func mayFollowSubject(_ unit: TransferUnit) -> Bool {
        if unit.isPunctuation { return !["\"", "«", "“", "("].contains(unit.token.text) }
        if unit.isDePreposition { return false }
        // « les mesures que propose le gouvernement sont bonnes »: the main clause's verb.
        if unit.analysis.map({ $0.pos.isVerb && $0.tags.hasAny(MorphFeatures.finite) }) == true { return true }
        return unit.is(.preposition) || unit.is(.adverb)
    }
}
