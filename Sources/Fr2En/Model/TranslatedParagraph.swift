// Licensed under the Apache License, Version 2.0.

/// A paragraph's sentences with their English renderings, in source order.
public struct TranslatedParagraph: Sendable, Hashable {
    public var index: Int
    public var firstLine: Int
    /// Carried over from `Paragraph.continues`.
    public var continues: Bool
    public var sentences: [TranslatedSentence]

    public init(index: Int, firstLine: Int, continues: Bool, sentences: [TranslatedSentence]) {
        self.index = index
        self.firstLine = firstLine
        self.continues = continues
        self.sentences = sentences
    }

    /// The English paragraph: sentences joined by single spaces.
    public var english: String { sentences.map(\.english).joined(separator: " ") }
}
