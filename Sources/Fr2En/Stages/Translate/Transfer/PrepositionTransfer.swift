// Licensed under the Apache License, Version 2.0.

/// Chooses the English of a preposition from its neighbours, as `fr-en.preposition-contexts.tsv` learnt them:
/// the governor on its left and the head noun of its object on its right.
///
/// ```
/// les prix ont augmenté de 3 %   → prices increased by 3%   (governor « augmenter »)
/// il est à l'hôpital             → he is in hospital         (object « hôpital »)
/// elle a permis aux élèves de…   → she allowed the pupils to…  (`_`: no preposition)
/// ```
/// Before any row, « de » after a noun of rise or fall (`change-noun`) is "in" unless an amount follows:
/// « une hausse des prix » → "a rise in prices", but « une hausse de 5 % » → "a rise of 5%".
/// Where the file has no row, two word classes (`fr.word-classes.tsv`) decide: `à` before an `at-noun` with no
/// verb of motion before it is "at" (« elle travaille à l'université » → "she works at the university"), `dans` and `en` after
/// an `into-verb` are "into" (« il a jeté la lettre dans le feu » → "into the fire").
/// It runs right after `LexicalTransfer` and leaves units unfinished, so the hand-written rules that follow
/// (places, `de` complements, partitives, infinitive links) still decide where they apply. A preposition that
/// introduces a verb or a pronoun is left to the infinitive rules.
///
/// A verb of `fr-en.dative-verbs.tsv` that becomes another English verb before a person (`dire` → "tell") does so
/// before an « à » object too, which English then takes directly: « il a déclaré à la presse que » → "he told the
/// press that", « dire aux élèves de partir » → "tell the pupils to leave" (not before a place or a time, direct
/// speech after a colon or in an inverted speech tag, where English says "said to").
struct PrepositionTransfer: Sendable {
    let contexts: PrepositionContextLexicon
    let classes: WordClasses
    var datives = DativeVerbs()

    /// The English of a row whose object English takes without a preposition.
    private static let noPreposition = "_"

    /// How far left the governor may stand (across adverbs only).
    private static let governorWindow = 2
    /// How far right the object's head may stand (across determiners, numbers, adjectives and adverbs only).
    private static let objectWindow = 4
    /// How far left the verb of an `at-noun` or `into-verb` choice may stand (`aller tous les jours à l'école`,
    /// `jeter la lettre dans le feu`).
    private static let verbWindow = 5

    func apply(_ units: inout [TransferUnit]) {
        for index in units.indices where units[index].is(.preposition) && units[index].phrase == nil
            && !units[index].done && units[index].english.count == 1 {
            if index + 1 < units.count, introducesVerb(units[index + 1]) { continue }
            let preposition = units[index].lemma.lowercased()
            let governing = governorIndex(units, index)
            let left = governing.map { units[$0].isTerm ? units[$0].token.text.lowercased() : units[$0].lemma.lowercased() }
            let head = objectHeadIndex(units, index)
            let right = head.map { units[$0].lemma.lowercased() }
            if preposition == "à", let head, contexts.english(preposition, left: nil, right: right) == nil,
               let dative = governing.flatMap({ dativeGovernor(units, $0) }), !isPlaceOrTime(units[head]),
               !speechTag(units, verb: dative.verb), !(head + 1 < units.count && units[head + 1].token.text == ":") {
                units[dative.verb].english = [dative.english]
                units[index].english = []
                continue
            }
            guard let english = changeChoice(preposition, governing: governing, right: right, units, index)
                ?? contexts.english(preposition, left: left, right: right)
                ?? classChoice(preposition, right: right, units, index) else { continue }
            if english == Self.noPreposition {
                units[index].english = []
                continue
            }
            let capitalized = units[index].english[0].first?.isUppercase == true
            units[index].english = [capitalized ? english.prefix(1).uppercased() + english.dropFirst() : english]
        }
    }

    /// The English the word classes give where the learnt file has no row: "at" for `à` + `at-noun` (not after a
    /// verb of motion), "into" for `dans`/`en` after an `into-verb`.
    private func classChoice(_ preposition: String, right: String?, _ units: [TransferUnit], _ index: Int)
        -> String? {
        switch preposition {
        case "à":
            guard let right, classes.contains(right, in: .atNoun) else { return nil }
            if let verb = nearestVerb(units, index), classes.contains(verb, in: .motionVerb) { return nil }
            return "at"
        case "dans", "en":
            guard right != nil, let verb = nearestVerb(units, index), classes.contains(verb, in: .intoVerb) else {
                return nil
            }
            return "into"
        default:
            return nil
        }
    }

