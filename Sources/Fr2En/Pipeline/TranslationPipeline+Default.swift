// Licensed under the Apache License, Version 2.0.

extension TranslationPipeline {
    /// The standard pipeline over the data in `lexicons`: the only place that decides which data each stage gets.
    /// - Parameters:
    ///   - userGlossaries: glossary files given by the user, lowest priority first; all outrank the built-in one.
    ///   - translation: options of the sentence translator (e.g. marking unknown words).
    /// - Throws: lexicon and glossary loading errors, which name the file and line.
    public static func standard(lexicons: LexiconDirectory, userGlossaries: [String] = [],
                                translation: SentenceTranslator.Options = SentenceTranslator.Options()) throws
        -> TranslationPipeline
    {
        let abbreviations = try AbbreviationList.load(path: lexicons.file("fr.abbreviations.txt"))
        let glossary = try Glossary.load(builtIn: lexicons.file("fr-en.glossary.tsv"), user: userGlossaries)
        return TranslationPipeline(
            normalizer: TextNormalizer(),
            splitter: try SentenceSplitter(abbreviations: abbreviations),
            segmentLimit: SegmentLengthLimit(maxScalars: SegmentLengthLimit.defaultMaxScalars),
            translator: GlossaryTranslator(glossary: glossary),
            sentenceTranslator: SentenceTranslator(lexicons: try TranslationLexicons.load(from: lexicons),
                                                   options: translation)
        )
    }
}
