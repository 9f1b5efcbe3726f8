// Licensed under the Apache License, Version 2.0.

/// One French word (or expression) on its way to English: its readings, the chosen one, and the English words
/// rules have decided for it so far.
///
/// A class, not a struct: rules look at neighbours constantly, and copying a unit with a dozen reference-counted
/// fields per look dominated the translator's profile. Units live only inside one `SentenceTranslator.process`
/// call and are never shared across tasks.
final class TransferUnit {
    var token: SourceToken
    /// Lower-cased surface text (empty for non-words).
    var lowered: String
    var candidates: [MorphAnalysis]
    /// The chosen reading; nil for punctuation, numbers, terms and unknown words.
    var analysis: MorphAnalysis?
    /// The expression this unit stands for, when it covers several French words.
    var phrase: PhraseLexicon.Entry?
    /// English words for the unit, in order; empty when the word is dropped.
    var english: [String] = []
    /// Set once a rule has produced the unit's final English.
    var done = false
    /// No analysis and no translation: copied through.
    var unknown = false
    /// Words placed before the unit (auxiliaries, subjects moved by rules).
    var before: [String] = []
    /// Words placed after the unit (clitic objects, particles).
    var after: [String] = []
    /// A common noun's English lemma before inflection ("condition" for `conditions`); nil for other units.
    var englishNoun: String?

    init(token: SourceToken, candidates: [MorphAnalysis], lowered: String? = nil) {
        self.token = token
        self.candidates = candidates
        if let lowered {
            self.lowered = lowered
        } else if case .word = token.kind {
            self.lowered = token.text.lowercased()
        } else {
            self.lowered = ""
        }
    }

    var pos: PartOfSpeech? { analysis?.pos }
    var lemma: String { analysis?.lemma ?? lowered }
    var features: MorphFeatures { analysis?.tags.features ?? [] }

    /// Says nothing in English, for good: a rule has folded the word into another unit's English.
    func drop() {
        english = []
        done = true
    }

    /// Takes the unit's English with the words placed around it, leaving it saying nothing, for a rule that
    /// moves them elsewhere (an inverted subject's verb group).
    func takeWords() -> [String] {
        let words = before + english + after
        before = []
        english = []
        after = []
        return words
    }

    func `is`(_ pos: PartOfSpeech) -> Bool { analysis?.pos == pos }
    func has(_ feature: MorphFeatures) -> Bool { features.isSuperset(of: feature) }
    func canBe(_ pos: PartOfSpeech) -> Bool { candidates.contains { $0.pos == pos } }

    var isWord: Bool { if case .word = token.kind { true } else { false } }
    var isTerm: Bool { if case .term = token.kind { true } else { false } }
    var isNumber: Bool { if case .number = token.kind { true } else { false } }
    var isPunctuation: Bool { if case .punctuation = token.kind { true } else { false } }
    /// A quotation mark that may open a quotation (`"`, `«`, `“`, and the single `'`, `‘`): « des "sorcières" »
    /// still has its noun ahead.
    var mayOpenQuotation: Bool { isPunctuation && Self.openingMarks.contains(token.text) }
    /// A mark that may close a quotation or a parenthesis (`"`, `»`, `”`, `'`, `’`, `)`): « les "hauts
    /// responsables" du Pakistan » still has its noun behind.
    var mayCloseQuotation: Bool { isPunctuation && Self.closingMarks.contains(token.text) }
    private static let openingMarks: Set<String> = ["\"", "«", "“", "'", "‘"]
    private static let closingMarks: Set<String> = ["\"", "»", "”", "'", "’", ")"]

    /// The preposition `de` (or `d'`).
    var isDePreposition: Bool { (lowered == "de" || lowered == "d'") && self.is(.preposition) }

    /// A definite article: `le`, `la`, `l'`, `les` (and the article inside `du`, `des`, `au`, `aux`).
    var isDefiniteArticle: Bool { self.is(.determiner) && has(.definite) }

    /// A unit a rule has folded into another: finished, with no English and nothing placed around it.
    var saysNothing: Bool { done && english.isEmpty && before.isEmpty && after.isEmpty }

    /// Punctuation that closes a clause for good (`.`, `;`, `:`, `?`, `!`): no antecedent lies beyond it.
    var endsClause: Bool { isPunctuation && Self.clauseEnders.contains(token.text) }
    private static let clauseEnders: Set<String> = [".", ";", ":", "?", "!"]

    /// The gender of the third-person singular subject pronoun `il` (masculine) or `elle` (feminine) read as a
    /// pronoun; nil for any other unit.
    var subjectPronounGender: MorphFeatures? {
        guard self.is(.pronoun) else { return nil }
        switch lowered {
        case "il": return .masculine
        case "elle": return .feminine
        default: return nil
        }
    }

    /// Noun-like for reordering and article rules: nouns, proper nouns, glossary terms, unknown capitalised words.
    var isNominal: Bool {
        if isTerm { return true }
        if let pos { return pos == .noun || pos == .properNoun }
        return unknown && token.isCapitalized
    }
}
