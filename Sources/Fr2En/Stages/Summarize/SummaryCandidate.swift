// Licensed under the Apache License, Version 2.0.

/// A sentence the summariser may choose, with its place among the document's candidates.
public struct SummaryCandidate: Sendable, Hashable {
    /// The source sentence.
    public var sentence: Sentence
    /// 0-based position among the document's candidate sentences (what the position features count).
    public var position: Int
    /// 0-based position among all the document's sentences, titles and headings included.
    public var documentIndex: Int
    /// 0-based position of its paragraph among the paragraphs that hold candidates.
    public var paragraphRank: Int
    /// True for the first candidate of its paragraph.
    public var startsParagraph: Bool

    public init(sentence: Sentence, position: Int, documentIndex: Int, paragraphRank: Int, startsParagraph: Bool) {
        self.sentence = sentence
        self.position = position
        self.documentIndex = documentIndex
        self.paragraphRank = paragraphRank
        self.startsParagraph = startsParagraph
    }
}