    /// The lemma of the nearest lexical verb before the preposition, a few words back within the clause (across
    /// its object: « jeter la lettre dans le feu »), or nil.
    private func nearestVerb(_ units: [TransferUnit], _ index: Int) -> String? {
        var cursor = index - 1
        while cursor >= 0, index - cursor <= Self.verbWindow, !units[cursor].isPunctuation {
            if units[cursor].analysis?.pos.isVerb == true, !units[cursor].is(.have), !units[cursor].is(.be) {
                return units[cursor].lemma
            }
            cursor -= 1
        }
        return nil
    }

    /// "in" for « de » after a `change-noun` before the thing that changes (« la hausse des prix » → "the rise in
    /// prices"); nil before an amount, which keeps "of" (« une hausse de 5 % » → "a rise of 5%"), before a time
    /// (« la hausse du mois dernier »), and elsewhere.
    private func changeChoice(_ preposition: String, governing: Int?, right: String?, _ units: [TransferUnit],
                              _ index: Int) -> String? {
        guard preposition == "de", let governing, units[governing].pos == .noun,
              classes.contains(units[governing].lemma.lowercased(), in: .changeNoun),
              !introducesAmount(units, index), !(right.map { classes.contains($0, in: .timeNoun) } ?? false) else {
            return nil
        }
        return "in"
    }

    /// Whether the preposition's object is an amount: a number, after at most a determiner (« de 5 % », « de
    /// trois points », « de la 0,9 % »), or « un » (« d'un point »).
    private func introducesAmount(_ units: [TransferUnit], _ index: Int) -> Bool {
        var cursor = index + 1
        guard cursor < units.count else { return false }
        if units[cursor].lemma.lowercased() == "un" { return true }
        if units[cursor].pos == .determiner { cursor += 1 }
        return cursor < units.count && (units[cursor].isNumber || units[cursor].pos == .numeral)
    }

    private func introducesVerb(_ unit: TransferUnit) -> Bool {
        unit.analysis?.pos.isVerb == true || unit.is(.pronoun)
    }

    /// The index of the noun, adjective or lexical verb the preposition depends on, or of a glossary term right
    /// before it (« le porte-parole de Renault » → "the spokesperson for Renault": the term's French is its key).
    private func governorIndex(_ units: [TransferUnit], _ index: Int) -> Int? {
        var cursor = index - 1
        if cursor >= 0, units[cursor].isTerm { return cursor }
        while cursor >= 0, index - cursor <= Self.governorWindow, units[cursor].phrase == nil,
              let pos = units[cursor].pos {
            if pos == .noun || pos == .adjective || pos == .verb { return cursor }
            guard pos == .adverb || pos == .preadverb else { return nil }
            cursor -= 1
        }
        return nil
    }

    /// The governor (`governorIndex`) when it is a verb that `fr-en.dative-verbs.tsv` makes another English verb
    /// before a person without a preposition (`dire` → "tell"), with that English.
    private func dativeGovernor(_ units: [TransferUnit], _ governor: Int) -> (verb: Int, english: String)? {
        guard units[governor].pos == .verb, !units[governor].unknown, let entry = datives.entry(units[governor].lemma),
              entry.preposition == nil, let english = entry.english else { return nil }
        return (governor, english)
    }

    /// Whether the verb at `verb` opens an inverted speech tag (« », a dit à la presse le ministre »), whose
    /// English keeps "said to": punctuation before it, across auxiliaries, clitics and « ne ».
    private func speechTag(_ units: [TransferUnit], verb: Int) -> Bool {
        var cursor = verb - 1
        while cursor >= 0, units[cursor].is(.have) || units[cursor].is(.be) || units[cursor].is(.pronoun)
                || units[cursor].lemma == "avoir" || units[cursor].lemma == "ne" {
            cursor -= 1
        }
        return cursor >= 0 && units[cursor].isPunctuation
    }

    /// A place name or a noun of time or place (`time-noun`, `at-noun`): « dire à Paris », « à 10 heures ».
    private func isPlaceOrTime(_ unit: TransferUnit) -> Bool {
        unit.has(.place) || classes.contains(unit.lemma.lowercased(), in: .timeNoun)
            || classes.contains(unit.lemma.lowercased(), in: .atNoun)
    }

    /// The index of the noun or name that heads the preposition's object.
    private func objectHeadIndex(_ units: [TransferUnit], _ index: Int) -> Int? {
        var cursor = index + 1
        while cursor < units.count, cursor - index <= Self.objectWindow, units[cursor].phrase == nil {
            if units[cursor].isNumber { cursor += 1; continue }
            guard let pos = units[cursor].pos else { return nil }
            if pos == .noun || pos == .properNoun { return cursor }
            guard [.determiner, .numeral, .adjective, .adverb, .preadverb, .predeterminer].contains(pos) else {
                return nil
            }
            cursor += 1
        }
        return nil
    }
}
