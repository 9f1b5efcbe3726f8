// Licensed under the Apache License, Version 2.0.

/// A sentence the summariser chose, with its score and how the score was made.
public struct ScoredSentence: Sendable, Hashable {
    /// One feature's share of a score.
    public struct Part: Sendable, Hashable {
        public var feature: SummaryFeature
        /// The feature's value for the sentence.
        public var value: Double
        /// Weight × value: what the feature added to the logit.
        public var contribution: Double
    }

    public var candidate: SummaryCandidate
    /// The model's probability that the sentence belongs in a summary: logistic(logit).
    public var score: Double
    /// The weighted feature sum.
    public var logit: Double
    /// Every feature's value and contribution, in `SummaryFeature.allCases` order.
    public var parts: [Part]

    public var sentence: Sentence { candidate.sentence }
}
