// Licensed under the Apache License, Version 2.0.

/// Turns `le N1 de X` into the English possessive "X's N1" where news English clearly prefers it to "the N1 of X".
///
/// ```
/// la décision du gouvernement          → the government's decision
/// la nouvelle stratégie de Nicolas Sarkozy → Nicolas Sarkozy's new strategy
/// la décision des tribunaux            → the courts' decision
/// le président de la République        → the president of the Republic   (president is no listed owned noun)
/// la décision du gouvernement de Paris → the decision of the government of Paris (X has a complement)
/// ```
/// N1 is a common noun after a definite article (across numbers and adjectives) whose English news English puts
/// after 's (`PossessiveNouns`, role `owned`; never a time noun: « le mois de mai »). X is a name (proper nouns
/// and unknown capitalised words, up to four: a first name with its surname) or, after an article, a common noun
/// news English puts before 's (role `owner`). X must end its noun phrase: no de-complement, relative clause,
/// coordination, number or adjective left after it. The lists are short on purpose: French `le N1 de X` has a
/// possessive in the English reference only about one time in ten, and wider lists lowered chrF.
/// Runs after `NounPhraseTransfer` (compounds win: « la conférence de presse du gouvernement » is already "the
/// press conference", whose N1 the rule leaves alone) and `DefiniteArticleTransfer` (X keeps the article English
/// gives it: "the government's", "China's").
struct GenitiveTransfer: Sendable {
    let nouns: PossessiveNouns
    let classes: WordClasses

    func apply(_ units: inout [TransferUnit]) {
        for de in units.indices where units[de].isDePreposition && units[de].english == ["of"] && !units[de].done {
            guard let head = ownedNoun(units, before: de), let article = article(units, before: head),
                  let owner = owner(units, after: de) else { continue }
            var words: [String] = []
            for index in owner.units {
                words += units[index].before + units[index].english + units[index].after
            }
            guard !words.isEmpty else { continue }
            let last = units[owner.units.upperBound - 1]
            let plural = !owner.isName && last.has(.plural) && words.last?.hasSuffix("s") == true
            words.append(plural ? "'" : "'s")
            units[article].english = words
            units[article].done = true
            for index in de..<owner.units.upperBound {
                units[index].drop()
                units[index].before = []
                units[index].after = []
            }
        }
    }

    /// The owner phrase after `de`: its units (article included) and whether it is a name.
    private struct Owner {
        var units: Range<Int>
        var isName: Bool
    }

    /// The common noun N1 before `de`, across adjectives already moved before it.
    private func ownedNoun(_ units: [TransferUnit], before de: Int) -> Int? {
        var cursor = de - 1
        while cursor >= 0, units[cursor].saysNothing, !units[cursor].is(.noun) { cursor -= 1 }
        guard cursor >= 0 else { return nil }
        let unit = units[cursor]
        guard unit.is(.noun), !unit.isTerm, !unit.english.isEmpty, unit.after.isEmpty, unit.phrase == nil,
              let lemma = unit.englishNoun, nouns.contains(lemma, as: .owned),
              !classes.contains(unit.lemma, in: .timeNoun)
        else { return nil }
        return cursor
    }

    /// The definite article of the noun at `head`, across numbers and prenominal adjectives.
    private func article(_ units: [TransferUnit], before head: Int) -> Int? {
        var cursor = head - 1
        while cursor >= 0, head - cursor <= 3,
              units[cursor].is(.adjective) || units[cursor].is(.numeral) || units[cursor].isNumber {
            cursor -= 1
        }
        guard cursor >= 0, units[cursor].isDefiniteArticle, units[cursor].before.isEmpty, units[cursor].after.isEmpty
        else { return nil }
        return cursor
    }

    /// The owner after `de`: [article] name words, or [article] an owner noun; nil when it does not end its
    /// noun phrase.
    private func owner(_ units: [TransferUnit], after de: Int) -> Owner? {
        var cursor = de + 1
        guard cursor < units.count else { return nil }
        let hasArticle = units[cursor].isDefiniteArticle
        if hasArticle { cursor += 1 }
        let start = cursor
        var isName = false
        while cursor < units.count, cursor - start < 4, isNameWord(units[cursor]) {
            cursor += 1
            isName = true
        }
        if !isName {
            guard cursor < units.count, units[cursor].is(.noun), !units[cursor].done, units[cursor].phrase == nil,
                  let lemma = units[cursor].englishNoun, nouns.contains(lemma, as: .owner), hasArticle else { return nil }
            cursor += 1
        }
        guard endsPhrase(units, at: cursor) else { return nil }
        return Owner(units: (de + 1)..<cursor, isName: isName)
    }

    /// A word of a name: a proper noun or an unknown capitalised word, not a glossary term.
    private func isNameWord(_ unit: TransferUnit) -> Bool {
        guard !unit.isTerm, !unit.english.isEmpty, !unit.done else { return false }
        if unit.is(.properNoun) { return true }
        return unit.unknown && unit.token.isCapitalized
    }

    /// Whether nothing after `index` still belongs to the owner's noun phrase.
    private func endsPhrase(_ units: [TransferUnit], at index: Int) -> Bool {
        var cursor = index
        while cursor < units.count, units[cursor].saysNothing { cursor += 1 }
        guard cursor < units.count else { return true }
        let next = units[cursor]
        if next.isDePreposition || next.is(.adjective) || next.isNumber || next.is(.numeral) || next.isNominal { return false }
        if next.isPunctuation {
            // « la décision de Marie, qui … »: the relative clause may be about X.
            if next.token.text == "," { return !(cursor + 1 < units.count && units[cursor + 1].has(.relative)) }
            return next.token.text != "("
        }
        if next.is(.coordinator) { return false }
        // A relative clause after X may say more about N1 than about X.
        return !next.has(.relative)
    }
}
