// Licensed under the Apache License, Version 2.0.

/// Renders the subject pronouns `il` and `elle` as "it" when they refer back to a thing: French pronouns take
/// the grammatical gender of any noun, English "he"/"she" only people.
///
/// ```
/// La France a dit qu'elle votera.   → France said that it will vote.   (feminine thing)
/// Le ministre a dit qu'il votera.   → The minister said that he will vote.
/// Elle est arrivée.                 → She arrived.   (no antecedent in the sentence: unchanged)
/// ```
/// The antecedent is the nearest earlier noun of the same gender that is neither a prepositional complement nor
/// an object (`Animacy.antecedent`), in an earlier clause (a verb stands between); for `elle`, failing that, the
/// nearest feminine noun of any role in an earlier clause (a verb or a conjunction between). Inverted pronouns
/// (`dit-elle`) are left alone.
struct PronounTransfer: Sendable {
    let animacy: Animacy

    func apply(_ units: inout [TransferUnit]) {
        for index in units.indices.dropFirst() where (units[index].lowered == "il" || units[index].lowered == "elle")
            && units[index].is(.pronoun) && !units[index].done && !units[index].token.origin.contains(.enclitic) {
            let gender: MorphFeatures = units[index].lowered == "il" ? .masculine : .feminine
            // The antecedent belongs to an earlier clause: a verb stands between them ("Le lendemain, il …" and
            // "le pays dont il parle" have none).
            // A subject first; failing that, for `elle`, an object or complement ("ce n'est pas une tâche facile,
            // mais elle doit…"): news names women far less often than feminine things, while `il` with no subject
            // antecedent is mostly a man named earlier.
            let fallback = gender == .feminine
                ? earlierClause(units, animacy.antecedent(units, before: index, gender: gender, anyRole: true), index,
                                conjunctionSeparates: true) : nil
            guard let antecedent = earlierClause(units, animacy.antecedent(units, before: index, gender: gender), index)
                    ?? fallback,
                  animacy.kind(units, at: antecedent) == .thing else { continue }
            let capital = units[index].english.first?.first?.isUppercase == true
            units[index].english = [capital ? "It" : "it"]
        }
    }

    /// The antecedent when a verb (or, with `conjunctionSeparates`, a conjunction) stands between it and the
    /// pronoun at `index`, else nil.
    private func earlierClause(_ units: [TransferUnit], _ antecedent: Int?, _ index: Int,
                               conjunctionSeparates: Bool = false) -> Int? {
        guard let antecedent, units[(antecedent + 1)..<index].contains(where: {
            $0.analysis?.pos.isVerb == true || conjunctionSeparates && ($0.is(.coordinator) || $0.is(.subordinator))
        }) else { return nil }
        return antecedent
    }
}
