// Licensed under the Apache License, Version 2.0.

/// Where a multi-word expression of `fr-en.mwe.tsv` holds: its optional fourth column.
///
/// A row with a condition matches only where the condition holds; elsewhere the matcher tries the next row of the
/// same words (a row without a condition, later in the file) or leaves the words to themselves:
/// ```
/// de plus    moreover    adv    clause-start     « De plus, il pleut. » → "Moreover, it is raining."
/// de plus    more        adv                     « 3 000 personnes de plus » → "3,000 more people"
/// près de    nearly      adv    before-number    « près de 50 morts » → "nearly 50 dead"
/// ```
/// Rows are tried longest first, then in file order, so a conditional row goes before the row it overrides.
public enum PhraseCondition: String, Sendable, Hashable, CaseIterable {
    /// The expression opens a clause: it is the sentence's first word, or it follows a comma, semicolon, colon,
    /// full stop, bracket, dash, quotation mark or coordinating conjunction (« De plus, … », « …, de plus, … »,
    /// « … et de plus … »). Not after a figure's sign (« 7 % de plus »).
    case clauseStart = "clause-start"
    /// A number follows the expression, in figures (« près de 50 ») or a numeral word that is no determiner
    /// (« près de deux ans »; « un », « une » are articles too and do not count).
    case beforeNumber = "before-number"
    /// An amount follows the expression: a number as for `beforeNumber` that is no year (« jusqu'à 700 millions »
    /// → "up to 700 million", but « jusqu'à 2015 » → "until 2015"). A year is four digits from 1000 to 2999 not
    /// followed by a noun (« jusqu'à 2000 euros » is an amount).
    case beforeAmount = "before-amount"
    /// The expression stands between two verb forms, as between an auxiliary and its participle: there
    /// « de plus » qualifies the verb (« il a de plus décidé » → "he also decided"), whereas after a noun it counts
    /// (« 20 avions de plus » → "20 more planes", « 18 000 MW de plus sont nécessaires »).
    case betweenVerbs = "between-verbs"

    /// Whether the condition holds for an expression over `span` of a sentence's tokens.
    /// - Parameters:
    ///   - span: the token indices of the expression.
    ///   - tokens: the sentence's tokens.
    ///   - analyses: each token's morphological readings.
    public func holds(over span: Range<Int>, tokens: [SourceToken], analyses: [[MorphAnalysis]]) -> Bool {
        switch self {
        case .clauseStart:
            let before = span.lowerBound - 1
            guard before >= 0 else { return true }
            switch tokens[before].kind {
            case .word: return analyses[before].contains { $0.pos == .coordinator }
            case .punctuation: return tokens[before].text.unicodeScalars.first.map(Self.opensClause) ?? false
            default: return false
            }
        case .beforeAmount:
            guard Self.beforeNumber.holds(over: span, tokens: tokens, analyses: analyses) else { return false }
            let number = span.upperBound
            let digits = tokens[number].text.unicodeScalars
            let yearLike = digits.count == 4 && digits.allSatisfy { ("0"..."9").contains($0) }
                && ("1"..."2").contains(digits.first!)
            guard yearLike else { return true }
            return number + 1 < tokens.count && analyses[number + 1].contains { $0.pos == .noun }
        case .beforeNumber:
            guard span.upperBound < tokens.count else { return false }
            switch tokens[span.upperBound].kind {
            case .number:
                return true
            case .word:
                let readings = analyses[span.upperBound]
                return readings.contains { $0.pos == .numeral } && !readings.contains { $0.pos == .determiner }
            default:
                return false
            }
        case .betweenVerbs:
            func isVerb(_ index: Int) -> Bool {
                guard index >= 0, index < tokens.count, case .word = tokens[index].kind else { return false }
                return analyses[index].contains { $0.pos.isVerb }
            }
            return isVerb(span.lowerBound - 1) && isVerb(span.upperBound)
        }
    }

    /// Punctuation after which a clause starts: `,` `;` `:` `.` `!` `?` `…`, straight quotes, opening brackets,
    /// dashes and quotation marks. Not a closing bracket, nor `%` or another sign that belongs to a figure.
    private static func opensClause(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ";", ":", ".", "!", "?", "\u{2026}", "\"": return true
        default: break
        }
        switch scalar.properties.generalCategory {
        case .dashPunctuation, .openPunctuation, .initialPunctuation, .finalPunctuation: return true
        default: return false
        }
    }
}
