// Licensed under the Apache License, Version 2.0.

/// The features of a document's candidate sentences, as `SentenceFeatureExtractor` computes them.
public struct DocumentFeatures: Sendable, Hashable {
    /// One row per candidate, one column per `SummaryFeature` (in `allCases` order).
    public var values: [[Double]]
    /// Row-major candidate × candidate TF-ISF cosine similarities (MMR's redundancy measure).
    public var similarity: [Double]
    /// Each candidate's words.
    public var tokens: [SentenceTokens]
    /// Each candidate's number of content words.
    public var contentWords: [Int]

    public var count: Int { values.count }

    public func value(_ feature: SummaryFeature, of candidate: Int) -> Double {
        values[candidate][SummaryFeature.allCases.firstIndex(of: feature)!]
    }

    public func similarity(_ a: Int, _ b: Int) -> Double { similarity[a * count + b] }
}
