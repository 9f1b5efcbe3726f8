// Licensed under the Apache License, Version 2.0.

/// Puts an inverted subject back before its verb: after a relative or a conjunction of `inversion-opener`
/// (`que`, `ce que`, `où`, `dont`, `lorsque`, `quand`, `comme`…) French may put a noun-phrase subject after the
/// verb, English cannot.
///
/// ```
/// les mesures que propose le gouvernement → the measures that the government proposes
/// la ville où règne la peur               → the city where fear reigns
/// le texte qu'a adopté le parlement hier  → the text that the parliament adopted yesterday
/// le livre que lui a donné son père       → the book that his father gave him
/// ce qu'ont dit les témoins               → what the witnesses said
/// quand arrive l'hiver, …                 → when the winter arrives, …
/// ```
///
/// The verb group (already rewritten) must follow the opener, with only clitics between (none after an
/// `as-clause-conjunction`, whose clitic clause `AsClauseInversion` shapes), and the subject must start with a
/// determiner, a number or a name, hold a noun or a name (or two joined by a coordinating conjunction after a
/// plural verb), and end at punctuation (not a list's comma), a preposition other than `de`, an adverb, a
/// coordinating conjunction, a finite verb (the main clause's) or a noun phrase of time. The verb is in the third
/// person; `on` is a subject, not a clitic. Questions are left alone (« Où est la gare ? »).
struct RelativeInversion: Sendable {
    let classes: WordClasses

    /// The most units a moved subject may have.
    private static let longestSubject = 8

    /// Moves the verb group `head...end` after its inverted subject when the rule applies.
    func apply(_ units: inout [TransferUnit], head: Int, end: Int, isQuestion: Bool) {
        // Only a third-person verb has a noun subject (« ce que nous appelons la réalité »).
        guard !isQuestion, units[head].has(.third), followsRelative(units, head), end + 1 < units.count,
              let after = subjectEnd(units, from: end + 1, plural: units[head].has(.plural)),
              after < units.count, mayFollowSubject(units, after) else {
            return
        }
        let words = units[head...end].flatMap { $0.takeWords() }
        guard !words.isEmpty else { return }
        units[after].before = words + units[after].before
    }

    /// Whether an `inversion-opener` stands before `head`, with only clitic pronouns between, and is not the
    /// sentence's first word unless it is a conjunction or an adverb.
    private func followsRelative(_ units: [TransferUnit], _ head: Int) -> Bool {
        guard head > 0 else { return false }
        var cursor = head - 1
        // « dans lequel on ferme le sac »: `on` is the subject, not a clitic.
        while cursor > 0, units[cursor].is(.pronoun), units[cursor].has(.proclitic), units[cursor].lowered != "on" {
            cursor -= 1
        }
        // The sentence's first word only as a conjunction or an adverb (« Quand arrive l'hiver, … »), not as an
        // interrogative pronoun (« Que fait la police »).
        guard cursor > 0 || !(units[cursor].is(.relative) || units[cursor].is(.pronoun)) else { return false }
        // « comme limite chaque saison »: a preposition, before a noun read as a verb.
        guard !units[cursor].is(.preposition) else { return false }
        let word = units[cursor].lowered
        // « comme l'a dit la police »: `AsClauseInversion` has shaped the clause.
        if cursor < head - 1, classes.contains(word, in: .asClauseConjunction) { return false }
        return classes.contains(word, in: .inversionOpener)
            || (cursor > 0 && classes.contains(word, in: .prepositionalInversionOpener)
                && units[cursor - 1].is(.preposition))
    }

    /// The index just after the subject starting at `start`, or nil when no subject starts there; the subject
    /// may join two noun phrases only when the verb is `plural` (« où règne la peur et les gens partent »).
    private func subjectEnd(_ units: [TransferUnit], from start: Int, plural: Bool) -> Int? {
        guard startsSubject(units[start]) else { return nil }
        var cursor = start
        var sawNoun = false
        var joined = false
        while cursor < units.count, cursor - start < Self.longestSubject {
            let unit = units[cursor]
            if unit.isNominal {
                sawNoun = true
            } else if unit.is(.determiner), sawNoun, !units[cursor - 1].isDePreposition,
                      !units[cursor - 1].is(.coordinator) {
                // « dans lequel a perdu sa vie le ministre »: the object, then another noun phrase.
                break
            } else if unit.is(.determiner) || unit.is(.adjective) || unit.is(.numeral) || unit.isNumber {
                // part of the noun phrase
            } else if unit.isDePreposition, cursor + 1 < units.count,
                      units[cursor + 1].is(.determiner) || units[cursor + 1].isNominal {
                // « le ministre de la Défense »
            } else if sawNoun, plural, !joined, unit.is(.coordinator), cursor + 1 < units.count,
                      startsSubject(units[cursor + 1]) {
                // « où vivent les parents et leurs enfants »
                joined = true
            } else {
                break
            }
            cursor += 1
        }
        return sawNoun ? cursor : nil
    }

    /// Whether a subject may start with `unit`: a determiner, a number or a name.
    private func startsSubject(_ unit: TransferUnit) -> Bool {
        unit.is(.determiner) || unit.is(.numeral) || unit.isNumber || (unit.isNominal && unit.token.isCapitalized)
    }

    /// Whether the subject may end before the unit at `index`: a punctuation mark other than an opening quotation
    /// mark (a comma before a noun phrase only when no comma or conjunction follows that noun phrase, as it does
    /// in a list: « à laquelle ont participé Marie, Paul et Luc »), a preposition other than `de`, an adverb, a
    /// coordinating conjunction, a finite verb, or a noun phrase of time (« que lançait la société cette semaine »).
    private func mayFollowSubject(_ units: [TransferUnit], _ index: Int) -> Bool {
        let unit = units[index]
        let next = index + 1 < units.count ? units[index + 1] : nil
        if unit.isPunctuation {
            if unit.token.text == ",", next.map(startsSubject) == true {
                // A noun phrase after the comma: the next clause's subject, or the rest of a list.
                guard let end = subjectEnd(units, from: index + 1, plural: false), end < units.count else {
                    return false
                }
                return !units[end].is(.coordinator) && units[end].token.text != ","
            }
            return !unit.mayOpenQuotation && unit.token.text != "("
        }
        if unit.is(.coordinator) { return true }
        if unit.isDePreposition { return false }
        if unit.is(.determiner), let next, next.is(.noun) {
            return classes.contains(next.lemma, in: .timeNoun)
        }
        // « les mesures que propose le gouvernement sont bonnes »: the main clause's verb.
        return unit.analysis?.isFiniteVerb == true || unit.is(.preposition) || unit.is(.adverb)
    }
}
