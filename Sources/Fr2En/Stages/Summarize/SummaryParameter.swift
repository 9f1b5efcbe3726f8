// Licensed under the Apache License, Version 2.0.

/// A tunable number of the extractive summariser, read from the weight file next to the feature weights.
public enum SummaryParameter: String, CaseIterable, Sendable, Codable, Hashable {
    /// Maximal marginal relevance trade-off: 1 ranks by score alone, lower values penalise overlap with the
    /// sentences already chosen.
    case mmrLambda
    /// Only the first this-many sentences of a document are considered (bounds memory and time per document).
    case maxSentences
    /// A summary may not open with a pronoun start when another sentence scores within this much (on the
    /// 0–1 relevance scale) of the one it replaces.
    case pronounTolerance
    /// Sentences with fewer words than this count as `short`.
    case shortSentenceWords
    /// A dateline ("PARIS (AFP) -") is looked for within this many characters of a sentence's start.
    case datelineMaxCharacters
    /// A first paragraph of one unpunctuated sentence with at most this many words is the title, not a candidate.
    case titleMaxWords
    /// Below this share of letters among non-space characters a sentence starts to count as `lowLetters`.
    case lowLetterThreshold
    /// TextRank's PageRank damping factor.
    case textRankDamping
    /// TextRank's PageRank iterations (at most; it stops earlier once converged).
    case textRankIterations
}
