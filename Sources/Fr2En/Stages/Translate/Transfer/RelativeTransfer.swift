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
/// `où` after a noun of time is "when" (`le jour où` → "the day when"), "where" otherwise. After a comma,
/// `ce qui` / `ce que` sum up the clause before: "which" (`…, ce qui inquiète` → "…, which worries").
///
/// `dont` reads by what follows it:
/// ```
/// le pays dont le président …    → the country whose president …   (the article goes)
/// dix blessés, dont trois enfants → ten injured, including three children  (no verb follows)
/// 42 substances, dont 12 sont …  → 42 substances, of which 12 are …
/// ce dont il parle               → what he talks about   (parler de → about)
/// le sommet dont l'Iran est membre  → the summit of which Iran is member  (« être »: the attribute's complement)
/// la manière dont il parle       → the way that he speaks
/// ```
struct RelativeTransfer: Sendable {
    let animacy: Animacy
    let classes: WordClasses
    /// Verbs whose `de` complement is not "of": `dont` + `parler` strands "about" after the verb.
    let complements: DeComplements

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
        // ", ce qui …" sums up the clause before it: "which", not "what".
        for index in units.indices.dropFirst() where units[index].english == ["what"] && units[index].is(.pronoun)
            && units[index].phrase != nil && units[index - 1].isPunctuation && units[index - 1].token.text == "," {
            units[index].english = ["which"]
        }
        for index in units.indices.dropFirst().dropLast() where units[index].lowered == "dont" && units[index].is(.relative)
            && !units[index].done && units[index].phrase == nil {
            dont(&units, at: index)
        }
    }

    private func dont(_ units: inout [TransferUnit], at index: Int) {
        let next = units[index + 1]
        let verbFollows = finiteVerb(units, after: index)
        let thing = antecedent(units, before: index).map { animacy.kind(units, at: $0) == .thing } ?? true
        let afterArticle = index + 2 < units.count && next.isDefiniteArticle ? units[index + 2] : nil
        if next.isNumber || next.is(.numeral) || (next.is(.determiner) && !next.isDefiniteArticle && !next.has(.possessive))
            || (next.is(.pronoun) && next.has(.quantifier)) {
            units[index].english = verbFollows ? ["of", thing ? "which" : "whom"] : ["including"]
        } else if !verbFollows, isName(next) || afterArticle.map(isName) == true {
            units[index].english = ["including"]
        } else if let afterArticle, afterArticle.is(.noun) || afterArticle.is(.adjective) {
            units[index].english = ["whose"]
            units[index + 1].english = []
            units[index + 1].done = true
        } else if units[index - 1].is(.pronoun), units[index - 1].lemma == "ce" {
            let all = index >= 2 && units[index - 2].english == ["everything"]
            units[index - 1].english = []
            units[index].english = [all ? "that" : "what"]
            strandPreposition(&units, after: index)
        } else if verbFollows, completesBe(units, after: index) {
            // « le sommet dont l'Afghanistan est un pays observateur » → "of which Afghanistan is an observer
            // country": after « être », de belongs to the attribute, which English says before the clause.
            units[index].english = ["of", thing ? "which" : "whom"]
        } else if verbFollows {
            units[index].english = [thing ? "that" : "whom"]
            strandPreposition(&units, after: index)
        } else {
            return
        }
        units[index].done = true
    }

    /// `dont il parle` → "that he talks about": the preposition the verb takes for `de` goes after it.
    private func strandPreposition(_ units: inout [TransferUnit], after index: Int) {
        for verb in clause(units, after: index) where units[verb].analysis?.pos.isVerb == true {
            if let english = complements.english(after: units[verb].lemma), !english.isEmpty {
                units[verb].after += english
                return
            }
        }
    }

    /// Whether the clause after `dont` has « être » as its first finite verb, not as the auxiliary of a compound tense,
    /// and no word whose de complement is not "of" (« dont il est originaire » → from): `dont` is the complement
    /// of the attribute.
    private func completesBe(_ units: [TransferUnit], after index: Int) -> Bool {
        let words = clause(units, after: index)
        guard let verb = words.first(where: {
            units[$0].analysis?.isFiniteVerb == true
        }), units[verb].lemma == "être", units[verb].is(.be) || units[verb].is(.verb) else { return false }
        // « la façon dont il est devenu » is a compound tense (`etre-auxiliary` verb): « être » there is no copula;
        // a passive keeps it (« le matériau dont elle est faite » → "the material of which it is made").
        var next = verb + 1
        while next < words.upperBound, units[next].is(.adverb) { next += 1 }
        if next < words.upperBound, units[next].analysis.map({ $0.pos.isVerb && $0.tags.has(.pastParticiple) }) == true,
           classes.contains(units[next].lemma, in: .etreAuxiliary) {
            return false
        }
        return !words.contains { units[$0].phrase == nil && complements.english(after: units[$0].lemma) != nil }
    }

    private func isName(_ unit: TransferUnit) -> Bool {
        unit.is(.properNoun) || unit.isTerm || (unit.unknown && unit.token.isCapitalized)
    }

    /// Whether a finite verb follows before the clause ends.
    private func finiteVerb(_ units: [TransferUnit], after index: Int) -> Bool {
        clause(units, after: index).contains {
            units[$0].analysis?.isFiniteVerb == true
        }
    }

    /// The units after `index` up to the end of its clause (punctuation, a conjunction or another relative), at
    /// most eight.
    private func clause(_ units: [TransferUnit], after index: Int) -> Range<Int> {
        let limit = min(units.count, index + 9)
        let end = ((index + 1)..<limit).first {
            units[$0].isPunctuation || units[$0].is(.coordinator) || units[$0].is(.subordinator) || units[$0].is(.relative)
        } ?? limit
        return (index + 1)..<end
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
