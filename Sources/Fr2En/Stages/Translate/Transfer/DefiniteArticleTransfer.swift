// Licensed under the Apache License, Version 2.0.

/// Drops the "the" of a French definite article before a noun or a name that English news uses bare in the
/// same context (`ArticlePreferences`, learnt per English word): generic plurals, mass and abstract nouns,
/// company names; and before a glossary term, an expression or a name of several words the hand-written overrides
/// (`en.article-overrides.tsv`) list as bare.
///
/// ```
/// les enfants jouent            → children play          (plain)
/// le président Obama            → President Obama        (`office-title` before a name)
/// le sénateur McCain            → Senator McCain         (the title may be a glossary term)
/// la réduction des dépenses     → the reduction of spending (after de; "reduction" keeps "the")
/// le projet                     → the project            (count noun: kept)
/// le Congrès a voté             → Congress voted         (glossary term listed bare)
/// le Congrès américain          → the American Congress  (a term before an adjective keeps "the")
/// la Deutsche Bank              → Deutsche Bank          (a listed name of several words)
/// ```
///
/// Only an article directly before its noun is considered: an ordinal, a number or a prenominal adjective in
/// between (« les deux pays », « le premier ministre ») keeps "the", and so does a superlative after the noun
/// (« la ville la plus grande »), and so does an article after a number or pronoun and « de » (« deux des pays »
/// → "two of the countries"). Runs after `NounPhraseTransfer`, which has decided the partitive articles and
/// moved the adjectives.
struct DefiniteArticleTransfer: Sendable {
    let preferences: ArticlePreferences
    let classes: WordClasses

    func apply(_ units: inout [TransferUnit]) {
        for index in units.indices.dropLast() {
            let article = units[index]
            // The morphology tags only le, la, l' and les as definite determiners.
            guard article.isDefiniteArticle, article.english.count == 1,
                  article.english[0].lowercased() == "the" else { continue }
            if titleBeforeName(units, title: index + 1) {
                // "President Obama": the title takes capitals and no article.
                units[index].english = []
                units[index].done = true
                units[index + 1].english = units[index + 1].english.map(Self.capitalisingWords)
                if case .term(var match) = units[index + 1].token.kind {
                    // A glossary title (« le sénateur McCain » → "Senator McCain").
                    match.target = Self.capitalisingWords(match.target)
                    units[index + 1].token.kind = .term(match)
                }
                continue
            }
            let head = units[index + 1]
            guard head.english.count == 1 else { continue }
            let context = context(units, article: index)
            if let bare = listedNameRun(units, head: index + 1) {
                // A name of several capitalised words the overrides list (« la Deutsche Bank » → "Deutsche Bank").
                if bare, !afterSelector(units, article: index) {
                    units[index].english = []
                    units[index].done = true
                }
                continue
            }
            if head.isTerm || head.phrase != nil {
                // A glossary term or an expression (« le Congrès », « le réchauffement climatique »): only a
                // hand-written decision drops its "the", and not before a French adjective (« le Congrès
                // américain » → "the American Congress").
                guard preferences.override(head.english[0], context) == true, !adjectiveAfter(units, head: index + 1),
                      !afterSelector(units, article: index) else { continue }
                units[index].english = []
                units[index].done = true
                continue
            }
            var form: String
            if head.is(.noun), preferences.override(head.english[0], context) != nil {
                // A noun whose English the overrides list as written (« la NASA » → "NASA").
                form = head.english[0]
            } else if head.is(.noun) {
                form = head.english[0].lowercased()
                // "young people" (« les jeunes »): a group the list lacks is used as its head noun is.
                if let space = form.lastIndex(of: " "), preferences.bareRate(form, context) == nil,
                   preferences.override(form, context) == nil {
                    form = String(form[form.index(after: space)...])
                }
            } else if head.is(.properNoun) || (head.unknown && head.token.isCapitalized) {
                form = head.english[0]
            } else {
                continue
            }
            guard !superlativeAfter(units, head: index + 1), !afterSelector(units, article: index),
                  preferences.prefersBare(form, context) else { continue }
            units[index].english = []
            units[index].done = true
        }
    }

