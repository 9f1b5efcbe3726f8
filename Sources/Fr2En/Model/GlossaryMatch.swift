// Licensed under the Apache License, Version 2.0.

/// A glossary term found in a sentence.
public struct GlossaryMatch: Sendable, Hashable, Codable {
    /// The entry that matched.
    public var entry: GlossaryEntry
    /// The matched French text exactly as it appears in the sentence.
    public var matchedText: String
    /// Scalar offsets of the match within the sentence text.
    public var range: Range<Int>
    /// The English text emitted for the match (the entry's translation, capitalised at sentence start when needed).
    public var target: String

    public init(entry: GlossaryEntry, matchedText: String, range: Range<Int>, target: String) {
        self.entry = entry
        self.matchedText = matchedText
        self.range = range
        self.target = target
    }
}
