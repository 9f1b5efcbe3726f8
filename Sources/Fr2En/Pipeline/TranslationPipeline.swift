// Licensed under the Apache License, Version 2.0.

/// The stages that turn a French paragraph into English, held together in their fixed order.
///
/// ```
///  Paragraph ──▶ TextNormalizer ──▶ NormalizedParagraph ──▶ SentenceSplitter ──▶ SegmentLengthLimit ──▶ [Sentence]
///            ──▶ GlossaryTranslator (per sentence) ──▶ SentenceTranslator (per sentence) ──▶ ForeignTextGuard
///            ──▶ TranslatedParagraph ──▶ (Summarizer: per document)
/// ```
///
/// Each stage can also be run alone (`normalize`, `segment`), which is what the CLI's modes do. The value is
/// immutable and `Sendable`: one pipeline serves any number of concurrent documents.
public struct TranslationPipeline: Sendable {
    public let normalizer: TextNormalizer
    public let splitter: SentenceSplitter
    /// Cuts over-long sentences (runs without sentence punctuation) at safe points before translation.
    public let segmentLimit: SegmentLengthLimit
    public let translator: GlossaryTranslator
    /// Translates what the glossary left in French; nil leaves it untranslated (glossary-only pipelines, tests).
    public let sentenceTranslator: SentenceTranslator?
    /// Copies sentences that are not French (other languages, code) as they are, after the sentence translator.
    public let foreignTextGuard: ForeignTextGuard

    public init(normalizer: TextNormalizer, splitter: SentenceSplitter,
                segmentLimit: SegmentLengthLimit = SegmentLengthLimit(), translator: GlossaryTranslator,
                sentenceTranslator: SentenceTranslator? = nil,
                foreignTextGuard: ForeignTextGuard = ForeignTextGuard()) {
        self.normalizer = normalizer
        self.splitter = splitter
        self.segmentLimit = segmentLimit
        self.translator = translator
        self.sentenceTranslator = sentenceTranslator
        self.foreignTextGuard = foreignTextGuard
    }

    /// Runs the normalisation stage only.
    public func normalize(_ paragraph: Paragraph) throws -> NormalizedParagraph {
        try normalizer.process(paragraph)
    }

    /// Runs normalisation and sentence splitting (over-long sentences cut to `segmentLimit`).
    public func segment(_ paragraph: Paragraph) throws -> [Sentence] {
        try segmentLimit.process(splitter.process(normalizer.process(paragraph)))
    }

    /// Runs every stage up to translation. The sentences of the paragraph are translated in order, each with what
    /// the previous one said about who `il`/`elle`/`lui` refer to (`DiscourseContext`); every paragraph (in line
    /// mode, every line) starts afresh, so its translation never depends on another paragraph.
    public func translate(_ paragraph: Paragraph) throws -> TranslatedParagraph {
        let sentences = try segment(paragraph)
        var context = DiscourseContext()
        return TranslatedParagraph(index: paragraph.index, firstLine: paragraph.firstLine,
                                   continues: paragraph.continues,
                                   sentences: try sentences.map { try translateSentence($0, context: &context) })
    }

    /// Runs the per-sentence stages: glossary, then the sentence translator and the foreign-text guard when there
    /// is a sentence translator. The sentence is translated on its own, as the first of a paragraph.
    public func translateSentence(_ sentence: Sentence) throws -> TranslatedSentence {
        var context = DiscourseContext()
        return try translateSentence(sentence, context: &context)
    }

    /// Runs the per-sentence stages on a sentence of a paragraph, `context` carrying the pronoun referents from
    /// the sentence before it to the one after it.
    public func translateSentence(_ sentence: Sentence, context: inout DiscourseContext) throws -> TranslatedSentence {
        let glossed = try translator.process(sentence)
        guard let sentenceTranslator else { return glossed }
        return try foreignTextGuard.process(sentenceTranslator.process(glossed, context: &context))
    }
}
