// Licensed under the Apache License, Version 2.0.

/// Turns a whole translated document into a one-paragraph summary.
///
/// The summariser is the pipeline's one barrier: it needs the whole document, so callers collect a document's
/// `TranslatedParagraph`s (source sentences and their English) and call it once per document. Implementations
/// select sentences on the source side and return them in document order.
public protocol DocumentSummarizing: Sendable {
    /// Summarises one document.
    func summarize(_ paragraphs: [TranslatedParagraph]) throws -> DocumentSummary
}

/// The sentences a summariser chose, in document order, and the paragraph they make.
public struct DocumentSummary: Sendable, Hashable {
    /// The chosen sentences in document order.
    public var sentences: [TranslatedSentence]
    /// The summary as one English paragraph (sentences joined by single spaces).
    public var english: String
    /// The summary as one French paragraph (the chosen source sentences).
    public var french: String

    public init(sentences: [TranslatedSentence]) {
        self.sentences = sentences
        self.english = sentences.map(\.english).joined(separator: " ")
        self.french = sentences.map(\.source.text).joined(separator: " ")
    }
}
