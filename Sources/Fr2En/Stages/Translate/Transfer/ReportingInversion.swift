// Licensed under the Apache License, Version 2.0.

/// Puts a named subject of a reporting verb back before the verb after a quotation: French inverts
/// (`», a dit Marie`), English news says “…,” Marie said.
///
/// ```
/// « Nous partons », a dit Marie Dupont.          → “We are leaving,” Marie Dupont said.
/// « Nous partons », a expliqué Marie à la presse. → “We are leaving,” Marie explained to the press.
/// « Nous partons », a dit Marie Dupont, la maire. → unchanged (an apposition follows the name)
/// « Nous partons », a déclaré le ministre.       → unchanged (only names move)
/// « Nous partons », a-t-il dit.                  → “We are leaving,” he said. (the verb group's own inversion)
/// ```
/// The verb group must follow a closing quotation mark (with or without a comma) and hold a `reporting-verb`; the
/// subject is one to four capitalised names, followed by the end of the sentence or a punctuation mark other than
/// a comma, a preposition other than `de`, or an adverb. The verb's English moves before the unit after the name.
struct ReportingInversion: Sendable {
    let classes: WordClasses

    /// The most units a name may have.
    private static let longestName = 4

    /// Moves the verb group `head...end` (already rewritten) after its subject when the rule applies.
    func apply(_ units: inout [TransferUnit], head: Int, end: Int) {
        guard head > 0, end + 1 < units.count, afterQuotation(units, head) else { return }
        guard (head...end).contains(where: { units[$0].analysis?.pos.isVerb == true
            && classes.contains(units[$0].lemma, in: .reportingVerb) }) else { return }
        guard let after = nameEnd(units, from: end + 1), after < units.count, mayFollowName(units[after]) else {
            return
        }
        let words = units[head].takeWords()
        guard !words.isEmpty else { return }
        units[after].before = words + units[after].before
    }

    /// Whether the unit before `head` is a closing quotation mark, or a comma right after one.
    private func afterQuotation(_ units: [TransferUnit], _ head: Int) -> Bool {
        var cursor = head - 1
        if units[cursor].isPunctuation, units[cursor].token.text == "," { cursor -= 1 }
        guard cursor > 0, units[cursor].isPunctuation else { return false }
        return ["\"", "»", "”"].contains(units[cursor].token.text)
    }

    /// The index just after the name that starts at `start`, or nil when no name starts there.
    private func nameEnd(_ units: [TransferUnit], from start: Int) -> Int? {
        guard isName(units[start]) else { return nil }
        var cursor = start
        while cursor < units.count, cursor - start < Self.longestName, isName(units[cursor]) {
            cursor += 1
        }
        return cursor
    }

    /// A capitalised proper noun, glossary term or unknown word.
    private func isName(_ unit: TransferUnit) -> Bool {
        unit.isNominal && unit.token.isCapitalized && !unit.is(.noun)
    }

    /// Whether the name may end before `unit`: a punctuation mark other than a comma or an opening quotation mark,
    /// a preposition other than `de`, an adverb.
    private func mayFollowName(_ unit: TransferUnit) -> Bool {
        if unit.isPunctuation { return !unit.mayOpenQuotation && unit.token.text != "," }
        if unit.isDePreposition { return false }
        return unit.is(.preposition) || unit.is(.adverb)
    }
}
