// Licensed under the Apache License, Version 2.0.

/// One reading of a French word form: its lemma and tags.
public struct MorphAnalysis: Sendable, Hashable {
    public var lemma: String
    public var tags: MorphTags

    public init(lemma: String, tags: MorphTags) {
        self.lemma = lemma
        self.tags = tags
    }

    public var pos: PartOfSpeech { tags.pos }

    /// Whether the reading is a verb in a finite mood (indicative, subjunctive, conditional, imperative).
    public var isFiniteVerb: Bool { pos.isVerb && tags.hasAny(MorphFeatures.finite) }
}
