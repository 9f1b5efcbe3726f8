// Licensed under the Apache License, Version 2.0.

/// Puts the subject of an infinitive after `faire`, `laisser`, `voir`, `entendre`… (`bare-infinitive-verb`)
/// between the two verbs: French says « faire rire les enfants », English "make the children laugh", never "make
/// laugh the children".
///
/// ```
/// ce clown fait rire les enfants             → this clown makes the children laugh
/// le gouvernement a laissé partir les otages → the government let the hostages leave
/// il a vu venir la crise                     → he saw the crisis come
/// il a fait construire une maison            → unchanged: construire takes an object
/// ```
///
/// Input: units after the verb groups and infinitives are rewritten (`VerbGroupTransfer`).
/// Output: the same units, the infinitive's English moved after its subject's noun phrase.
///
/// The infinitive follows the governing verb (across units that say nothing), is a `causative-intransitive` verb
/// (one French mostly uses without an object, so the noun phrase after it is its subject) with no object words of
/// its own, and is no expression. The subject is a noun phrase that ends where `NounPhraseExtent` allows (no
/// second noun phrase, coordinated noun phrase, relative pronoun or infinitive after it); the governing verb has no
/// object clitic (« il lui a fait passer l'entretien »: the noun phrase is the infinitive's object).
struct CausativeInversion: Sendable {
    let classes: WordClasses

    /// Object clitics of the governing verb: with one (« il lui a fait passer l'entretien »), the noun phrase after
    /// the infinitive is the infinitive's object.
    private static let objectClitics: Set<String> = ["le", "la", "l'", "les", "lui", "leur", "me", "m'", "te", "t'"]

    func apply(_ units: inout [TransferUnit]) {
        for index in units.indices.dropFirst() where isMovable(units[index]) {
            guard let verb = governingVerb(units, infinitive: index), !hasObjectClitic(units, before: verb),
                  let end = NounPhraseExtent.end(units, from: index + 1) else { continue }
            let words = units[index].takeWords()
            units[index].done = true
            NounPhraseExtent.place(words, before: end, in: &units)
        }
    }

    /// Whether the unit is a finished infinitive of a `causative-intransitive` verb with no object words.
    private func isMovable(_ unit: TransferUnit) -> Bool {
        guard unit.done, unit.phrase == nil, unit.analysis?.tags.has(.infinitive) == true,
              !unit.english.isEmpty, unit.after.isEmpty else { return false }
        return classes.contains(unit.lemma, in: .causativeIntransitive)
    }

    /// The `bare-infinitive-verb` (not inside an expression) before the infinitive at `index`, across units that
    /// say nothing (a negation's « pas »), or nil.
    private func governingVerb(_ units: [TransferUnit], infinitive index: Int) -> Int? {
        var cursor = index - 1
        while cursor > 0, units[cursor].saysNothing, !units[cursor].is(.verb) { cursor -= 1 }
        let verb = units[cursor]
        guard verb.phrase == nil, verb.analysis?.pos.isVerb == true, classes.contains(verb.lemma, in: .bareInfinitiveVerb)
        else { return nil }
        return cursor
    }

    /// Whether an object clitic stands in the verb group before `verb` (across auxiliaries, negation, adverbs).
    private func hasObjectClitic(_ units: [TransferUnit], before verb: Int) -> Bool {
        var cursor = verb - 1
        while cursor >= 0 {
            let unit = units[cursor]
            if unit.is(.pronoun), unit.has(.proclitic) {
                if Self.objectClitics.contains(unit.lowered) { return true }
            } else if !(unit.analysis?.pos.isVerb == true || unit.is(.adverb)) {
                return false
            }
            cursor -= 1
        }
        return false
    }
}
