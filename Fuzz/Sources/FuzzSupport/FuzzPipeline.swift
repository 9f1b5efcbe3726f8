// Licensed under the Apache License, Version 2.0.

import Fr2En

/// The real data the targets run against: the package's own `Lexicons/` (or `FR2EN_LEXICONS`), loaded once per
/// process. Loading failures stop the fuzzer at start-up, before any input is tried.
public struct FuzzPipeline: Sendable {
    public let lexicons: LexiconDirectory
    public let pipeline: TranslationPipeline
    public let summarizer: ExtractiveSummarizer

    public init() {
        do {
            lexicons = try LexiconDirectory.locate(executablePath: nil)
            pipeline = try TranslationPipeline.standard(lexicons: lexicons)
            summarizer = ExtractiveSummarizer(lexicon: try SummaryLexicon.load(lexicons: lexicons, language: .fr))
        } catch {
            fatalError("fuzz set-up: cannot load the lexicons: \(error)")
        }
    }

    /// Normalisation and splitting of one paragraph, as the CLI does it.
    public func sentences(of text: String, paragraph: Int = 0) -> [Sentence] {
        (try? pipeline.segment(Paragraph(index: paragraph, text: text))) ?? []
    }
}
