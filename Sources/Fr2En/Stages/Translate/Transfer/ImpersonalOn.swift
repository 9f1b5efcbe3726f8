// Licensed under the Apache License, Version 2.0.

/// Decides when the subject `on` of a verb of saying or thinking is an English impersonal passive rather than
/// "we": news English reports hearsay and estimates with "it is said that", not with a pronoun.
///
/// ```
/// On dit que la ville est belle.          → It is said that the town is beautiful.
/// On estimait que le coût serait élevé.   → It was estimated that the cost would be high.
/// On ne sait pas pourquoi il est parti.   → It is not known why he left.
/// On dirait que la pluie arrive.          → We would say …   (a conditional is an idiom: left to the caller)
/// Si l'on considère que …                 → If we consider that …   (after `on-passive-blocker`: unchanged)
/// On y trouve des musées.                 → There are museums.   (`isExistential`)
/// ```
/// The verb is an `on-passive-verb` and the word after the verb group (or its adverbs) an `on-passive-link`; a
/// group with object clitics (`on lui a dit que`) or a modal frame keeps its subject.
struct ImpersonalOn: Sendable {
    let classes: WordClasses

    /// Whether the group with subject `subject` and lexical verb `main` becomes "it" + passive: a link word
    /// at `after` or, past adverbs (`on sait depuis longtemps que`), at some index up to `through`.
    func isImpersonalPassive(_ units: [TransferUnit], subject: Int, main: Int, after: Int, through: Int,
                             hasClitics: Bool) -> Bool {
        guard units[subject].lowered == "on", !hasClitics, !units[main].unknown, units[main].phrase == nil,
              classes.contains(units[main].lemma, in: .onPassiveVerb), after < units.count,
              (after...min(max(after, through), units.count - 1))
                .contains(where: { classes.contains(units[$0].lowered, in: .onPassiveLink) })
        else { return false }
        if subject > 0, classes.contains(units[subject - 1].lowered, in: .onPassiveBlocker) { return false }
        return true
    }

    /// Whether `on` + the verb at `main` (an `on-there-verb`: `on trouve`, `on compte`) before a noun phrase is
    /// English "there is/are": "on y trouve des musées" → "there are museums".
    func isExistential(_ units: [TransferUnit], subject: Int, main: Int) -> Bool {
        units[subject].lowered == "on" && !units[main].unknown && units[main].phrase == nil
            && classes.contains(units[main].lemma, in: .onThereVerb)
    }
}
