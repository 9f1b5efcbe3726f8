// Licensed under the Apache License, Version 2.0.

/// Puts a manner or mid-position adverb that French places between a verb and its object before the English
/// verb: French says « éteindre rapidement le feu », English "quickly extinguish the fire", never "extinguish
/// quickly the fire".
///
/// Input: units after `VerbGroupTransfer`, whose verb units carry their final English.
/// Output: the same units, the adverb's English moved in front of the last word of the verb's English (after "to"
/// and auxiliaries) and the adverb unit dropped.
///
/// ```
/// ils ont pu éteindre rapidement le feu → they could quickly extinguish the fire
/// il a expliqué clairement sa position  → he clearly explained his position
/// pour examiner attentivement les faits → to carefully examine the facts
/// il a vu hier le ministre              → unchanged (not a mid-position adverb)
/// il est actuellement le seul candidat  → unchanged ("be" keeps its adverb after it)
/// ```
/// The adverb is a French `-ment` adverb that is not a `postverbal-adverb`, or a `preverbal-adverb`; the verb has
/// no object words after it yet (`il l'a expliqué clairement` keeps "explained it clearly"), and is not `être` or
/// `il y a`; a noun phrase follows the adverb (a determiner, number, noun or name).
///
/// Any adverb standing inside a verbal expression (`PhraseMatcher` skips one after the verb) goes the same way,
/// since English has no place for it inside the expression's words; after the "be" of an expression that is one
/// word of the verb's English, it follows that "be":
/// ```
/// la réunion a eu également lieu → the meeting also took place
/// il faut désormais que          → it is now necessary that
/// ```
struct AdverbPlacement: Sendable {
    let classes: WordClasses

    func apply(_ units: inout [TransferUnit]) {
        placeInsideExpressions(&units)
        for index in units.indices.dropFirst() where index + 1 < units.count {
            let adverb = units[index]
            guard adverb.is(.adverb), adverb.phrase == nil, !adverb.english.isEmpty, adverb.before.isEmpty, adverb.after.isEmpty, isMidPosition(adverb),
                  startsNounPhrase(units[index + 1]), let verb = verbBefore(units, index) else { continue }
            units[verb].english.insert(contentsOf: adverb.english, at: units[verb].english.count - 1)
            units[index].drop()
        }
    }

    /// Moves the English of an adverb standing between the verb of an expression and the rest of its words (the
    /// rest is a unit of the same expression that says nothing) into the English of the verb group, which sits on
    /// the verb or, in a compound tense, on its auxiliary.
    private func placeInsideExpressions(_ units: inout [TransferUnit]) {
        for index in units.indices.dropFirst() where index + 1 < units.count {
            let adverb = units[index]
            guard adverb.is(.adverb) || adverb.is(.adverbialConjunction), adverb.phrase == nil,
                  !adverb.english.isEmpty, adverb.before.isEmpty, adverb.after.isEmpty,
                  let rest = units[index + 1].phrase, units[index + 1].saysNothing,
                  let phrase = units[index - 1].phrase, phrase.french == rest.french,
                  units[index - 1].analysis?.pos.isVerb == true else { continue }
            var cursor = index - 1
            while cursor >= 0, units[cursor].english.isEmpty, units[cursor].done { cursor -= 1 }
            guard cursor >= 0, units[cursor].analysis?.pos.isVerb == true, let last = units[cursor].english.last else {
                continue
            }
            if units[cursor].english.count == 1, phrase.english == "be" || phrase.english.hasPrefix("be ") {
                // "is necessary that" → "is now necessary that".
                let space = last.firstIndex(of: " ") ?? last.endIndex
                let tail = space == last.endIndex ? [] : [String(last[last.index(after: space)...])]
                units[cursor].english = [String(last[..<space])] + adverb.english + tail
            } else {
                units[cursor].english.insert(contentsOf: adverb.english, at: units[cursor].english.count - 1)
            }
            units[index].drop()
        }
    }

    /// Whether English puts the adverb before a lexical verb: a manner adverb in `-ment` or a `preverbal-adverb`.
    private func isMidPosition(_ unit: TransferUnit) -> Bool {
        if classes.contains(unit.lowered, in: .preverbalAdverb) { return true }
        return unit.lowered.hasSuffix("ment") && unit.lowered.count > 6
            && !classes.contains(unit.lowered, in: .postverbalAdverb)
    }

    /// The verb unit whose English the adverb at `index` follows, across units that say nothing; nil when the
    /// unit before is no finished verb, has objects after it, or is `être` / `il y a`.
    private func verbBefore(_ units: [TransferUnit], _ index: Int) -> Int? {
        var cursor = index - 1
        while cursor >= 0, units[cursor].saysNothing { cursor -= 1 }
        guard cursor >= 0 else { return nil }
        let unit = units[cursor]
        guard unit.done, unit.analysis?.pos.isVerb == true, !unit.english.isEmpty, unit.after.isEmpty,
              unit.lemma != "être", unit.before.last != "there" else { return nil }
        return cursor
    }

    /// Whether a noun phrase starts with `unit`.
    private func startsNounPhrase(_ unit: TransferUnit) -> Bool {
        if unit.isNumber || unit.isNominal { return true }
        return unit.is(.determiner) || unit.is(.predeterminer) || unit.is(.numeral)
    }
}