    /// Whether the noun at `title` is an `office-title` or `name-title` right before a name (a capitalised word, or
    /// a name particle the name runs kept: `le général de Gaulle`).
    private func titleBeforeName(_ units: [TransferUnit], title: Int) -> Bool {
        // « le général » may be read as the adjective; « le premier ministre », « le sénateur » may be glossary terms.
        guard title + 1 < units.count, units[title].is(.noun) || units[title].is(.adjective)
                || units[title].phrase?.tags.pos == .noun || units[title].isTerm else {
            return false
        }
        let key = units[title].isTerm ? units[title].token.text.lowercased()
            : units[title].phrase?.french.lowercased() ?? units[title].lemma
        guard classes.contains(key, in: .officeTitle) || classes.contains(key, in: .nameTitle) else { return false }
        let name = units[title + 1]
        guard name.token.isCapitalized || name.token.origin.contains(.insideName) else { return false }
        return name.is(.properNoun) || name.isTerm || name.token.origin.contains(.insideName)
            || (name.unknown && name.token.isCapitalized)
    }

    /// "prime minister" → "Prime Minister".
    private static func capitalisingWords(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false)
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// Whether the article follows a selection of a set: a number or pronoun and `de` (« deux des », « chacun
    /// des »), or a `partitive-selector` expression (« l'un des »). English says "two of the children".
    private func afterSelector(_ units: [TransferUnit], article: Int) -> Bool {
        guard article > 0 else { return false }
        let before = units[article - 1]
        if let phrase = before.phrase { return classes.contains(phrase.french.lowercased(), in: .partitiveSelector) }
        guard before.isDePreposition, article >= 2 else { return false }
        let selector = units[article - 2]
        return selector.is(.numeral) || selector.isNumber || selector.is(.pronoun)
    }

    /// The article's context: after `de`, or its noun (with adjectives) before `de`, or neither.
    private func context(_ units: [TransferUnit], article: Int) -> ArticlePreferences.Context {
        if article > 0, units[article - 1].isDePreposition { return .afterDe }
        var cursor = article + 2
        while cursor < units.count, units[cursor].is(.adjective) || (units[cursor].done && units[cursor].english.isEmpty) {
            cursor += 1
        }
        if cursor < units.count, units[cursor].isDePreposition { return .beforeDe }
        return .plain
    }

    /// The hand-written decision (true = bare) for the longest run of two to four capitalised words starting at
    /// `head` whose English the overrides list ("Deutsche Bank"), in the run's own context; nil when none is listed.
    private func listedNameRun(_ units: [TransferUnit], head: Int) -> Bool? {
        var end = head
        while end < units.count, end - head < 4, units[end].token.isCapitalized, units[end].english.count == 1 {
            end += 1
        }
        guard end - head >= 2 else { return nil }
        for last in stride(from: end - 1, through: head + 1, by: -1) {
            let english = units[head...last].map { $0.english[0] }.joined(separator: " ")
            let context: ArticlePreferences.Context = head >= 2 && units[head - 2].isDePreposition ? .afterDe
                : last + 1 < units.count && units[last + 1].isDePreposition ? .beforeDe : .plain
            if let bare = preferences.override(english, context) { return bare }
        }
        return nil
    }

    /// Whether an adjective follows the term or expression at `head` in the French (« le Congrès américain »).
    private func adjectiveAfter(_ units: [TransferUnit], head: Int) -> Bool {
        head + 1 < units.count && units[head + 1].is(.adjective)
    }

    /// Whether a superlative follows the noun (« la ville la plus grande »): its article has been folded into the
    /// adjective cluster, and the noun keeps "the".
    private func superlativeAfter(_ units: [TransferUnit], head: Int) -> Bool {
        var cursor = head + 1
        while cursor < units.count, cursor - head <= 4 {
            let unit = units[cursor]
            if unit.lowered == "plus" || unit.lowered == "moins" { return cursor > head + 1 && units[cursor - 1].isDefiniteArticle }
            guard unit.is(.adjective) || unit.is(.adverb) || unit.isDefiniteArticle else { return false }
            cursor += 1
        }
        return false
    }
}
