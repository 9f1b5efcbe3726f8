// Licensed under the Apache License, Version 2.0.

/// Chooses "who", "that" or "which" for the relative pronoun `qui` from its antecedent, the noun just before
/// it (across adjectives, participles and a comma): people take "who"; things take "that" in a defining
/// clause and "which" after a comma.
///
/// ```
/// l'homme qui parle           → the man who speaks
/// la loi qui interdit …       → the law that forbids …
/// le pays, qui a voté …       → the country, which voted …
/// ```
/// With no noun right before it (`celui qui`, `ce qui`, a preposition) `qui` keeps its listed English.
/// `où` after a noun of time is "when" (`le jour où` → "the day when"), "where" otherwise.
struct RelativeTransfer: Sendable {
    let animacy: Animacy
    let classes: WordClasses

    /// How many modifier units may stand between the noun and `qui`.
    private static let reach = 3

    func apply(_ units: inout [TransferUnit]) {
        for index in units.indices.dropFirst() where units[index].lowered == "où" && units[index].is(.relative)
            && !units[index].done && units[index].phrase == nil {
            if let antecedent = antecedent(units, before: index),
               classes.contains(units[antecedent].lemma, in: .timeNoun) {
                units[index].english = ["when"]
            }
        }
        for index in units.indices.dropFirst() where units[index].lowered == "qui" && units[index].is(.relative)
            && !units[index].done && units[index].phrase == nil {
            guard let antecedent = antecedent(units, before: index) else { continue }
            if animacy.kind(units, at: antecedent) == .thing {
                units[index].english = [units[index - 1].isPunctuation ? "which" : "that"]
            }
        }
    }

    private func antecedent(_ units: [TransferUnit], before index: Int) -> Int? {
        var cursor = index - 1
        if units[cursor].isPunctuation, units[cursor].token.text == "," { cursor -= 1 }
        while cursor >= 0, index - cursor <= Self.reach + 1 {
            let unit = units[cursor]
            if unit.isNominal { return cursor }
            let participle = unit.analysis.map { $0.pos.isVerb && $0.tags.has(.pastParticiple) } ?? false
            guard unit.is(.adjective) || participle else { return nil }
            cursor -= 1
        }
        return nil
    }
}
