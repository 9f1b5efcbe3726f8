// Licensed under the Apache License, Version 2.0.

/// The shape English gives a French `comme` clause that repeats the main clause as a neuter `le`/`l'`: French
/// inverts a noun subject after the verb (« comme l'a indiqué la police »), English says the participle and "by"
/// + subject ("as indicated by the police"), and drops the "it" either way.
///
/// ```
/// comme l'a indiqué la police, …        → as indicated by the police, …
/// comme le montre l'exemple de Rome     → as shown by the example of Rome
/// comme l'a annoncé samedi le ministre  → as announced on Saturday by the minister
/// comme nous l'avons dit, …             → as we said, …
/// comme l'a dit Marie                   → as said by Marie
/// comme le faisait son père             → as did his father
/// ```
/// The clause opens with an `as-clause-conjunction` right before the clitic; the only clitic is `le`/`l'`. Unless
/// the verb is the pro-verb `faire`, a noun subject starts (a determiner, number or name) right after the verb
/// group or after at most two adverbs, nouns or adjectives of time (`samedi`, `dernier`).
struct AsClauseInversion: Sendable {
    let classes: WordClasses

    /// What English does with the clause.
    enum Shape: Equatable {
        /// "as indicated by the police": the participle, and "by" before the subject starting at the index.
        case byPhrase(subject: Int)
        /// "as we said", "as did his father": the subject stays where it is, the "it" goes.
        case withoutObject
    }

    /// The shape of the verb group whose clitics and `ne` start at `left`, whose lexical verb is at `main` and
    /// whose words end at `last`; nil when the group is no such clause.
    func shape(_ units: [TransferUnit], left: Int, clitics: [Int], subject: Int?, head: Int, main: Int,
               last: Int) -> Shape? {
        guard left > 0, clitics.count == 1, ["le", "l'"].contains(units[clitics[0]].lowered),
              units[clitics[0]].english == ["it"] else { return nil }
        if let subject {
            let start = min(subject, left)
            guard subject < head, start > 0, opensClause(units[start - 1]) else { return nil }
            return .withoutObject
        }
        guard opensClause(units[left - 1]) else { return nil }
        // « comme le faisait son père » → "as did his father": the pro-verb keeps the inversion English allows.
        if units[main].lemma == "faire" { return .withoutObject }
        var cursor = last + 1
        while cursor < units.count, cursor - last <= 3 {
            let unit = units[cursor]
            if unit.isNumber || unit.isNominal && unit.token.isCapitalized || unit.is(.determiner)
                || unit.is(.predeterminer) {
                return .byPhrase(subject: cursor)
            }
            guard !unit.done, unit.is(.adverb) || unit.is(.noun) || unit.is(.adjective) else { return nil }
            cursor += 1
        }
        return nil
    }

    /// Whether `unit` is `comme` (or another `as-clause-conjunction`).
    private func opensClause(_ unit: TransferUnit) -> Bool {
        classes.contains(unit.lowered, in: .asClauseConjunction)
    }
}
