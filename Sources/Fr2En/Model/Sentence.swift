// Licensed under the Apache License, Version 2.0.

/// One sentence of a normalised paragraph.
///
/// Offsets count Unicode scalars (code points) from the start of the paragraph, the unit most JSON consumers
/// index strings by. The sentences of a paragraph, concatenated with the whitespace between them, give the
/// paragraph back.
public struct Sentence: Sendable, Hashable {
    /// 0-based paragraph index within the document.
    public var paragraph: Int
    /// 0-based position of the sentence within its paragraph.
    public var ordinal: Int
    /// Scalar offsets of the sentence in the paragraph (leading and trailing whitespace excluded).
    public var range: Range<Int>
    /// The sentence as it should be shown (from `NormalizedParagraph.display`).
    public var text: String
    /// The sentence as matching sees it (from `NormalizedParagraph.analysis`).
    public var analysis: String

    public init(paragraph: Int, ordinal: Int, range: Range<Int>, text: String, analysis: String) {
        self.paragraph = paragraph
        self.ordinal = ordinal
        self.range = range
        self.text = text
        self.analysis = analysis
    }
}
