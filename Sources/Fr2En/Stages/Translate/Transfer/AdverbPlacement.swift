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
/// il a vu hier le ministre              → he saw the minister yesterday (an `after-object-adverb`)
/// il est actuellement le seul candidat  → unchanged ("be" keeps its adverb after it)
/// ```
/// The adverb is a French `-ment` adverb that is not a `postverbal-adverb`, or a `preverbal-adverb` (which also moves
/// before a prepositional phrase: « il vit toujours à Paris » → "he still lives in Paris"); the verb has
/// no object words after it yet (`il l'a expliqué clairement` keeps "explained it clearly"), and is not `être` or
/// `il y a`; the verb's complement follows the adverb: a noun phrase (a determiner, number, noun or name), a clause
/// opened by `que`, or an infinitive, bare or after `de`/`à`:
/// ```
/// il a dit également que            → he also said that
/// elle voulait également partir     → she also wanted to leave
/// il a décidé finalement de partir  → he finally decided to leave
/// ```
/// Before a clause or an infinitive, only an adverb whose English is one word in "-ly" or a `preverbal-adverb`
/// moves (« on sait comment identifier » keeps "how"), and not into a frame's "to" (« pouvoir librement acheter »).
///
/// An `after-object-adverb` (hier, aujourd'hui, demain; day names through `NumberTransfer`) goes after the object instead, when the verb's English is
/// no form of "be", no punctuation stands before the verb (a speech tag's inverted subject: « », a déclaré hier le
/// ministre ») and the noun phrase ends the clause (`NounPhraseExtent`: punctuation or a conjunction after it):
/// ```
/// le groupe a annoncé hier sa décision            → the group announced its decision yesterday
/// il a présenté hier le projet sur les retraites → unchanged (« sur » may complete the noun)
/// ```
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
        placeAfterObjects(&units)
        for index in units.indices.dropFirst() where index + 1 < units.count {
            let adverb = units[index]
            guard adverb.is(.adverb), adverb.phrase == nil, !adverb.english.isEmpty, adverb.before.isEmpty, adverb.after.isEmpty, isMidPosition(adverb),
                  let verb = verbBefore(units, index) else { continue }
            guard startsNounPhrase(units[index + 1])
                    || (startsClauseOrInfinitive(units, index + 1) && isSingleAdverb(adverb) && !endsInTo(units[verb]))
                    || (startsPrepositionalPhrase(units[index + 1]) && classes.contains(adverb.lowered, in: .preverbalAdverb)
                        && !classes.contains(adverb.lowered, in: .focusAdverb))
            else { continue }
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

    /// Moves an `after-object-adverb` standing between a verb and its object noun phrase after that noun phrase
    /// (where `NounPhraseExtent` lets it end): « il a signé hier un accord » → "he signed an agreement yesterday".
    private func placeAfterObjects(_ units: inout [TransferUnit]) {
        for index in units.indices.dropFirst() where index + 1 < units.count {
            let adverb = units[index]
            guard adverb.is(.adverb), adverb.phrase == nil, !adverb.english.isEmpty, adverb.before.isEmpty,
                  adverb.after.isEmpty, classes.contains(adverb.lowered, in: .afterObjectAdverb) else {
                continue
            }
            moveAfterObject(&units, at: index)
        }
    }

    /// Moves the words of the time adverbial at `index` after the object noun phrase that follows it, when the
    /// unit before is a verb that can take that object and the noun phrase ends the clause; used for the
    /// `after-object-adverb`s here and for a day name once `NumberTransfer` has given it its "on" (« il a signé
    /// samedi un accord . » → "he signed an agreement on Saturday.").
    /// - Returns: whether the words moved.
    @discardableResult
    func moveAfterObject(_ units: inout [TransferUnit], at index: Int) -> Bool {
        guard index > 0, index + 1 < units.count, let verb = verbBefore(units, index), hasObject(units, verb: verb),
              let end = NounPhraseExtent.end(units, from: index + 1, atClauseEnd: true) else { return false }
        let words = units[index].takeWords()
        units[index].done = true
        NounPhraseExtent.place(words, before: end, in: &units)
        return true
    }

    /// Whether the noun phrase after the verb at `verb` can be its object: the verb's English is no form of "be"
    /// (« il a été hier le premier »), and the verb opens no speech tag after punctuation, where the noun phrase is
    /// the inverted subject (« », a déclaré hier le ministre »).
    private func hasObject(_ units: [TransferUnit], verb: Int) -> Bool {
        let be: Set<String> = ["be", "is", "are", "was", "were", "been", "am"]
        guard !units[verb].english.contains(where: { be.contains($0) }) else { return false }
        var cursor = verb - 1
        while cursor >= 0, units[cursor].saysNothing { cursor -= 1 }
        return cursor < 0 || !units[cursor].isPunctuation
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

    /// Whether a clause opened by `que` or an infinitive, bare or after `de`/`à`, starts at `index`.
    private func startsClauseOrInfinitive(_ units: [TransferUnit], _ index: Int) -> Bool {
        let unit = units[index]
        if isInfinitive(unit) { return true }
        if unit.lowered == "que" || unit.lowered == "qu'" { return unit.phrase == nil && !unit.is(.pronoun) }
        return (unit.isDePreposition || (unit.lowered == "à" && unit.is(.preposition))) && index + 1 < units.count
            && isInfinitive(units[index + 1])
    }

    private func isInfinitive(_ unit: TransferUnit) -> Bool {
        unit.analysis.map { $0.pos.isVerb && $0.tags.has(.infinitive) } == true
    }

    /// Whether the adverb's English is one word in "-ly" or its French is a `preverbal-adverb`: « difficilement »
    /// → "with difficulty" and « comment » → "how" stay where they are before a clause or an infinitive.
    private func isSingleAdverb(_ unit: TransferUnit) -> Bool {
        guard unit.english.count == 1, let word = unit.english.first, !word.contains(" ") else { return false }
        return word.hasSuffix("ly") || classes.contains(unit.lowered, in: .preverbalAdverb)
    }

    /// Whether the verb's English ends in "to" (a frame before its infinitive: « pouvoir librement acheter » keeps
    /// "be able to freely buy").
    private func endsInTo(_ unit: TransferUnit) -> Bool {
        guard let last = unit.english.last else { return false }
        return last == "to" || last.hasSuffix(" to")
    }

    /// Whether a prepositional phrase starts with `unit` (« il a contribué ainsi à la crise » → "he thus contributed
    /// to the crisis"; only a `preverbal-adverb` that is no `focus-adverb` moves before one).
    private func startsPrepositionalPhrase(_ unit: TransferUnit) -> Bool {
        unit.is(.preposition) && unit.phrase == nil
    }

    /// Whether a noun phrase starts with `unit`.
    private func startsNounPhrase(_ unit: TransferUnit) -> Bool {
        if unit.isNumber || unit.isNominal { return true }
        return unit.is(.determiner) || unit.is(.predeterminer) || unit.is(.numeral)
    }
}
